using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// One pass's linear label weights in IEEE half precision, one row of <see cref="RowWidth"/> halves (32 bytes, the labels then
/// zeros) per hashed feature, each row aligned on 32 bytes: scoring a character reads one row per feature at random, and a row is
/// one aligned load from one cache line (a sparse layout with a row index cost two dependent cache misses per feature). The rows
/// are asked for huge pages (<see cref="HugePageArrays"/>). Scores are float sums, the bias first, then each feature's row
/// widened exactly to float, in feature order; probabilities are their softmax. Weights given as floats (training, the first file
/// format, a file in single precision) are rounded to half here, so a model tags the same before and after it is saved.
/// Immutable and thread-safe.
/// </summary>
public sealed class LinearLabelScorer
{
    /// <summary>Halves per row: the most labels a scorer holds.</summary>
    private const int RowWidth = 16;

    private readonly Half[] _rows;   // pinned; feature f's row starts at _origin + f × RowWidth
    private readonly int _origin;    // the first element on a 32-byte boundary
    private readonly float[] _biases; // RowWidth floats, zeros past the labels
    private readonly int _labels;

    /// <summary>
    /// Weights read once, in blocks of whole rows: <paramref name="readRows"/> gives each block with its first feature (the
    /// blocks in feature order, each row the label weights of one feature).
    /// </summary>
    internal LinearLabelScorer(int dimension, ReadOnlySpan<float> biases, Action<Action<int, ReadOnlySpan<Half>>> readRows)
    {
        _labels = biases.Length;
        if (_labels > RowWidth) throw new ArgumentException($"at most {RowWidth} labels, got {_labels}", nameof(biases));
        _biases = new float[RowWidth];
        biases.CopyTo(_biases);
        foreach (float v in _biases) if (!float.IsFinite(v)) throw new InvalidDataException("the biases contain NaN or infinity");
        Dimension = dimension;
        _rows = HugePageArrays.Allocate<Half>(checked(dimension * RowWidth + RowWidth));
        _origin = HugePageArrays.AlignedStart(_rows, RowWidth * sizeof(short));
        readRows(Store);
    }

    /// <summary>From feature-major float weights without padding (dimension × labels), rounded to half, and the biases.</summary>
    internal LinearLabelScorer(float[] weights, float[] biases) : this(weights.Length / biases.Length, biases, add => AddRounded(weights, biases.Length, add))
    {
    }

    private static void AddRounded(float[] weights, int labels, Action<int, ReadOnlySpan<Half>> add)
    {
        var block = new Half[BlockFeatures * labels];
        for (int first = 0; first * labels < weights.Length; first += BlockFeatures)
        {
            var source = weights.AsSpan(first * labels, Math.Min(block.Length, weights.Length - first * labels));
            TensorPrimitives.ConvertToHalf(source, block);
            add(first, block.AsSpan(0, source.Length));
        }
    }

    private const int BlockFeatures = 4096;

    /// <summary>
    /// Stores the rows of <paramref name="block"/> from feature <paramref name="first"/> on. A row without a weight other than ±0 is
    /// left +0 (so that −0 never reaches a sum); NaN or infinity is refused, so that a diverged training or a damaged file never tags.
    /// </summary>
    // Compiled optimized at once: at start-up the JIT's tiering waits until methods stop being compiled for the first time, so
    // this would run unoptimized through two million rows.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Store(int first, ReadOnlySpan<Half> block)
    {
        int L = _labels;
        if (block.Length % L != 0 || first < 0 || first + block.Length / L > Dimension)
            throw new InvalidDataException($"rows {first}.. do not fit {Dimension} features of {L} labels");
        var bits = MemoryMarshal.Cast<Half, ushort>(block);
        var rows = MemoryMarshal.Cast<Half, ushort>(_rows.AsSpan(_origin + first * RowWidth));
        for (int at = 0, r = 0; at < bits.Length; at += L, r += RowWidth)
        {
            var row = bits.Slice(at, L);
            bool weighted = false;
            foreach (ushort h in row)
            {
                if ((h & 0x7C00) == 0x7C00) throw new InvalidDataException("the weights contain NaN or infinity");
                weighted |= (h & 0x7FFF) != 0;
            }
            if (weighted) row.CopyTo(rows.Slice(r, L));
        }
    }

