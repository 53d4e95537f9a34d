using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Bodies;

/// <summary>
/// A country's mission abroad is one organisation from the country through its office (新西兰驻华大使馆, 中国驻纽约总领事馆;
/// MSRA tags 34 of its training text's 40 so), where the tagger cuts it into places (新西兰/LOC 驻 华/LOC 大使馆/LOC): a place
/// the tagger found, 驻, up to <see cref="MaxHost"/> Han characters naming where it sits, and the office's word. Part of the
/// bodies rule. Stateless.
/// </summary>
internal static class Embassies
{
    private static readonly string[] Offices = ["总领事馆", "领事馆", "大使馆", "使馆", "代表处", "办事处"];

    private const int MaxHost = 8;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Join(ReadOnlySpan<char> text, int[] labels, int length)
    {
        for (int at = text[..length].IndexOf('驻'); at > 0;)
        {
            int sender = BioesLabels.StartOfSpanEndingAt(labels, at), end = OfficeEnd(text, at + 1, length);
            if (sender >= 0 && BioesLabels.TypeOf(labels[sender]) == EntityType.LOC && end > 0 && (end == length || BioesLabels.CanStart(labels[end]))
                && BioesLabels.OnlyOutsideOr(labels, at + 1, end, EntityType.LOC))
                BioesLabels.Mark(labels, sender, end, EntityType.ORG);
            int next = text[(at + 1)..length].IndexOf('驻');
            at = next < 0 ? -1 : at + 1 + next;
        }
    }

    /// <summary>The end of the office's word after a host of Han characters that starts at <paramref name="from"/>, or 0.</summary>
    private static int OfficeEnd(ReadOnlySpan<char> text, int from, int length)
    {
        for (int i = from + 1; i < length && i <= from + MaxHost; i++)
        {
            if (Prefixes.LengthAt(text[i..length], Offices) is int office and > 0) return i + office;
            if (!HanCharacters.IsHan(text[i - 1])) return 0;
        }
        return 0;
    }
}
