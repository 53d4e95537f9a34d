using System.Numerics;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// The trained maximum-entropy model's weights, read out of the ML.NET model parameters and laid out
/// feature-major (all label weights of one feature side by side), so scoring a character is a few dozen
/// contiguous adds instead of a trip through ML.NET's per-row machinery. Produces the same probabilities
/// as the ML.NET model (softmax of the linear scores). Immutable and thread-safe.
/// </summary>
public sealed class LinearLabelScorer
{
    private readonly float[] _weights;
    private readonly float[] _biases;
    private readonly int _labels;
    private readonly int _stride; // labels rounded up to whole SIMD vectors

    public LinearLabelScorer(MaximumEntropyModelParameters parameters, int dimension)
    {
        VBuffer<float>[] perClass = [];
        parameters.GetWeights(ref perClass, out int classes);
        _labels = classes;
        _stride = (classes + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        _biases = new float[_stride];
        parameters.GetBiases().ToArray().CopyTo(_biases, 0);
        _weights = new float[(long)dimension * _stride];
        for (int c = 0; c < classes; c++)
        {
            var values = perClass[c].GetValues();
            var indices = perClass[c].GetIndices();
            for (int k = 0; k < values.Length; k++)
            {
                int f = perClass[c].IsDense ? k : indices[k];
                _weights[(long)f * _stride + c] = values[k];
            }
        }
        if (_weights.Any(float.IsNaN) || _biases.Any(float.IsNaN) || _weights.Any(float.IsInfinity))
            throw new InvalidDataException("the model's weights contain NaN or infinity: training diverged");
    }

    public int LabelCount => _labels;

    /// <summary>A copy of the weights, feature-major without padding (dimension × labels), and of the biases.</summary>
    internal (float[] Weights, float[] Biases) Export()
    {
        int dimension = _weights.Length / _stride;
        var weights = new float[(long)dimension * _labels];
        for (long f = 0; f < dimension; f++)
            _weights.AsSpan((int)(f * _stride), _labels).CopyTo(weights.AsSpan((int)(f * _labels), _labels));
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
