namespace EntityPipeline.Segmentation;

/// <summary>
/// jieba's dictionary (dict.txt: word, count, optional tag per line) read in one pass as jieba.NET 0.42.2's
/// <c>WordDictionary</c> reads it (each word's count, the last line winning; every prefix of a word present with count 0
/// when not a word itself; the total of all counts), with each word's tag beside its count (the last line with a tag
/// winning). Read-only once loaded and shared by all threads; looked up by span, so cutting allocates no key.
/// </summary>
public sealed class JiebaDictionary
{
    private readonly Dictionary<string, Entry> _entries;
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private record struct Entry(int Count, string? Tag);

    private JiebaDictionary(Dictionary<string, Entry> entries, double total)
    {
        _entries = entries;
        _lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        Total = total;
        LogTotal = Math.Log(total);
    }

    /// <summary>The sum of all lines' counts (jieba's <c>Total</c>).</summary>
    public double Total { get; }

    public double LogTotal { get; }

    /// <summary>Words and prefixes of words.</summary>
    public int Count => _entries.Count;

    public static JiebaDictionary Load(string path)
    {
        var entries = new Dictionary<string, Entry>(500_000); // jieba's dict.txt: 349,046 words, 498,113 with their prefixes
        var lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        var tags = new Dictionary<string, string>().GetAlternateLookup<ReadOnlySpan<char>>();
        double total = 0;
        int number = 0;
        // Lines (ended as StreamReader.ReadLine ends them) as spans of the whole file: a string per line would be 350,000
        // strings of garbage at start-up.
        for (var file = File.ReadAllText(path).AsSpan(); !file.IsEmpty;)
        {
            int lineEnd = file.IndexOfAny('\r', '\n');
            var text = lineEnd < 0 ? file : file[..lineEnd];
            file = lineEnd < 0 ? [] : file[(lineEnd + (file[lineEnd..].StartsWith("\r\n") ? 2 : 1))..];
            number++;
            int wordEnd = text.IndexOf(' ');
            if (wordEnd < 0) continue; // jieba skips a line of fewer than two fields
            var word = text[..wordEnd];
            var rest = text[(wordEnd + 1)..];
            int countEnd = rest.IndexOf(' ');
            var countText = countEnd < 0 ? rest : rest[..countEnd];
            if (!int.TryParse(countText, out int count))
                throw new InvalidDataException($"{path}:{number}: expected 'word count [tag]', found '{text}'");
            string? tag = null;
            if (countEnd >= 0)
            {
                var tagText = rest[(countEnd + 1)..];
                int tagEnd = tagText.IndexOf(' ');
                if (tagEnd >= 0) tagText = tagText[..tagEnd];
                if (!tags.TryGetValue(tagText, out tag)) tags[tagText] = tag = tagText.ToString();
            }
            total += count;
            lookup.TryGetValue(word, out var old);
            lookup[word] = new Entry(count, tag ?? old.Tag);
            for (int length = 1; length < word.Length; length++)
                lookup.TryAdd(word[..length], new Entry(0, null));
        }
        return new JiebaDictionary(entries, total);
    }

    /// <summary>Whether <paramref name="key"/> is a word or the prefix of one; its count (0 for a prefix only).</summary>
    public bool TryGetCount(ReadOnlySpan<char> key, out int count)
    {
        bool found = _lookup.TryGetValue(key, out var entry);
        count = entry.Count;
        return found;
    }

    /// <summary>A word: in the dictionary with a count above 0 (jieba's <c>ContainsWord</c>).</summary>
    public bool ContainsWord(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var entry) && entry.Count > 0;

    /// <summary>The word's count, 1 when it is not a word (jieba's <c>GetFreqOrDefault</c>).</summary>
    public int CountOrOne(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var entry) && entry.Count > 0 ? entry.Count : 1;

    /// <summary>The tag of the word's line, or null when no line gave one.</summary>
    public string? Tag(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var entry) ? entry.Tag : null;
}
