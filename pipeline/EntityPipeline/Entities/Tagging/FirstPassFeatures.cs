using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Consistency;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// The features a second pass reads from the first pass's output (stacking): the first pass's labels around
/// each character, how sure it was, the string of the span it tagged and the characters around that span
/// (so the second pass learns which of the first pass's spans are systematically wrong), and, across the
/// whole document, where a string it tagged elsewhere occurs again (a soft, learned form of
/// <see cref="DocumentConsistency"/>). From version 3 also the spans next to each character's: the type of the
/// span before and after it and how far away they are, so the second pass can join a place to the organisation
/// the first pass tagged right after it (安徽省 + 汽车办) or split a chain. From version 4 also how likely each character was
/// to be in a span of each type over all the first pass's readings (<see cref="BioesMarginals"/>), not only the chosen one,
/// and what the first pass made of the 、-list a character is in (<see cref="Enumerations"/>). They are appended to the character
/// features, <see cref="Slots"/> per character, in the same hashed space. Stateless.
/// </summary>
internal sealed class FirstPassFeatures
{
    /// <summary>The version new models are trained with. Stored with a two-pass model, which is featurized as it was trained.</summary>
    public const int Version = 4;

    /// <summary>The versions this program can compute; a model whose second pass read any other is refused, not misread.</summary>
    public static bool Supports(int version) => version is >= 2 and <= Version;

    public static string SupportedVersions => $"versions 2 to {Version}";

    private const uint Edge = 255; // the label "before the sentence" / "after the sentence"
    private readonly FeatureHash _hash;

    public FirstPassFeatures(int hashBits, int version = Version)
    {
        if (!Supports(version)) throw new ArgumentOutOfRangeException(nameof(version), version, $"unknown second-pass feature version (this program reads {SupportedVersions})");
        _hash = new FeatureHash(hashBits);
        FeatureVersion = version;
        Slots = version >= 4 ? 17 + BioesLabels.TypeCount : version >= 3 ? 15 : 12;
    }

    public int FeatureVersion { get; }

    /// <summary>Features per character.</summary>
    public int Slots { get; }

    /// <summary>How sure the first pass was of its label, in five steps.</summary>
    public static byte Certainty(float logProb)
    {
        float p = MathF.Exp(logProb);
        return p switch { < 0.5f => 0, < 0.7f => 1, < 0.9f => 2, < 0.97f => 3, _ => 4 };
    }

    /// <summary>Whether a model reading these features needs the first pass's <see cref="BioesMarginals"/>.</summary>
    public bool ReadsTypeProbabilities => FeatureVersion >= 4;

    /// <summary>A character's probability of lying in a span of one type, in five steps.</summary>
    public static byte Bin(float p) => p switch { < 0.05f => 0, < 0.25f => 1, < 0.5f => 2, < 0.8f => 3, _ => 4 };

    /// <summary>
    /// What the second pass reads of one sentence's first pass: each character's label, its <see cref="Certainty"/> and,
    /// with <see cref="ReadsTypeProbabilities"/>, its packed <see cref="TypeBins"/> (else <paramref name="typeBins"/> is unwritten).
    /// The one place both tagging and training turn the first pass's output into these inputs.
    /// </summary>
    public void Read(ReadOnlySpan<float> logProbs, ReadOnlySpan<int> decoded, BioesMarginals marginals, Span<float> scratch,
        Span<byte> labels, Span<byte> certainty, Span<byte> typeBins)
    {
        int L = BioesLabels.Count;
        for (int i = 0; i < decoded.Length; i++)
        {
            labels[i] = (byte)decoded[i];
            certainty[i] = Certainty(logProbs[i * L + decoded[i]]);
        }
        if (ReadsTypeProbabilities) TypeBins(marginals, logProbs, scratch, typeBins);
    }