    public int LabelCount => _labels;

    public int Dimension { get; }

    internal ReadOnlySpan<float> Biases => _biases.AsSpan(0, _labels);

    /// <summary>The label weights of feature <paramref name="feature"/>.</summary>
    internal ReadOnlySpan<Half> Row(int feature) => _rows.AsSpan(_origin + feature * RowWidth, _labels);

    /// <summary>A copy of the weights as floats, feature-major without padding (dimension × labels), and of the biases.</summary>
    internal (float[] Weights, float[] Biases) Export()
    {
        var weights = new float[(long)Dimension * _labels];
        for (int f = 0; f < Dimension; f++)
            TensorPrimitives.ConvertToSingle(Row(f), weights.AsSpan(f * _labels, _labels));
        return (weights, _biases[.._labels]);
    }

    /// <summary>
    /// Writes per-character log-probabilities (n × LabelCount) for characters whose features are
    /// <paramref name="features"/> (n × <paramref name="slots"/>, −1 = absent).
    /// </summary>
    public void LogProbabilities(ReadOnlySpan<int> features, int slots, Span<float> output)
    {
        int L = _labels, n = output.Length / L;
        Span<float> sums = stackalloc float[RowWidth];
        for (int i = 0; i < Math.Min(n, Ahead); i++) Prefetch(features.Slice(i * slots, slots));
        for (int i = 0; i < n; i++)
        {
            if (i + Ahead < n) Prefetch(features.Slice((i + Ahead) * slots, slots));
            Sum(features.Slice(i * slots, slots), sums);
            var row = output.Slice(i * L, L);
            sums[..L].CopyTo(row);
            float max = float.NegativeInfinity;
            foreach (float s in row) max = MathF.Max(max, s);
            float sum = 0;
            foreach (float s in row) sum += MathF.Exp(s - max);
            float logZ = max + MathF.Log(sum);
            for (int y = 0; y < L; y++) row[y] -= logZ;
        }
    }

    /// <summary>How many characters ahead of the sums their rows are asked for (<see cref="Prefetch"/>).</summary>
    private const int Ahead = 2;

    /// <summary>The bias plus the rows of <paramref name="features"/>, in their order, label by label; the sums kept in registers.</summary>
    private void Sum(ReadOnlySpan<int> features, Span<float> sums)
    {
        ref short rows = ref Unsafe.As<Half, short>(ref MemoryMarshal.GetArrayDataReference(_rows));
        var low = Vector256.Create<float>(_biases);
        var high = Vector256.Create<float>(_biases.AsSpan(Vector256<float>.Count));
        foreach (int f in features)
        {
            if (f < 0) continue;
            var row = Vector256.LoadUnsafe(ref rows, (nuint)(_origin + f * RowWidth));
            low += Widen(Vector256.WidenLower(row));
            high += Widen(Vector256.WidenUpper(row));
        }
        low.CopyTo(sums);
        high.CopyTo(sums[Vector256<float>.Count..]);
    }

    /// <summary>
    /// Asks for the rows of a character's <paramref name="features"/> ahead of summing them: each row is a cache miss, and issued
    /// two characters early (about a hundred rows) they overlap the sums in between (tagging 0.56 → 0.46 s on 1,000 short articles,
    /// docs/performance.md). Only where the processor has the instruction.
    /// </summary>
    private unsafe void Prefetch(ReadOnlySpan<int> features)
    {
        if (!Sse.IsSupported) return;
        ref Half rows = ref MemoryMarshal.GetArrayDataReference(_rows); // pinned: the address stays
        foreach (int f in features)
            if (f >= 0) Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref rows, _origin + f * RowWidth)));
    }

    /// <summary>
    /// Halves (sign-extended to 32 bits) to floats, exactly: the exponent and mantissa shifted into a float's places, the sign
    /// moved to its, then scaled by 2^(127 − 15) to move the exponent's bias; a half subnormal becomes a float subnormal the scaling
    /// makes normal. Infinity and NaN never reach here (<see cref="Store"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Widen(Vector256<int> halves) =>
        (halves << 13 & Vector256.Create(unchecked((int)0x8FFFE000))).AsSingle() * Vector256.Create(ExponentShift);

    private static readonly float ExponentShift = MathF.ScaleB(1, 127 - 15);
}
