using System.Collections.Immutable;
using EntityPipeline.Documents;

namespace EntityPipeline.Text;

/// <summary>
/// Splits text into sentences at 。！？；… (and their ASCII forms !?;) and at line ends. Closing quotes
/// and brackets after the end mark stay with their sentence. Leading and trailing white space is left
/// out of each sentence, and blank lines make none. A run without any break longer than
/// <see cref="MaxLength"/> is cut, at a comma or space when one is near, so that nothing downstream
/// becomes quadratic on a file without punctuation.
/// </summary>
public sealed class SentenceSplitter
{
    public const int DefaultMaxLength = 512;

    public SentenceSplitter(int maxLength = DefaultMaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 16);
        MaxLength = maxLength;
    }

    public int MaxLength { get; }

    public ImmutableArray<Sentence> Split(string text)
    {
        var result = ImmutableArray.CreateBuilder<Sentence>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\n' or '\r')
            {
                Add(result, text, start, i);
                start = i + 1;
            }
            else if (IsTerminal(c))
            {
                int end = i + 1;
                while (end < text.Length && (IsTerminal(text[end]) || IsCloser(text[end]))) end++;
                Add(result, text, start, end);
                start = end;
                i = end - 1;
            }
        }
        Add(result, text, start, text.Length);
        return result.ToImmutable();
    }

    private static bool IsTerminal(char c) => c is '。' or '！' or '？' or '；' or '…' or '!' or '?' or ';';

    private static bool IsCloser(char c) => c is '”' or '’' or '」' or '』' or '）' or ')' or '】' or '》' or '〉' or '"' or '\'' or ']';

    private void Add(ImmutableArray<Sentence>.Builder result, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        while (end - start > MaxLength)
        {
            int cut = CutPoint(text, start, start + MaxLength);
            result.Add(new Sentence(result.Count, start, cut));
            start = cut;
            while (start < end && char.IsWhiteSpace(text[start])) start++;
        }
        if (end > start) result.Add(new Sentence(result.Count, start, end));
    }

    /// <summary>The last comma or space in the second half of [start, limit), else limit (never inside a surrogate pair).</summary>
    private static int CutPoint(string text, int start, int limit)
    {
        for (int i = limit - 1; i > start + (limit - start) / 2; i--)
            if (text[i] is '，' or ',' or '、' or ' ' or '\u3000' or '\t') return i + 1;
        return char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
    }
}
