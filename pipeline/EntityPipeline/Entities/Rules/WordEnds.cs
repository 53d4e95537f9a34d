using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules;

/// <summary>
/// Spans the tagger ended inside one of jieba's words (汝城县人民政/ORG 府, 厦门/LOC 经济特区): the rules that run such a span to
/// the word's end, for the words they name, share the reading of the labels here. Stateless.
/// </summary>
internal static class WordEnds
{
    /// <summary>
    /// Runs each span of <paramref name="type"/> that ends inside a word <paramref name="names"/> accepts to the word's end; with
    /// <paramref name="fromWordStart"/>, only a span that starts where the word does.
    /// </summary>
    public static void RunTo(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length, EntityType type,
        bool fromWordStart, Func<ReadOnlySpan<char>, bool> names)
    {
        foreach (var word in words)
        {
            int start = word.Start - baseOffset, end = word.End - baseOffset;
            if (end > length || end - start < 2) continue;
            int last = labels.AsSpan(start, end - start).LastIndexOfAnyExcept(BioesLabels.Outside) + start; // where a span ends inside the word
            if (last < start || last + 1 >= end || BioesLabels.TypeOf(labels[last]) != type
                || BioesLabels.PartOf(labels[last]) is not (BioesLabels.E or BioesLabels.S)) continue;
            int spanStart = BioesLabels.StartOfSpanEndingAt(labels, last + 1);
            if (fromWordStart && spanStart != start || !names(text[start..end])) continue;
            BioesLabels.Mark(labels, spanStart, end, type);
        }
    }
}
