using System.Reflection;
using EntityPipeline.Entities.Tagging;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace EntityPipeline.Training;

/// <summary>
/// Wraps weights trained outside ML.NET's trainers (<see cref="StructuredPerceptron"/>) in ML.NET's maximum-entropy model
/// parameters and prediction transformer, so the model file stays an ML.NET artifact that <c>MLContext.Model.Load</c> reads.
/// ML.NET has no public constructor for them; its internal ones are called by reflection (pinned package version; a test
/// saves, reloads and compares scores).
/// </summary>
internal static class LinearModelBuilder
{
    public static MulticlassPredictionTransformer<MaximumEntropyModelParameters> Create(MLContext ml, float[] weights, float[] biases, int dimension, DataViewSchema schema)
    {
        int L = biases.Length;
        var perClass = new VBuffer<float>[L];
        for (int y = 0; y < L; y++)
        {
            var indices = new List<int>();
            var values = new List<float>();
            for (int f = 0; f < dimension; f++)
            {
                float v = weights[(long)f * L + y];
                if (v == 0) continue;
                indices.Add(f);
                values.Add(v);
            }
            perClass[y] = new VBuffer<float>(dimension, indices.Count, values.ToArray(), indices.ToArray());
        }
        var labels = Enumerable.Range(0, L).Select(BioesLabels.Name).ToArray();
        var parameters = (MaximumEntropyModelParameters)Construct(typeof(MaximumEntropyModelParameters),
            p => p.Length == 7 && p[1] == typeof(VBuffer<float>[]) && p[2] == typeof(float[]),
            [ml, perClass, biases, L, dimension, labels, null]);
        return (MulticlassPredictionTransformer<MaximumEntropyModelParameters>)Construct(typeof(MulticlassPredictionTransformer<MaximumEntropyModelParameters>),
            p => p.Length == 7 && p[1] == typeof(MaximumEntropyModelParameters) && p[2] == typeof(DataViewSchema),
            [ml, parameters, schema, nameof(CharRow.Features), nameof(CharRow.Label), "Score", "PredictedLabel"]);
    }

    /// <summary>Calls the constructor of <paramref name="type"/> whose parameter types <paramref name="matches"/>; ML.NET's own errors come through unwrapped.</summary>
    private static object Construct(Type type, Func<Type[], bool> matches, object?[] arguments)
    {
        const BindingFlags Flags = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;
        var constructor = type.GetConstructors(Flags).FirstOrDefault(c => matches([.. c.GetParameters().Select(p => p.ParameterType)]))
            ?? throw new InvalidOperationException($"this ML.NET version has no {type.Name} constructor the perceptron can store its weights with: train with --trainer sdca");
        return constructor.Invoke(BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);
    }
}
