using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Bodies;

/// <summary>
/// A middle school named by its place and number (会宁一中, 赣州三中) is an organisation, as MSRA's training text tags 保定一中: jieba
/// keeps the number and 中 one word (一中/s, 三中/ns), which the tagger leaves, with or without the place. The place (the tagger's,
/// or jieba's place word it left) and the school become one organisation. A squad (三/m 中队) is no such word. Part of the
/// bodies rule. Stateless.
/// </summary>
internal static class NumberedSchools
{
    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        if (text[..length].IndexOf('中') < 0) return;
        for (int w = 1; w < words.Length; w++)
        {
            int at = words[w].Start - baseOffset, end = words[w].End - baseOffset;
            if (end > length || !IsNumberedSchool(text[at..end]) || !BioesLabels.AllOutside(labels, at, end)) continue;
            int place = BioesLabels.StartOfSpanEndingAt(labels, at);
            if (place >= 0 && BioesLabels.TypeOf(labels[place]) != EntityType.LOC) continue;
            if (place < 0)
            {
                place = words[w - 1].Start - baseOffset;
                if (words[w - 1].Pos != "ns" || at - place < 2 || !BioesLabels.AllOutside(labels, place, at)) continue;
            }
            BioesLabels.Mark(labels, place, end, EntityType.ORG);
        }
    }

    /// <summary>一中 to 九十九中: one or two numerals and 中.</summary>
    private static bool IsNumberedSchool(ReadOnlySpan<char> word) =>
        word.Length is 2 or 3 && word[^1] == '中' && !word[..^1].ContainsAnyExcept("一二三四五六七八九十");
}
