using System.Runtime.CompilerServices;

namespace EntityPipeline.Segmentation;

/// <summary>
/// jieba's dictionary (dict.txt: word, count, optional tag per line) read in one pass as jieba.NET 0.42.2's
/// <c>WordDictionary</c> reads it (each word's count, the last line winning; every prefix of a word present with count 0
/// when not a word itself; the total of all counts), with each word's tag beside its count (the last line with a tag
/// winning), held as a <see cref="CharTrie"/> with each node's count and tag. Read-only once loaded and shared by all
/// threads; looked up by span or walked a character at a time (<see cref="Next"/>), so cutting allocates no key.
/// </summary>
public sealed class JiebaDictionary
{
    private readonly CharTrie _trie;
    private readonly int[] _counts;
    private readonly string?[] _tags;

    private JiebaDictionary(CharTrie trie, int[] counts, string?[] tags, double total)
    {
        (_trie, _counts, _tags) = (trie, counts, tags);
        Total = total;
        LogTotal = Math.Log(total);
    }

    /// <summary>The sum of all lines' counts (jieba's <c>Total</c>).</summary>
    public double Total { get; }

    public double LogTotal { get; }

    /// <summary>Words and prefixes of words.</summary>
    public int Count => _trie.Count - 1;

    /// <summary>Reads dict.txt. Compiled optimized at once: it runs once, at start-up, where the tiered JIT would run its loop unoptimized.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static JiebaDictionary Load(string path)
    {
        var trie = new CharTrie(1 << 20); // jieba's dict.txt: 349,046 words, 498,113 with their prefixes
        var counts = new int[1 << 19]; // by node, the root's first; a new prefix has count 0 until a line gives one
        var tags = new string?[counts.Length];
        var interned = new Dictionary<string, string>().GetAlternateLookup<ReadOnlySpan<char>>();
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
            total += count;
            int node = trie.Add(word);
            if (node >= counts.Length)
            {
                Array.Resize(ref counts, 2 * node);
                Array.Resize(ref tags, 2 * node);
            }
            counts[node] = count;
            if (countEnd < 0) continue;
            var tagText = rest[(countEnd + 1)..];
            int tagEnd = tagText.IndexOf(' ');
            if (tagEnd >= 0) tagText = tagText[..tagEnd];
            if (!interned.TryGetValue(tagText, out var tag)) interned[tagText] = tag = tagText.ToString();
            tags[node] = tag;
        }
        Array.Resize(ref counts, trie.Count);
        Array.Resize(ref tags, trie.Count);
        return new JiebaDictionary(trie, counts, tags, total);
    }

    /// <summary>The node of the empty prefix, from which <see cref="Next"/> walks.</summary>
    public static int Start => CharTrie.Root;

    /// <summary>The node of the prefix of <paramref name="node"/> followed by <paramref name="c"/>; negative when no word starts so.</summary>
    public int Next(int node, char c) => _trie.Child(node, c);

    /// <summary>The count of the prefix at <paramref name="node"/> (0 when it is only a prefix).</summary>
    public int CountAt(int node) => _counts[node];

    /// <summary>Whether <paramref name="key"/> is a word or the prefix of one; its count (0 for a prefix only).</summary>
    public bool TryGetCount(ReadOnlySpan<char> key, out int count)
    {
        int node = _trie.Find(key);
        count = node < 0 ? 0 : _counts[node];
        return node >= 0;
    }

    /// <summary>A word: in the dictionary with a count above 0 (jieba's <c>ContainsWord</c>).</summary>
    public bool ContainsWord(ReadOnlySpan<char> word) => TryGetCount(word, out int count) && count > 0;

    /// <summary>The word's count, 1 when it is not a word (jieba's <c>GetFreqOrDefault</c>).</summary>
    public int CountOrOne(ReadOnlySpan<char> word) => TryGetCount(word, out int count) && count > 0 ? count : 1;

    /// <summary>The tag of the word's line, or null when no line gave one.</summary>
    public string? Tag(ReadOnlySpan<char> word) => _trie.Find(word) is >= 0 and var node ? _tags[node] : null;
}
