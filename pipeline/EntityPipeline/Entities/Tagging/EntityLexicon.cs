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
    // The first two characters of every entry, hashed into a bitmap of 16 to 32 bits an entry: most positions start no entry and
    // are passed at once; one whose bit another start set costs only the look-ups that then fail (a frozen set of the starts, looked
    // up through its interface, took a twentieth of tagging).
    private readonly ulong[] _starts;
    private readonly int _startShift;
    private readonly int _longest;

    public EntityLexicon(IEnumerable<KeyValuePair<string, byte>> entries)
    {
        var types = entries.ToFrozenDictionary(StringComparer.Ordinal);
        _types = types;
        _frozen = types.GetAlternateLookup<ReadOnlySpan<char>>();
        _isFrozen = true;
        (_starts, _startShift) = StartBits(types.Keys);
        _longest = types.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
    }

    /// <summary>A lexicon over <paramref name="types"/> itself (ordinal keys), not a copy: valid while the dictionary is left unchanged.</summary>
    private EntityLexicon(Dictionary<string, byte> types)
    {
        _types = types;
        _plain = types.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in types.Keys) _longest = Math.Max(_longest, key.Length);
        (_starts, _startShift) = StartBits(types.Keys);
    }

    private static (ulong[] Bits, int Shift) StartBits(IEnumerable<string> keys)
    {
        var starts = keys.Where(k => k.Length >= 2).Select(k => Start(k)).ToList();
        int log = Math.Max(6, BitOperations.Log2((uint)starts.Count) + 5);
        var bits = new ulong[(1 << log) / 64];
        foreach (int start in starts)
        {
            uint bit = StartBit(start, 32 - log);
            bits[bit >> 6] |= 1UL << (int)bit;
        }
        return (bits, 32 - log);
    }

    private static uint StartBit(int start, int shift) => (uint)start * 0x9E3779B1u >> shift;

    private bool MayStart(int start)
    {
        uint bit = StartBit(start, _startShift);
        return (_starts[bit >> 6] & 1UL << (int)bit) != 0;
    }

    /// <summary>A short-lived lexicon over a dictionary with ordinal keys, used as it is (see the fields).</summary>
    internal static EntityLexicon Wrapping(Dictionary<string, byte> types) => new(types);

    private bool TryGetTypes(ReadOnlySpan<char> key, out byte types) =>
        _isFrozen ? _frozen.TryGetValue(key, out types) : _plain.TryGetValue(key, out types);

    private static int Start(ReadOnlySpan<char> text) => text[0] << 16 | text[1];

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

    /// <summary>The types mask of the entry <paramref name="key"/> (folded), or 0 when it is none.</summary>
    public byte TypesOf(ReadOnlySpan<char> key) => TryGetTypes(key, out byte types) ? types : (byte)0;

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
            if (!MayStart(Start(folded[i..]))) continue;
            for (int len = Math.Min(Math.Min(MaxLength, _longest), folded.Length - i); len >= 2; len--)
            {
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
