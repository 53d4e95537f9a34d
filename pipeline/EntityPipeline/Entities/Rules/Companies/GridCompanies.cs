using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// The State Grid's provincial companies are named by 国网, the province and 电力 (国网江苏电力, 国网青海省电力公司): where the
/// tagger tags the province alone, 国网 through 电力 is the company, and its company words after it when they follow
/// (公司, 有限公司); where it tags the company without 国网 (天津市电力公司), 国网 joins it. Part of the companies rule. Stateless.
/// </summary>
internal static class GridCompanies
{
    private const string Grid = "国网", Power = "电力";

    private static readonly string[] CompanyWords = ["有限公司", "公司"];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Tag(ReadOnlySpan<char> text, int[] labels, int length)
    {
        for (int at = text[..length].IndexOf(Grid); at >= 0;)
        {
            int place = at + Grid.Length;
            if (place < length && BioesLabels.AllOutside(labels, at, place) && labels[place] != BioesLabels.Outside && BioesLabels.CanStart(labels[place]))
            {
                int end = BioesLabels.EndOfSpanStartingAt(labels, place);
                // 国网天津市电力公司, where the tagger found the company without 国网: 国网 is its name's start.
                if (labels[place] == BioesLabels.Label(EntityType.ORG, BioesLabels.B) && text[place..end].Contains(Power, StringComparison.Ordinal))
                    BioesLabels.Mark(labels, at, end, EntityType.ORG);
                else if (BioesLabels.TypeOf(labels[place]) == EntityType.LOC && text[end..length].StartsWith(Power) && BioesLabels.AllOutside(labels, end, end + Power.Length))
                {
                    end += Power.Length;
                    int company = Prefixes.LengthAt(text[end..length], CompanyWords);
                    if (company > 0 && BioesLabels.AllOutside(labels, end, end + company)) end += company;
                    BioesLabels.MarkUnlessCrossed(labels, length, at, end, EntityType.ORG);
                }
            }
            int next = text[(at + 1)..length].IndexOf(Grid);
            at = next < 0 ? -1 : at + 1 + next;
        }
    }
}
