using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// A word jieba reads as a place name (ns) of three to five characters ending in 市, 县 or 区 that the tagger left untagged (某某区
/// at a sentence's head) is the division, a place (E3): the corpora teach the tagger the divisions they name, and a district
/// news names for the first time is missed. Not a kind of place (<see cref="Kinds"/>) nor a word that opens with a size, count or
/// pointer (大, 各, 百, 该). A word partly tagged is left to the tagger. Part of the division chains rule. Stateless.
/// </summary>
internal static class UntaggedDivisions
{
    /// <summary>Kinds of place jieba tags ns as well (大中城市, 沿海地区, 老城区, 各省市), and the sizes and counts that open them (大, 各, 百强).</summary>
    private static readonly string[] Kinds = ["城市", "都市", "地区", "山区", "城区", "市区", "县区", "省市"];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        foreach (var word in words)
        {
            int start = word.Start - baseOffset, end = word.End - baseOffset;
            if (end > length || end - start is < 3 or > 5 || text[end - 1] is not ('市' or '县' or '区') || word.Pos != "ns"
                || Prefixes.EndsWithAny(text[start..end], Kinds) || "各大外百老特深全本该".Contains(text[start])
                || !BioesLabels.AllOutside(labels, start, end) || !BioesLabels.CanStart(labels[start]) || end < length && !BioesLabels.CanStart(labels[end])) continue;
            BioesLabels.Mark(labels, start, end, EntityType.LOC);
        }
    }
}
