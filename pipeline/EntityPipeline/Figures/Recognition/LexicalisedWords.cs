using System.Collections.Frozen;

namespace EntityPipeline.Figures.Recognition;

/// <summary>
/// Words with a numeral that are not figures (Figures/Data/not_figures.tsv): 四处, 三个代表. The recognizer
/// drops a figure that such a word overlaps, and skips the word. Immutable: share one instance.
/// </summary>
internal sealed class LexicalisedWords
{
    public const string DefaultFile = "Figures/Data/not_figures.tsv";

    private readonly FrozenSet<string> _words;
    private readonly int _maxLength;
    private readonly bool[] _starts = new bool[char.MaxValue + 1];

    public LexicalisedWords(IEnumerable<string> words)
    {
        _words = words.Where(w => w.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        _maxLength = _words.Count == 0 ? 0 : _words.Max(w => w.Length);
        foreach (var w in _words) _starts[w[0]] = true;
    }

    public static LexicalisedWords LoadDefault() => Load(Path.Combine(AppContext.BaseDirectory, DefaultFile));

    public static LexicalisedWords Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"list of words that are not figures not found: {path}", path);
        return new LexicalisedWords(File.ReadLines(path)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#') && l != "word"));
    }

    /// <summary>
    /// The end of a listed word that overlaps [<paramref name="start"/>, <paramref name="end"/>) (and starts no
    /// earlier than <paramref name="floor"/>), else -1.
    /// </summary>
    public int OverlappingEnd(string text, int start, int end, int floor, int limit)
    {
        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int p = Math.Max(floor, start - _maxLength + 1); p < end; p++)
        {
            if (!_starts[text[p]]) continue;
            for (int len = Math.Min(_maxLength, limit - p); len > 0 && p + len > start; len--)
                if (lookup.Contains(text.AsSpan(p, len))) return p + len;
        }
        return -1;
    }
}
