using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Bodies;

/// <summary>
/// An international body is named by 世界 or 国际, its field and a body's word (世界气象组织, 国际乒乓球联合会, 国际灌溉排水委员会;
/// MSRA tags 148 of the 149 such strings in its training text ORG): where the tagger leaves one untagged, jieba's 世界 or 国际,
/// one to three words of its field (nouns, verbs, verbal nouns: 技能/n, 灌溉/vn 排水/v) and the body's word become one
/// organisation. Nothing of it may be tagged already, and its field opens with no name (国际 奥委会 is the tagger's). Part of
/// the bodies rule. Stateless.
/// </summary>
internal static class InternationalBodies
{
    private static readonly string[] Openings = ["世界", "国际"];

    private static readonly string[] Bodies = ["组织", "委员会", "联合会", "联盟", "理事会", "基金会"];

    private const int MaxField = 3;

    private static bool IsBody(ReadOnlySpan<char> word)
    {
        foreach (var body in Bodies)
            if (word.SequenceEqual(body)) return true;
        return false;
    }

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        for (int w = 0; w + 2 < words.Length; w++)
        {
            int start = words[w].Start - baseOffset;
            if (words[w].End - baseOffset > length || Prefixes.IndexAt(text[start..length], Openings) < 0 || words[w].End - words[w].Start != 2) continue;
            for (int i = w + 1; i < words.Length && i - w <= MaxField + 1; i++)
            {
                int wordStart = words[i].Start - baseOffset, wordEnd = words[i].End - baseOffset;
                if (wordEnd > length || !BioesLabels.AllOutside(labels, start, wordEnd)) break;
                var word = text[wordStart..wordEnd];
                if (i > w + 1 && IsBody(word))
                {
                    BioesLabels.MarkUnlessCrossed(labels, length, start, wordEnd, EntityType.ORG);
                    break;
                }
                if (!(words[i].Pos is "n" or "vn" or "v" or "l" or "j")) break;
            }
        }
    }
}
