using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Bodies;

/// <summary>
/// A hospital's or school's campus written after it is part of it (guidelines E2, as a department after its hospital: 华西医院
/// 温江院区, 北京四中 雄安校区; MSRA tags a branch after its parent whole, 中科院南京分院, 保定一中分校): an organisation the
/// tagger found, then at most <see cref="MaxBetween"/> characters of the campus's own name (<see cref="NamesCampus"/>) and
/// jieba's word 院区, 校区 or 校园 (南校园), are one organisation. Part of the bodies rule. Stateless.
/// </summary>
internal static class Campuses
{
    private const int MaxBetween = 4;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Join(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        if (text[..length].IndexOfAny('区', '园') < 0) return; // most sentences name no campus
        for (int w = 2; w < words.Length; w++)
        {
            int at = words[w].Start - baseOffset, end = words[w].End - baseOffset;
            if (end > length || text[at..end] is not ("院区" or "校区" or "校园") || !BioesLabels.AllOutside(labels, at, end)) continue;
            bool district = text[at + 1] == '区';
            int from = at, parent = -1;
            for (int v = w - 1; v >= 0 && parent < 0; v--)
            {
                int start = words[v].Start - baseOffset;
                if (words[v].End - baseOffset != from || at - start > MaxBetween || !NamesCampus(words[v].Pos, district, v == w - 1)
                    || !BioesLabels.OnlyOutsideOr(labels, start, from, EntityType.LOC) || !BioesLabels.CanStart(labels[start])) break;
                from = start;
                if (BioesLabels.StartOfSpanEndingAt(labels, from) is >= 0 and var organisation && BioesLabels.TypeOf(labels[from - 1]) == EntityType.ORG)
                    parent = organisation;
            }
            if (parent >= 0) BioesLabels.Mark(labels, parent, end, EntityType.ORG);
        }
    }

    /// <summary>
    /// jieba's tags of a campus's own name: a place, a direction or position, a name, an unknown word, and a common noun right
    /// before 院区 or 校区 (石牌/n 校区). Before 校园 only a place or direction (南校园): other words say what kind of campus it is (智慧校园).
    /// </summary>
    private static bool NamesCampus(string pos, bool district, bool last) =>
        district ? pos is "ns" or "nr" or "nz" or "nt" or "f" or "s" or "x" || last && pos == "n" : pos is "ns" or "f" or "s";
}
