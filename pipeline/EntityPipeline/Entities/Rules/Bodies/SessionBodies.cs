using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Bodies;

/// <summary>
/// A congress's term number is no part of the body: 十四届全国人大四次会议 names a session (an event, E12) of the body
/// 全国人大 (ORG), and in 湖南省十四届人大 the place before the number is a place of its own (LOC), as gold/entities-tuning4 and
/// -tuning10 decide and People's Daily tags (九届 全国政协/ORG). MSRA keeps the number inside (九届全国人大/ORG, 3 in its dev).
/// Where the tagger tagged a number and a body as one organisation, the number leaves it; a place before the number becomes
/// a place, any other word before it (省, 全国) nothing. Part of the bodies rule. Stateless.
/// </summary>
internal static class SessionBodies
{
    private static readonly string[] Bodies = ["全国人大", "全国政协", "人大", "政协"];

    private const string Numerals = "第一二三四五六七八九十百零〇两0123456789０１２３４５６７８９";

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Cut(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOf('届') < 0) return;
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length).ToList())
        {
            if (type != EntityType.ORG) continue;
            int term = text[start..end].IndexOf('届');
            if (term <= 0 || Prefixes.LengthAt(text[(start + term + 1)..end], Bodies) == 0) continue;
            int number = start + term;
            while (number > start && Numerals.Contains(text[number - 1])) number--;
            if (number == start + term) continue; // 届 with no number before it
            labels.AsSpan(start, term + 1).Clear();
            if (number > start && PlaceNames.Lexicon.TypesOf(text[start..number]) != 0) BioesLabels.Mark(labels, start, number, EntityType.LOC);
            BioesLabels.Mark(labels, start + term + 1, end, EntityType.ORG);
        }
    }
}
