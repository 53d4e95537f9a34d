using System.Numerics;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// One pass's linear label weights, laid out feature-major (all label weights of one feature side by side, padded to whole
/// SIMD vectors), so scoring a character is a few dozen contiguous adds. The only copy of the weights a tagger holds.
/// Probabilities are the softmax of the linear scores. Immutable once built, and thread-safe.
/// </summary>
public sealed class LinearLabelScorer
{
    private readonly float[] _weights;
    private readonly float[] _biases;
    private readonly int _labels;
    private readonly int _stride; // labels rounded up to whole SIMD vectors

    /// <summary>Zero weights over <paramref name="dimension"/> features, to be filled row by row (<see cref="Row"/>) by a reader.</summary>
    internal LinearLabelScorer(int dimension, ReadOnlySpan<float> biases)
    {
        _labels = biases.Length;
        _stride = (_labels + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        _biases = new float[_stride];
        biases.CopyTo(_biases);
        _weights = new float[(long)dimension * _stride];
    }

    /// <summary>From feature-major weights without padding (dimension × labels) and the biases.</summary>
    internal LinearLabelScorer(float[] weights, float[] biases) : this(weights.Length / biases.Length, biases)
    {
        for (int f = 0; f < Dimension; f++)
            weights.AsSpan(f * _labels, _labels).CopyTo(Row(f));
        Validate();
    }

    public int LabelCount => _labels;

    public int Dimension => _weights.Length / _stride;

    internal ReadOnlySpan<float> Biases => _biases.AsSpan(0, _labels);

    /// <summary>The label weights of feature <paramref name="feature"/> (a reader fills them once; afterwards they are only read).</summary>
    internal Span<float> Row(int feature) => _weights.AsSpan(feature * _stride, _labels);

    /// <summary>Refuses NaN or infinite weights, so that a diverged training or a damaged file never tags.</summary>
    internal void Validate()
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
        Span<float> sums = stackalloc float[_stride];
        for (int i = 0; i < n; i++)
        {
            _biases.CopyTo(sums);
            foreach (int f in features.Slice(i * slots, slots))
            {
                if (f < 0) continue;
                var w = _weights.AsSpan(f * _stride, _stride);
                for (int v = 0; v < _stride; v += width)
                    (new Vector<float>(sums[v..]) + new Vector<float>(w[v..])).CopyTo(sums[v..]);
            }
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
}
