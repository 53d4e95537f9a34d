using System.Collections.Frozen;
using System.Numerics;
using EntityPipeline.Documents;
using EntityPipeline.Text;
using EntityPipeline.Training;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// Entity strings gathered from training data, each with the types it was annotated as (a bit mask).
/// The tagger sees, for every character, the longest lexicon entry covering it: which types, and where the
/// character sits in it (B/M/E/S). Keys are folded (full-width as ASCII). Immutable and thread-safe.
/// </summary>
public sealed class EntityLexicon
{
    public const int MaxLength = 12;

    // A long-lived lexicon (the model's, the places) is frozen: slower to build, faster to look up. A document's lexicon
    // (FirstPassFeatures.DocumentLexicon) is built once per document and looked up a few thousand times, so it keeps the
    // plain dictionary it was tallied in: freezing it cost more than its look-ups saved.
    private readonly IReadOnlyDictionary<string, byte> _types;
    private readonly FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _frozen;
    private readonly Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _plain;
    private readonly bool _isFrozen;
    // The first two characters of the entries, each with the lengths of its entries (bit k: one of k characters, up to MaxLength)
    // in an open-addressed table (start << 16 | lengths; 0: empty): a position no entry starts at is passed after one probe, and
    // at the others only the lengths some entry has are looked up. A frozen set of the starts, looked up through its interface,
    // then every length from the longest down, took a seventh of tagging.
    private readonly ulong[] _starts;
    private readonly int _startShift;

    public EntityLexicon(IEnumerable<KeyValuePair<string, byte>> entries)
    {
        var types = entries.ToFrozenDictionary(StringComparer.Ordinal);
        _types = types;
        _frozen = types.GetAlternateLookup<ReadOnlySpan<char>>();
        _isFrozen = true;
        (_starts, _startShift) = StartTable(types.Keys);
    }

