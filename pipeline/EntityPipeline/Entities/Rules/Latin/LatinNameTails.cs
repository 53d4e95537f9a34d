using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Latin;

/// <summary>
/// A name of Latin words the tagger ran on into the verb after it (LG Energy Solution合资建厂) ends with its last Latin word:
/// the corpora of 1998–2009 hardly write Latin names, so the tagger does not know where one stops. Only a name of two words or
/// more (one with a space), and only before a verb (jieba's v or vn), so a Latin name with its
/// Han part (LG新能源, Sony互动娱乐, Reed Exhibitions集团) stays whole. Part of the Latin-names rule. Stateless.
/// </summary>
internal static class LatinNameTails
{
    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Cut(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        if (!LatinNameRuns.HasCapital(text[..length])) return; // most sentences have no Latin name
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            int nameEnd = LatinNameRuns.End(text, start, end);
            if (nameEnd <= start || nameEnd >= end || !text[start..nameEnd].Contains(' ')) continue;
            int tail = nameEnd;
            while (tail < end && text[tail] == ' ') tail++;
            if (WordsAt.Starting(words, baseOffset, tail) is not { Pos: "v" or "vn" }) continue;
            labels.AsSpan(nameEnd, end - nameEnd).Fill(BioesLabels.Outside);
            BioesLabels.Mark(labels, start, nameEnd, type);
        }
    }
}
