using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Persons;

/// <summary>
/// A transliterated name is its parts joined by dots (卡洛斯·费尔南德斯, 努尔江·艾则孜): a tagger that reads names as a
/// surname and a given name cuts one inside a part into two persons that touch (卡洛斯·费尔南/PER 德斯/PER, 努尔/PER
/// 江·艾则孜/PER). Two person spans that touch, one of which holds a dot, are one person when the other is a short
/// piece (three characters at most) and, before the dot's, ends in no role (香料商|阿卜杜拉·哈桑), nor opens the dotted one
/// (翡翠|商阿卜杜拉·哈桑): news writes no two names without a separator between them (MSRA's training text
/// has 213 persons that touch, none with a dot). Part of the person-names rule. Stateless.
/// </summary>
internal static class DottedNames
{
    private const char Dot = '·';

    /// <summary>The longest undotted piece taken in: a part of a transliterated name, no phrase run into it.</summary>
    private const int MaxPart = 3;

    /// <summary>How a noun for a person ends (宝石商, 工程师, 技术员): before a name, such a piece is its role, not its part.</summary>
    private const string RoleEnds = "商官农师员者家人匠工生";

    /// <summary>Whether an undotted piece the tagger cut off a dotted name is a part of it: short, and before it no role (香料商|阿卜杜拉·哈桑).</summary>
    private static bool IsPart(ReadOnlySpan<char> piece, bool before) =>
        piece.Length <= MaxPart && !piece.Contains(Dot) && !(before && RoleEnds.Contains(piece[^1]));

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Join(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOf(Dot) < 0) return; // most sentences hold no transliterated name
        int previousStart = -1, previousEnd = -1;
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length).ToList())
        {
            if (type != EntityType.PER)
            {
                previousStart = -1;
                continue;
            }
            if (previousStart >= 0 && previousEnd == start && (text[previousStart..previousEnd].Contains(Dot) ? IsPart(text[start..end], before: false)
                    : text[start..end].Contains(Dot) && !RoleEnds.Contains(text[start]) && IsPart(text[previousStart..previousEnd], before: true)))
            {
                BioesLabels.Mark(labels, previousStart, end, EntityType.PER);
                previousEnd = end;
                continue;
            }
            (previousStart, previousEnd) = (start, end);
        }
    }
}
