using System.Numerics;
using System.Runtime.CompilerServices;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// One pass's linear label weights, laid out feature-major (all label weights of one feature side by side), so scoring a
/// character is a few dozen contiguous vector adds. Only the features with a weight have a row: the
/// others (half the hashed slots of the shipped first pass, seven in ten of its second) share one row of zeros, which halves
/// the memory a tagger holds. The only copy of the weights a tagger holds; it and the row index are read at random, so they
/// are asked for huge pages (<see cref="HugePageArrays"/>). Probabilities are the softmax of the linear scores.
/// Immutable and thread-safe.
/// </summary>
public sealed class LinearLabelScorer
{
    private readonly int[] _rowOf;     // per feature, its row in _weights; 0 is the shared row of zeros
    private readonly float[] _weights; // rows × _labels, unpadded, then _width − _labels floats so the last row reads as whole vectors
    private readonly float[] _biases;
    private readonly int _labels;
    private readonly int _width; // labels rounded up to whole SIMD vectors: the scores read per row

    /// <summary>
    /// Weights read in blocks of whole rows: <paramref name="readRows"/> is called twice and must give the same blocks both times
    /// (the first feature of a block, then its rows' label weights, features in order): first to count the non-zero rows, then
    /// to store them.
    /// </summary>
    internal LinearLabelScorer(int dimension, ReadOnlySpan<float> biases, Action<Action<int, ReadOnlySpan<float>>> readRows)
    {
        _labels = biases.Length;
        _width = (_labels + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        _biases = new float[_width];
        biases.CopyTo(_biases);
        _rowOf = HugePageArrays.Allocate<int>(dimension);
        int rows = 1;
        readRows((_, block) => rows += CountWeighted(block, _labels));
        _weights = HugePageArrays.Allocate<float>(checked(rows * _labels + _width - _labels));
        int next = 1;
        readRows((first, block) => next = Store(first, block, next, rows));
        Validate();
    }

    // The loading's loops, compiled optimized at once: at start-up the JIT's tiering waits until methods stop being compiled
    // for the first time, so these would run unoptimized through two million rows.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CountWeighted(ReadOnlySpan<float> block, int labels)
    {
        int count = 0;
        for (int at = 0; at < block.Length; at += labels)
            if (HasWeight(block.Slice(at, labels))) count++;
        return count;
    }

    /// <summary>Stores the rows of <paramref name="block"/> that have a weight from row <paramref name="next"/> on; returns the next free row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Store(int first, ReadOnlySpan<float> block, int next, int rows)
    {
        for (int at = 0, f = first; at < block.Length; at += _labels, f++)
        {
            var row = block.Slice(at, _labels);
            if (!HasWeight(row)) continue;
            if (next == rows) throw new InvalidDataException("the weights changed between reading them twice");
            row.CopyTo(_weights.AsSpan(next * _labels, _labels));
            _rowOf[f] = next++;
        }
        return next;
    }

    /// <summary>
    /// Whether a row has a weight other than zero (NaN counts, −0 does not). A plain loop: <c>ContainsAnyExcept(0f)</c> compares
    /// floats one call at a time, and ran for a fifth of the model's loading (two million rows).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool HasWeight(ReadOnlySpan<float> row)
    {
        foreach (float v in row)
            if (v != 0f) return true;
        return false;
    }

    /// <summary>From feature-major weights without padding (dimension × labels) and the biases.</summary>
    internal LinearLabelScorer(float[] weights, float[] biases) : this(weights.Length / biases.Length, biases, add => add(0, weights))
    {
    }

    public int LabelCount => _labels;

    public int Dimension => _rowOf.Length;

    internal ReadOnlySpan<float> Biases => _biases.AsSpan(0, _labels);

    /// <summary>The label weights of feature <paramref name="feature"/>.</summary>
    internal ReadOnlySpan<float> Row(int feature) => _weights.AsSpan(_rowOf[feature] * _labels, _labels);

    /// <summary>Refuses NaN or infinite weights, so that a diverged training or a damaged file never tags.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // run once, at loading, over millions of weights
    private void Validate()
    {
        foreach (float v in _weights) if (!float.IsFinite(v)) throw new InvalidDataException("the weights contain NaN or infinity");
        foreach (float v in _biases) if (!float.IsFinite(v)) throw new InvalidDataException("the biases contain NaN or infinity");
    }

    /// <summary>A copy of the weights, feature-major without padding (dimension × labels), and of the biases.</summary>
    internal (float[] Weights, float[] Biases) Export()
    {
        var weights = new float[(long)Dimension * _labels];
        for (int f = 0; f < Dimension; f++)
            Row(f).CopyTo(weights.AsSpan(f * _labels, _labels));
        return (weights, _biases[.._labels]);
    }

    /// <summary>
    /// Writes per-character log-probabilities (n × LabelCount) for characters whose features are
    /// <paramref name="features"/> (n × <paramref name="slots"/>, −1 = absent).
    /// </summary>
    public void LogProbabilities(ReadOnlySpan<int> features, int slots, Span<float> output)
    {
        int L = _labels, n = output.Length / L, width = Vector<float>.Count;
        Span<float> sums = stackalloc float[_width];
        for (int i = 0; i < n; i++)
        {
            var row = output.Slice(i * L, L);
            if (_width == 2 * width)
                SumTwoVectors(features.Slice(i * slots, slots), sums);
            else
            {
                _biases.CopyTo(sums);
                foreach (int f in features.Slice(i * slots, slots))
                {
                    if (f < 0) continue;
                    // A row is read as whole vectors: the sums past the labels take the next row's first weights, and are never read.
                    var w = _weights.AsSpan(_rowOf[f] * L, _width);
                    for (int v = 0; v < _width; v += width)
                        (new Vector<float>(sums[v..]) + new Vector<float>(w[v..])).CopyTo(sums[v..]);
                }
            }
            sums[..L].CopyTo(row);
            float max = float.NegativeInfinity;
            foreach (float s in row) max = MathF.Max(max, s);
            float sum = 0;
            foreach (float s in row) sum += MathF.Exp(s - max);
            float logZ = max + MathF.Log(sum);
            for (int y = 0; y < L; y++) row[y] -= logZ;
        }
    }

    /// <summary>
    /// The general loop above for rows of two vectors (13 labels in 8-float vectors), the sums kept in registers rather than
    /// stored and reloaded after every feature: the same additions in the same order, so the same floats.
    /// </summary>
    private void SumTwoVectors(ReadOnlySpan<int> features, Span<float> sums)
    {
        int L = _labels, width = Vector<float>.Count;
        var weights = _weights.AsSpan();
        var low = new Vector<float>(_biases);
        var high = new Vector<float>(_biases.AsSpan(width));
        foreach (int f in features)
        {
            if (f < 0) continue;
            var w = weights.Slice(_rowOf[f] * L, 2 * width);
            low += new Vector<float>(w);
            high += new Vector<float>(w[width..]);
        }
        low.CopyTo(sums);
        high.CopyTo(sums[width..]);
    }
}