    /// <summary>
    /// Each character's <see cref="Bin"/>s of its type probabilities, packed into one byte (5^3 &lt; 256), from a sentence's
    /// label log-probabilities. <paramref name="scratch"/> holds at least n × TypeCount floats.
    /// </summary>
    public static void TypeBins(BioesMarginals marginals, ReadOnlySpan<float> logProbs, Span<float> scratch, Span<byte> bins)
    {
        int T = BioesLabels.TypeCount;
        marginals.TypeProbabilities(logProbs, scratch[..(bins.Length * T)]);
        for (int i = 0; i < bins.Length; i++)
        {
            int packed = 0;
            for (int t = T - 1; t >= 0; t--) packed = packed * 5 + Bin(scratch[i * T + t]);
            bins[i] = (byte)packed;
        }
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

    /// <summary>A document's <see cref="Tally"/> (ordinal keys), matched like an <see cref="EntityLexicon"/>: the tally itself, not a copy, so it must not change while the lexicon is used.</summary>
    public static EntityLexicon DocumentLexicon(Dictionary<string, byte> tally) => tally.Count == 0 ? EntityLexicon.Empty : EntityLexicon.Wrapping(tally);

    /// <summary>
    /// Writes the <see cref="Slots"/> features of each character of a sentence into <paramref name="features"/>
    /// at <paramref name="offset"/> within each row of <paramref name="stride"/> slots.
    /// </summary>
    /// <param name="labels">The first pass's labels of the sentence's characters.</param>
    /// <param name="certainty">Their <see cref="Certainty"/>.</param>
    /// <param name="typeBins">With <see cref="ReadsTypeProbabilities"/>: each character's packed <see cref="TypeBins"/>; else unread.</param>
    /// <param name="documentCodes">The document lexicon's match codes of the sentence's characters.</param>
    public void Extract(ReadOnlySpan<char> text, ReadOnlySpan<byte> labels, ReadOnlySpan<byte> certainty, ReadOnlySpan<byte> typeBins, ReadOnlySpan<uint> documentCodes,
        Span<int> features, int stride, int offset)
    {
        int n = text.Length;
        Span<uint> lists = FeatureVersion >= 4 && n <= 4096 ? stackalloc uint[n] : FeatureVersion >= 4 ? new uint[n] : [];
        if (FeatureVersion >= 4) Enumerations.Codes(text, labels, lists);
        int spanStart = -1, spanEnd = -1, afterStart = n;
        uint spanHash = 0;
        int previousEnd = 0;    // where the span before the current (or upcoming) one ends
        uint previousType = 0;  // its type + 1, 0 when there is none
        for (int i = 0; i < n; i++)
        {
            if (i >= spanEnd)
            {
                if (spanStart >= 0) (previousEnd, previousType) = (spanEnd, TypeCode(labels[spanStart]));
                (spanStart, spanEnd, spanHash) = SpanAt(text, labels, i);
                afterStart = spanStart < 0 ? n : NextSpanStart(labels, spanEnd);
            }
            uint ym2 = Label(labels, i - 2), ym1 = Label(labels, i - 1), y = labels[i], yp1 = Label(labels, i + 1), yp2 = Label(labels, i + 2);
            uint doc = documentCodes[i];
            var f = features.Slice(i * stride + offset, Slots);
            f[0] = _hash.Index(40, y);
            f[1] = _hash.Index(41, ym1, y);
            f[2] = _hash.Index(42, y, yp1);
            f[3] = _hash.Index(43, ym1, yp1);
            f[4] = _hash.Index(44, y, CharFeatureExtractor.View(text, i));
            f[5] = _hash.Index(45, y, certainty[i]);
            f[6] = doc == 0 ? -1 : _hash.Index(46, doc);
            f[7] = _hash.Index(47, doc, y);
            f[8] = _hash.Index(48, ym2, ym1, y);
            f[9] = _hash.Index(49, y, yp1, yp2);
            // Version 2 read the characters after a sentence's last span as if in a span without text; kept, so its models tag as trained.
            bool inside = spanStart >= 0 ? i >= spanStart && i < spanEnd : FeatureVersion < 3;
            if (inside)
            {
                uint position = spanEnd - spanStart == 1 ? 4u : i == spanStart ? 1u : i == spanEnd - 1 ? 3u : 2u;
                f[10] = _hash.Index(50, spanHash, position);
                f[11] = _hash.Index(51, spanHash, At(text, spanStart - 1), At(text, spanEnd));
            }
            else
            {
                f[10] = f[11] = -1;
            }
            if (FeatureVersion < 3) continue;

            // The spans on either side: of the character's own span when it is in one, else of the character.
            int before = inside ? spanStart : i, after = inside ? spanEnd : i + 1;
            int nextStart = inside ? afterStart : spanStart < 0 ? n : spanStart;
            uint nextType = nextStart < n ? TypeCode(labels[nextStart]) : 0;
            uint gapBefore = previousType == 0 ? 4u : (uint)Math.Min(before - previousEnd, 4);
            uint gapAfter = nextType == 0 ? 4u : (uint)Math.Min(nextStart - after, 4);
            f[12] = inside ? _hash.Index(52, y, gapBefore == 0 ? previousType : 0, gapAfter == 0 ? nextType : 0) : -1;
            f[13] = _hash.Index(53, y, previousType, gapBefore);
            f[14] = _hash.Index(54, y, nextType, gapAfter);
            if (FeatureVersion < 4) continue;

            int T = BioesLabels.TypeCount, bins = typeBins[i];
            for (int t = 0; t < T; t++, bins /= 5)
                f[15 + t] = _hash.Index(55 + (uint)t, (uint)(bins % 5), y);
            f[15 + T] = lists[i] == 0 ? -1 : _hash.Index(58, lists[i], y);
            f[16 + T] = lists[i] == 0 ? -1 : _hash.Index(59, lists[i], y, certainty[i]);
        }
    }

    private static uint TypeCode(byte label) => (uint)BioesLabels.TypeOf(label) + 1;

    /// <summary>Where the next span at or after <paramref name="i"/> starts (the labels' length if none).</summary>
    private static int NextSpanStart(ReadOnlySpan<byte> labels, int i)
    {
        while (i < labels.Length && labels[i] == BioesLabels.Outside) i++;
        return i;
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

    private static uint At(ReadOnlySpan<char> text, int i) => i < 0 || i >= text.Length ? 0u : CharFeatureExtractor.View(text, i);

    private static uint Label(ReadOnlySpan<byte> labels, int i) => i < 0 || i >= labels.Length ? Edge : labels[i];
}