    /// <summary>
    /// A lexicon shipped with the program (Entities/Data): lines of name, tab, a non-zero mask; # comments. <paramref name="what"/>
    /// and <paramref name="maskName"/> name them in errors.
    /// </summary>
    internal static EntityLexicon LoadFile(string path, string what, string maskName)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"{what} missing: {path}. The build copies Entities/Data into the output folder; rebuild.", path);
        using var reader = new StreamReader(path);
        var entries = TabSeparatedPairs.Read(reader, (string text, out byte mask) => byte.TryParse(text, out mask) && mask != 0, maskName,
            line => $"{path}:{line}", comments: true);
        return new EntityLexicon(entries);
    }

    /// <summary>
    /// A list of names by type shipped beside the program (<paramref name="file"/> relative to its folder, as Entities/Data/x.tsv):
    /// name, tab, a mask of types (1 PER, 2 LOC, 4 ORG).
    /// </summary>
    internal static EntityLexicon LoadShipped(string file, string what) =>
        LoadFile(Path.Combine(AppContext.BaseDirectory, file), what, "type mask");

    /// <summary>A lexicon over <paramref name="types"/> itself (ordinal keys), not a copy: valid while the dictionary is left unchanged.</summary>
    private EntityLexicon(Dictionary<string, byte> types)
    {
        _types = types;
        _plain = types.GetAlternateLookup<ReadOnlySpan<char>>();
        (_starts, _startShift) = StartTable(types.Keys);
    }

    private static (ulong[] Table, int Shift) StartTable(IEnumerable<string> keys)
    {
        var lengths = new Dictionary<uint, ushort>();
        foreach (var key in keys)
            if (key.Length is >= 2 and <= MaxLength)
                lengths[Start(key)] = (ushort)(lengths.GetValueOrDefault(Start(key)) | 1 << key.Length);
        int log = Math.Max(4, BitOperations.Log2((uint)lengths.Count) + 2); // at most half full
        var table = new ulong[1 << log];
        foreach (var (start, mask) in lengths)
        {
            uint slot = Slot(start, 32 - log);
            while (table[slot] != 0) slot = (slot + 1) & (uint)(table.Length - 1);
            table[slot] = (ulong)start << 16 | mask;
        }
        return (table, 32 - log);
    }

    private static uint Slot(uint start, int shift) => start * 0x9E3779B1u >> shift;

    /// <summary>The lengths of the entries that start with <paramref name="start"/> (bit k: k characters); 0 when none does.</summary>
    private uint Lengths(uint start)
    {
        for (uint slot = Slot(start, _startShift); ; slot = (slot + 1) & (uint)(_starts.Length - 1))
        {
            ulong entry = _starts[slot];
            if (entry == 0 || (uint)(entry >> 16) == start) return (uint)entry & 0xFFFF;
        }
    }

    /// <summary>A short-lived lexicon over a dictionary with ordinal keys, used as it is (see the fields).</summary>
    internal static EntityLexicon Wrapping(Dictionary<string, byte> types) => new(types);

    private bool TryGetTypes(ReadOnlySpan<char> key, out byte types) =>
        _isFrozen ? _frozen.TryGetValue(key, out types) : _plain.TryGetValue(key, out types);

    private static uint Start(ReadOnlySpan<char> text) => (uint)text[0] << 16 | text[1];

    public static readonly EntityLexicon Empty = new([]);

    public int Count => _types.Count;

    public IEnumerable<KeyValuePair<string, byte>> Entries => _types;

    /// <summary>
    /// Entity strings of 2..<see cref="MaxLength"/> characters annotated at least <paramref name="minCount"/> times. A model's
    /// own labels (<see cref="AnnotatedSentence.ModelLabelled"/>) are not annotations and are not counted.
    /// </summary>
    public static EntityLexicon Gather(IEnumerable<AnnotatedSentence> sentences, int minCount)
    {
        var counts = new Dictionary<string, (int Count, byte Types)>(StringComparer.Ordinal);
        foreach (var sentence in sentences.Where(s => !s.ModelLabelled))
            foreach (var e in sentence.Entities)
            {
                if (e.End - e.Start is < 2 or > MaxLength) continue;
                var key = CharFold.Fold(sentence.Text.AsSpan(e.Start, e.End - e.Start));
                counts.TryGetValue(key, out var c);
                counts[key] = (c.Count + 1, (byte)(c.Types | 1 << (int)e.Type));
            }
        return new EntityLexicon(counts.Where(kv => kv.Value.Count >= minCount).Select(kv => KeyValuePair.Create(kv.Key, kv.Value.Types)));
    }

    /// <summary>
    /// The lengths of the entries that may open <paramref name="text"/> (bit k: k characters), by its first two characters: a
    /// cheap test before <see cref="TypesOf"/>. 0 when none does.
    /// </summary>
    public uint LengthsAt(ReadOnlySpan<char> text) => text.Length < 2 || _types.Count == 0 ? 0 : Lengths(Start(text));

    /// <summary>
    /// Where the longest entry that starts at word <paramref name="first"/> and runs over whole words ends (exclusive, in
    /// <paramref name="text"/>), with the index of its last word in <paramref name="last"/>; −1 when none does. The words are
    /// at <paramref name="baseOffset"/>, and none past <paramref name="length"/> counts.
    /// </summary>
    public int LongestOverWords(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int first, int length, out int last) =>
        Longest(text, words, baseOffset, first, words[first].Start - baseOffset, length, glued: false, out last);

    /// <summary>
    /// As <see cref="LongestOverWords"/>, also where jieba glued the entry to a function character (<see cref="FunctionCharacters"/>)
    /// at an edge: the entry may start one character into word <paramref name="first"/> (到川大) or end one character before its
    /// last word's end (北交/所在), when that character is all the entry leaves of the word. Its start is in <paramref name="start"/>;
    /// an entry over whole words from the word's start comes first.
    /// </summary>
    public int LongestOverGluedWords(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int first, int length, out int start, out int last)
    {
        start = words[first].Start - baseOffset;
        int end = Longest(text, words, baseOffset, first, start, length, glued: true, out last);
        if (end >= 0 || words[first].End - words[first].Start < 2 || !FunctionCharacters.Contains(text[start])) return end;
        end = Longest(text, words, baseOffset, first, start + 1, length, glued: true, out last);
        if (end >= 0) start++;
        return end;
    }

    /// <summary>
    /// The longest entry from <paramref name="start"/> (in word <paramref name="first"/>) to a word's end, or, when
    /// <paramref name="glued"/>, to the glue at its end (<see cref="FunctionCharacters.GluedTail"/>: a function character, 报道)
    /// if nothing else of the word is left over (the start leaves none of the word, or the word is a later one).
    /// </summary>
    private int Longest(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int first, int start, int length, bool glued, out int last)
    {
        int end = -1;
        last = first;
        uint lengths = start >= length ? 0 : LengthsAt(text[start..length]); // most words open no entry
        // White space is no word (jieba's spaces are dropped): an entry with a space inside (Sensor Tower) runs over the gap.
        for (int v = first, at = words[first].Start - baseOffset; lengths != 0 && v < words.Length
            && (words[v].Start - baseOffset == at || v > first && SpacesTo(text, at, words[v].Start - baseOffset)); v++)
        {
            int wordStart = words[v].Start - baseOffset;
            at = words[v].End - baseOffset;
            if (at > length) break;
            int tail = glued && (v > first || start == wordStart) ? FunctionCharacters.GluedTail(text[wordStart..at]) : 0;
            if (tail > 0 && at - tail - start <= MaxLength && at - tail > Math.Max(start, wordStart) && Entry(text, start, at - tail, lengths))
                (end, last) = (at - tail, v);
            if (at - start > MaxLength) break;
            if (Entry(text, start, at, lengths)) (end, last) = (at, v);
        }
        return end;
    }

    /// <summary>Whether the text from <paramref name="at"/> to <paramref name="next"/> (before the sentence's end) is plain spaces only.</summary>
    private static bool SpacesTo(ReadOnlySpan<char> text, int at, int next) =>
        next > at && next <= text.Length && !text[at..next].ContainsAnyExcept(' ');

    private bool Entry(ReadOnlySpan<char> text, int start, int end, uint lengths) =>
        (lengths >> (end - start) & 1) != 0 && TypesOf(text[start..end]) != 0;

    /// <summary>The types mask of the entry <paramref name="key"/> (folded), or 0 when it is none.</summary>
    public byte TypesOf(ReadOnlySpan<char> key) => TryGetTypes(key, out byte types) ? types : (byte)0;

    /// <summary>
    /// The length of the longest entry of two to <paramref name="maxLength"/> characters that opens <paramref name="text"/> and has a
    /// type of <paramref name="types"/> (any by default), or 0 (浙江 in 浙江大学, 英国 in 英国诺丁汉大学).
    /// </summary>
    public int LongestOpening(ReadOnlySpan<char> text, int maxLength, byte types = byte.MaxValue)
    {
        for (int len = Math.Min(MaxLength, maxLength); len >= 2; len--)
            if ((TypesOf(text[..len]) & types) != 0) return len;
        return 0;
    }

    /// <summary>
    /// For each character of <paramref name="folded"/>, writes (types mask &lt;&lt; 3 | position 1..4 for B/M/E/S) of the longest
    /// entry covering it, earlier starts first; 0 where none covers it.
    /// </summary>
    public void Match(ReadOnlySpan<char> folded, Span<uint> codes)
    {
        codes.Clear();
        if (_types.Count == 0) return;
        int covered = 0;
        for (int i = 0; i + 1 < folded.Length; i++)
        {
            // The lengths some entry starting here has and the text leaves room for, longest first.
            uint lengths = Lengths(Start(folded[i..])) & (2u << Math.Min(MaxLength, folded.Length - i)) - 1;
            while (lengths != 0)
            {
                int len = 31 - BitOperations.LeadingZeroCount(lengths);
                lengths ^= 1u << len;
                if (i + len <= covered) break; // inside a longer match already written
                if (!TryGetTypes(folded.Slice(i, len), out byte types)) continue;
                for (int j = Math.Max(i, covered); j < i + len; j++)
                    codes[j] = (uint)types << 3 | (j == i ? 1u : j == i + len - 1 ? 3u : 2u);
                covered = i + len;
                break;
            }
        }
    }

    /// <summary>As <see cref="Match"/>, for text not yet folded (folds it into a pooled buffer first).</summary>
    public void MatchFolding(ReadOnlySpan<char> text, Span<uint> codes)
    {
        if (_types.Count == 0) { codes.Clear(); return; }
        char[] folded = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            MatchFolding(text, codes, folded.AsSpan(0, text.Length));
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(folded);
        }
    }

    /// <summary>As above, folding into <paramref name="folded"/> (text.Length characters, the caller's buffer).</summary>
    internal void MatchFolding(ReadOnlySpan<char> text, Span<uint> codes, Span<char> folded)
    {
        if (_types.Count == 0) { codes.Clear(); return; }
        for (int i = 0; i < text.Length; i++) folded[i] = CharFold.Fold(text[i]);
        Match(folded[..text.Length], codes);
    }

    internal static byte Mask(EntityType type) => (byte)(1 << (int)type);
}
