using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Persons;

/// <summary>
/// A Mongolian name is given names without a surname, often ending in an element of its own (乌日根其其格, 那仁其其格, 特古斯毕力格,
/// 萨仁高娃): a tagger that reads names as a surname and a given name of one or two characters stops before the element
/// (乌日根/PER 其其格). A person span that ends right before such an element runs on over it. MSRA's training text holds almost
/// no such names (其其格, 毕力格, 高娃: none), so the tagger never learnt them. Part of the person-names rule. Stateless.
/// </summary>
internal static class MongolianNames
{
    /// <summary>Elements that end Mongolian given names, as news transcribes them: none ends a Han surname-and-given name.</summary>
    private static readonly string[] Endings = ["其其格", "毕力格", "巴特尔", "格日勒", "苏日娜", "吉日嘎拉", "巴雅尔", "高娃", "图雅", "德力格尔"];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Join(ReadOnlySpan<char> text, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.PER || end >= length) continue;
            int ending = Prefixes.IndexAt(text[end..length], Endings);
            if (ending < 0) continue;
            int stop = end + Endings[ending].Length;
            if (!BioesLabels.AllOutside(labels, end, stop) || stop < length && !BioesLabels.CanStart(labels[stop])) continue;
            BioesLabels.Mark(labels, start, stop, EntityType.PER);
        }
    }
}
