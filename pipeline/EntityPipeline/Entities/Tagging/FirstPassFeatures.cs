using EntityPipeline.Documents;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// The features a second pass reads from the first pass's output (stacking): the first pass's labels around
/// each character, how sure it was, the string of the span it tagged and the characters around that span
/// (so the second pass learns which of the first pass's spans are systematically wrong), and, across the
/// whole document, where a string it tagged elsewhere occurs again (a soft, learned form of
/// <see cref="DocumentConsistency"/>). They are appended to the
/// character features, <see cref="Slots"/> per character, in the same hashed space. Stateless.
/// </summary>
internal sealed class FirstPassFeatures(int hashBits)
{
    public const int Slots = 12;

    /// <summary>Stored with a two-pass model: a model whose second pass read other features is refused, not misread.</summary>
    public const int Version = 2;
    private const uint Edge = 255; // the label "before the sentence" / "after the sentence"
    private readonly FeatureHash _hash = new(hashBits);

    /// <summary>How sure the first pass was of its label, in five steps.</summary>
    public static byte Certainty(float logProb)
    {
        float p = MathF.Exp(logProb);
        return p switch { < 0.5f => 0, < 0.7f => 1, < 0.9f => 2, < 0.97f => 3, _ => 4 };
    }

    /// <summary>
    /// Adds a string the first pass tagged in a document (two or more characters) to the document's tally: folded
    /// string → the types it was tagged as, with bit 3 set when it was tagged more than once.
    /// </summary>
    public static void Tally(Dictionary<string, byte> tally, ReadOnlySpan<char> text, EntityType type)
    {
        if (text.Length is < 2 or > EntityLexicon.MaxLength) return;
        Span<char> key = stackalloc char[text.Length];
        for (int i = 0; i < text.Length; i++) key[i] = CharFold.Fold(text[i]);
        var lookup = tally.GetAlternateLookup<ReadOnlySpan<char>>();
        byte mask = EntityLexicon.Mask(type);
        lookup[key] = lookup.TryGetValue(key, out byte seen) ? (byte)(seen | mask | 8) : mask;
    }

    /// <summary>A document's <see cref="Tally"/>, matched like an <see cref="EntityLexicon"/>.</summary>
    public static EntityLexicon DocumentLexicon(Dictionary<string, byte> tally) => tally.Count == 0 ? EntityLexicon.Empty : new EntityLexicon(tally);

    /// <summary>
    /// Writes the <see cref="Slots"/> features of each character of a sentence into <paramref name="features"/>
    /// at <paramref name="offset"/> within each row of <paramref name="stride"/> slots.
    /// </summary>
    /// <param name="labels">The first pass's labels of the sentence's characters.</param>
    /// <param name="certainty">Their <see cref="Certainty"/>.</param>
    /// <param name="documentCodes">The document lexicon's match codes of the sentence's characters.</param>
    public void Extract(ReadOnlySpan<char> text, ReadOnlySpan<byte> labels, ReadOnlySpan<byte> certainty, ReadOnlySpan<uint> documentCodes,
        Span<int> features, int stride, int offset)
    {
        int n = text.Length;
        int spanStart = -1, spanEnd = -1;
        uint spanHash = 0;
        for (int i = 0; i < n; i++)
        {
            if (i >= spanEnd) (spanStart, spanEnd, spanHash) = SpanAt(text, labels, i);
            uint ym2 = Label(labels, i - 2), ym1 = Label(labels, i - 1), y = labels[i], yp1 = Label(labels, i + 1), yp2 = Label(labels, i + 2);
            uint doc = documentCodes[i];
            var f = features.Slice(i * stride + offset, Slots);
            f[0] = _hash.Index(40, y);
            f[1] = _hash.Index(41, ym1, y);
            f[2] = _hash.Index(42, y, yp1);
            f[3] = _hash.Index(43, ym1, yp1);
            f[4] = _hash.Index(44, y, CharFold.Fold(text[i]));
            f[5] = _hash.Index(45, y, certainty[i]);
            f[6] = doc == 0 ? -1 : _hash.Index(46, doc);
            f[7] = _hash.Index(47, doc, y);
            f[8] = _hash.Index(48, ym2, ym1, y);
            f[9] = _hash.Index(49, y, yp1, yp2);
            if (i >= spanStart && i < spanEnd)
            {
                uint position = spanEnd - spanStart == 1 ? 4u : i == spanStart ? 1u : i == spanEnd - 1 ? 3u : 2u;
                f[10] = _hash.Index(50, spanHash, position);
                f[11] = _hash.Index(51, spanHash, At(text, spanStart - 1), At(text, spanEnd));
            }
            else
            {
                f[10] = f[11] = -1;
            }
        }
    }

    /// <summary>The first-pass span that starts at or after <paramref name="i"/> (−1, −1 if none), with a hash of its type and folded text.</summary>
    private static (int Start, int End, uint Hash) SpanAt(ReadOnlySpan<char> text, ReadOnlySpan<byte> labels, int i)
    {
        while (i < labels.Length && labels[i] == BioesLabels.Outside) i++;
        if (i == labels.Length) return (-1, int.MaxValue, 0);
        int start = i;
        while (i < labels.Length && BioesLabels.PartOf(labels[i]) is BioesLabels.B or BioesLabels.I) i++;
        int end = Math.Min(i + 1, labels.Length); // the E (or S) closes the span
        uint h = FeatureHash.Mix(0x3C6EF372u, (uint)BioesLabels.TypeOf(labels[start]));
        for (int k = start; k < end; k++) h = FeatureHash.Mix(h, CharFold.Fold(text[k]));
        return (start, end, h);
    }

    private static uint At(ReadOnlySpan<char> text, int i) => i < 0 || i >= text.Length ? 0u : CharFold.Fold(text[i]);

    private static uint Label(ReadOnlySpan<byte> labels, int i) => i < 0 || i >= labels.Length ? Edge : labels[i];
}
