using EntityPipeline.Documents;

namespace EntityPipeline.Segmentation;

/// <summary>
/// Walks segmenter output along the text it came from and gives each word its offsets, as spaCy
/// re-aligns jieba's words. White space that the segmenter dropped is skipped; any other mismatch is
/// an error, never a guess.
/// </summary>
public static class WordAligner
{
    public static void Align(string view, int baseOffset, IEnumerable<(string Word, string Pos)> words, List<Token> into)
    {
        int pos = 0;
        foreach (var (word, tag) in words)
        {
            if (word.Length == 0) continue;
            while (pos < view.Length && string.CompareOrdinal(view, pos, word, 0, word.Length) != 0 && char.IsWhiteSpace(view[pos]))
                pos++;
            if (string.CompareOrdinal(view, pos, word, 0, word.Length) != 0)
                throw new InvalidOperationException($"segmenter output '{word}' does not match the text at offset {baseOffset + pos}");
            if (!string.IsNullOrWhiteSpace(word))
                into.Add(new Token(baseOffset + pos, baseOffset + pos + word.Length, tag));
            pos += word.Length;
        }
    }
}
