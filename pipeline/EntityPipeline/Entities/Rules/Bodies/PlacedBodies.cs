using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Bodies;

/// <summary>
/// A body named from its place, a field and a body's word (某某农商银行, 某某政法大学, 某某华商纺织商会, 某某果蔬专业合作社) is one
/// organisation with the place, where the tagger found the place and left the rest untagged: the place, then jieba's nouns
/// of at most <see cref="MaxField"/> characters and a word of <see cref="Heads"/> (two characters of field or more, no
/// numeral or rank, nothing in it tagged). MSRA's training text tags such bodies whole (大学 160 times, 银行 192, 协会 208,
/// 研究所 87, 交易所 35); where it leaves the place alone before a body's word, a count, a rank or an adjective stands
/// between (一所大学, 第二大银行, 有关大学), which the rule does not take. Not 机构 or 组织 (金融机构, 地下组织: MSRA leaves
/// them generic more often than whole), not 公司 or 集团 (科技公司 after a country is as often a kind of firm as a name), not a
/// place counted by a measure word before it (两所某国大学), and not a field of only a word for members (某市华人商会, a kind).
/// Part of the bodies rule. Stateless.
/// </summary>
internal static class PlacedBodies
{
    private static readonly string[] Heads = ["银行", "大学", "学院", "商会", "协会", "学会", "合作社", "交易所", "研究所", "研究院", "学校"];

    private const int MaxField = 9;

    private const string Measures = "家所个些批名位类座";

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Join(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.LOC || end >= length || start > 0 && Measures.Contains(text[start - 1])) continue;
            if (HeadEnd(text, words, baseOffset, end, labels, length) is not int stop) continue;
            if (stop < length && !BioesLabels.CanStart(labels[stop])) continue;
            BioesLabels.Mark(labels, start, stop, EntityType.ORG);
        }
    }

    /// <summary>The end of the body's word after the field that starts at <paramref name="from"/>, all of it untagged; else null.</summary>
    private static int? HeadEnd(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int from, int[] labels, int length)
    {
        int w = 0;
        while (w < words.Length && words[w].End - baseOffset <= from) w++;
        for (; w < words.Length; w++)
        {
            // jieba may glue the place to the field's first word (某国华人/n): the field starts inside it.
            int start = Math.Max(words[w].Start - baseOffset, from), end = words[w].End - baseOffset;
            if (end > length || !HanCharacters.AllHan(text[start..end])) return null;
            if (HeadFrom(text, words, baseOffset, w, start, length) is int stop)
                return stop - from >= 4 && stop - from <= MaxField + 3 && BioesLabels.AllOutside(labels, from, stop) && !text[from..stop].ContainsAny(Numerals)
                    && !IsGroupOnly(text[from..stop]) ? stop : null;
            if (end - from > MaxField || !IsFieldWord(words[w].Pos)) return null;
        }
        return null;
    }

    /// <summary>Words for who belongs to a body: a place, one of them and the body's word name a kind more often than one body (某市华人商会, 某国青年协会 in a headline).</summary>
    private static readonly string[] Groups = ["华人", "华侨", "侨胞", "青年", "妇女", "学生", "农民", "工人", "老人", "企业家"];

    /// <summary>Whether the field before the body's word in <paramref name="name"/> is only a word of <see cref="Groups"/>.</summary>
    private static bool IsGroupOnly(ReadOnlySpan<char> name)
    {
        foreach (var head in Heads)
        {
            if (!name.EndsWith(head)) continue;
            var field = name[..^head.Length];
            foreach (var group in Groups)
                if (field.SequenceEqual(group)) return true;
        }
        return false;
    }

    /// <summary>Characters that count or rank (两大, 三所, 第二): a field with one is no name.</summary>
    private static readonly System.Buffers.SearchValues<char> Numerals = System.Buffers.SearchValues.Create("一二两三四五六七八九十百千万几多第各");

    /// <summary>
    /// The end of a body's word that starts in jieba's word <paramref name="w"/> (from <paramref name="start"/>) and ends in it
    /// or the next (政法大学; a body's word jieba runs across two words), unless it leaves one character of a word
    /// behind (大学生 is no 大学); else null.
    /// </summary>
    private static int? HeadFrom(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int w, int start, int length)
    {
        int end = words[w].End - baseOffset;
        int next = w + 1 < words.Length ? Math.Min(words[w + 1].End - baseOffset, length) : end;
        foreach (var head in Heads)
        {
            int at = text[start..next].IndexOf(head, StringComparison.Ordinal);
            if (at < 0 || start + at >= end) continue;
            int stop = start + at + head.Length;
            int wordEnd = stop <= end ? end : next;
            if (wordEnd - stop != 1) return stop;
        }
        return null;
    }

    private static bool IsFieldWord(string pos) => pos is "n" or "nz" or "nt" or "ns" or "nr" or "vn" or "j" or "l" or "x";
}
