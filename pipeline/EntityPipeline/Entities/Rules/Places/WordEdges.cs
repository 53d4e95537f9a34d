using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// A place the tagger found inside one of jieba's words that is a place abroad the project lists, leaving one or two of its
/// characters untagged, is the word whole: a transliteration cut short (某某|斯堡 in one word), a place that left off the first
/// character of its name (兴|安岭 in one word), a river cut before its mouth's 口. The word must be the listed place exactly;
/// a place that only ends inside a word (某某皇城台|东, where 台东 is listed) is left, and so are words of two characters and
/// words the tagger split into several places (an abbreviation run). Part of the division-chains rule. Stateless.
/// </summary>
internal static class WordEdges
{
    /// <summary>At most this many characters of the word are left untagged.</summary>
    private const int MaxRun = 2;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Mend(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        foreach (var word in words)
        {
            int start = word.Start - baseOffset, end = word.End - baseOffset;
            if (end > length) break;
            if (end - start < 3 || labels[start] != BioesLabels.Outside && labels[end - 1] != BioesLabels.Outside) continue;
            // The place the tagger found inside the word, one span that leaves at most MaxRun characters of it untagged.
            int at = start;
            while (at < end && labels[at] == BioesLabels.Outside) at++;
            if (at == end || BioesLabels.TypeOf(labels[at]) != EntityType.LOC || BioesLabels.PartOf(labels[at]) is not (BioesLabels.B or BioesLabels.S)) continue;
            int stop = BioesLabels.EndOfSpanStartingAt(labels, at);
            if (stop < 0 || stop > end || !BioesLabels.AllOutside(labels, stop, end) || end - start - (stop - at) > MaxRun
                || !ListedPlaces.IsListed(text[start..end]))
                continue;
            BioesLabels.Mark(labels, start, end, EntityType.LOC);
        }
    }
}
