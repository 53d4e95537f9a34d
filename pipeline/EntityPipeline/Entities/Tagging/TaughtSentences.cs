using System.Collections.Frozen;
using System.Collections.Immutable;
using EntityPipeline.Documents;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// The sentences a user corrected, each with its entities as corrected: a model trained on corrections tags a sentence of the
/// same text as it was corrected, whatever its weights say, so a corrected folder run again gives back its corrections. The
/// weights generalise what they can (a refinement the cross-validation finds no better than its base is not kept at all,
/// <c>Training.RefinementCheck</c>); a user who corrected a sentence expects to see it corrected, not to correct it again each
/// round. Later rounds' corrections win over earlier ones. A sentence is found in either script (the tagger reads a
/// document's traditional characters as simplified ones, <see cref="Text.SimplifiedView"/>). Immutable and thread-safe.
/// </summary>
public sealed class TaughtSentences
{
    private readonly ImmutableArray<(string Text, ImmutableArray<(int Start, int End, EntityType Type)> Entities)> _sentences;
    private readonly FrozenDictionary<string, ImmutableArray<(int Start, int End, EntityType Type)>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>The sentences in order of precedence: the first of a text wins (list the newest round first).</summary>
    public TaughtSentences(IEnumerable<(string Text, ImmutableArray<(int Start, int End, EntityType Type)> Entities)> sentences)
    {
        var entities = new Dictionary<string, ImmutableArray<(int, int, EntityType)>>(StringComparer.Ordinal);
        var kept = ImmutableArray.CreateBuilder<(string, ImmutableArray<(int, int, EntityType)>)>();
        foreach (var (text, spans) in sentences)
        {
            foreach (var (start, end, _) in spans)
                if (start < 0 || end > text.Length || start >= end)
                    throw new ArgumentException($"entity [{start}, {end}) lies outside the taught sentence '{text}'");
            if (entities.TryAdd(CharFold.Simplify(text), spans)) kept.Add((text, spans));
        }
        _sentences = kept.ToImmutable();
        _lookup = entities.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static readonly TaughtSentences None = new([]);

    public int Count => _sentences.Length;

    /// <summary>Each taught sentence as written, with its entities (offsets into its text), in order of precedence.</summary>
    public IEnumerable<(string Text, ImmutableArray<(int Start, int End, EntityType Type)> Entities)> Sentences => _sentences;

    /// <summary>The corrected entities of a sentence of this text, if it was taught; the text in simplified characters (<see cref="CharFold.Simplify(ReadOnlySpan{char})"/>).</summary>
    public bool TryGet(ReadOnlySpan<char> simplifiedSentence, out ImmutableArray<(int Start, int End, EntityType Type)> entities) =>
        _lookup.TryGetValue(simplifiedSentence, out entities);

    /// <summary>These sentences and <paramref name="older"/>'s, these winning where both hold a text.</summary>
    public TaughtSentences Over(TaughtSentences older) => older.Count == 0 ? this : new([.. Sentences, .. older.Sentences]);
}
