using EntityPipeline.Entities.Tagging;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace EntityPipeline.Training;

/// <summary>One character as an ML.NET training row: its BIOES label (a key; 0-based here, as LoadFromEnumerable expects), hashed features, and weight.</summary>
internal sealed class CharRow
{
    public uint Label { get; set; }
    public VBuffer<float> Features { get; set; }
    public float Weight { get; set; }

    /// <summary>The row schema: a key label over the BIOES labels and a feature vector of the hashed dimension.</summary>
    public static SchemaDefinition Schema(int dimension)
    {
        var schema = SchemaDefinition.Create(typeof(CharRow));
        schema[nameof(Label)].ColumnType = new KeyDataViewType(typeof(uint), BioesLabels.Count);
        schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        return schema;
    }
}
