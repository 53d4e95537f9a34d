using EntityPipeline.Documents;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// A trained tagger (the transformer side): the ML.NET maximum-entropy model over hashed character
/// features, with its weights read out for fast scoring, and optionally a second model of the same kind
/// that also reads the first one's labels (<see cref="FirstPassFeatures"/>). Immutable and shareable across threads; each
/// worker tags through its own <see cref="TaggingSession"/>. Trained by <c>Training.TaggerTrainer</c>.
/// </summary>
public sealed class EntityTagger
{
    private readonly MLContext _ml;

    internal EntityTagger(MLContext ml, MulticlassPredictionTransformer<MaximumEntropyModelParameters> model, DataViewSchema inputSchema, TaggerFeatureOptions features, EntityLexicon lexicon, float outsideBias = 0,
        MulticlassPredictionTransformer<MaximumEntropyModelParameters>? secondModel = null, int secondPassFeatures = FirstPassFeatures.Version, (float First, float Second) temperatures = default)
    {
        OutsideBias = outsideBias;
        Temperatures = (temperatures.First, secondModel is null ? 0 : temperatures.Second);
        _ml = ml;
        Model = model;
        InputSchema = inputSchema;
        Features = features;
        Lexicon = lexicon;
        Extractor = new CharFeatureExtractor(features, lexicon);
        Scorer = new LinearLabelScorer(model.Model, features.Dimension);
        if (Scorer.LabelCount != BioesLabels.Count)
            throw new InvalidDataException($"the model has {Scorer.LabelCount} labels, expected {BioesLabels.Count}");
        if (secondModel is not null)
        {
            SecondModel = secondModel;
            SecondPass = new LinearLabelScorer(secondModel.Model, features.Dimension);
            Stacking = new FirstPassFeatures(features.HashBits, secondPassFeatures);
            if (SecondPass.LabelCount != BioesLabels.Count)
                throw new InvalidDataException($"the second pass has {SecondPass.LabelCount} labels, expected {BioesLabels.Count}");
        }
    }

    /// <summary>A view of <paramref name="other"/> that shares its weights (no copy): another O bias, or without the second pass.</summary>
    private EntityTagger(EntityTagger other, float outsideBias, bool keepSecondPass)
    {
        _ml = other._ml;
        Model = other.Model;
        InputSchema = other.InputSchema;
        Features = keepSecondPass ? other.Features : other.Features with { SecondPass = false };
        Lexicon = other.Lexicon;
        Extractor = other.Extractor;
        Scorer = other.Scorer;
        OutsideBias = outsideBias;
        Temperatures = (other.Temperatures.First, keepSecondPass ? other.Temperatures.Second : 0);
        if (keepSecondPass)
        {
            SecondModel = other.SecondModel;
            SecondPass = other.SecondPass;
            Stacking = other.Stacking;
        }
    }

    public TaggerFeatureOptions Features { get; }

    /// <summary>
    /// Added to the log-probability of O before decoding: below zero trades precision for recall. Chosen on a
    /// dev set and stored with the model.
    /// </summary>
    public float OutsideBias { get; }

    /// <summary>The same model decoded with another <see cref="OutsideBias"/>.</summary>
    public EntityTagger WithOutsideBias(float bias) => new(this, bias, keepSecondPass: true);

    /// <summary>The first pass alone (of a two-pass model), decoded with the same O bias: to measure what the second pass adds.</summary>
    public EntityTagger FirstPassOnly() => new(this, OutsideBias, keepSecondPass: false);

    /// <summary>
    /// The temperature each pass's perceptron scores were divided by (<see cref="Training.StructuredPerceptron"/>), kept so that a
    /// refinement goes on at the scale of its first training; 0 for a pass fitted as maximum entropy.
    /// </summary>
    internal (float First, float Second) Temperatures { get; }

    /// <summary>
    /// True when the pass a refinement refits (the second of a two-pass model, else the only one) was fitted by the perceptron,
    /// so that it can be refined as one.
    /// </summary>
    public bool RefinesAsPerceptron => (HasSecondPass ? Temperatures.Second : Temperatures.First) > 0;

    /// <summary>True when the model tags twice, the second time reading the first pass's labels.</summary>
    public bool HasSecondPass => SecondModel is not null;

    /// <summary>The entity strings gathered from the training data (empty when the model does not use them).</summary>
    public EntityLexicon Lexicon { get; }

    internal MulticlassPredictionTransformer<MaximumEntropyModelParameters> Model { get; }
    internal DataViewSchema InputSchema { get; }
    internal CharFeatureExtractor Extractor { get; }
    internal LinearLabelScorer Scorer { get; }
    internal MulticlassPredictionTransformer<MaximumEntropyModelParameters>? SecondModel { get; }
    internal LinearLabelScorer? SecondPass { get; }
    internal FirstPassFeatures? Stacking { get; }

    public static EntityTagger Load(string path)
    {
        var ml = new MLContext(seed: 0);
        var (model, schema, features, lexicon, outsideBias, second, secondPassFeatures, temperatures) = TaggerModelFile.Load(path, ml);
        return new EntityTagger(ml, model, schema, features, lexicon, outsideBias, second, secondPassFeatures, temperatures);
    }

    /// <summary>Writes the model to <paramref name="path"/> atomically (temporary file, then move).</summary>
    public void Save(string path) => TaggerModelFile.Save(path, _ml, Model, InputSchema, Features, Lexicon, OutsideBias, SecondModel, Stacking?.FeatureVersion ?? 0, Temperatures);

    public TaggingSession CreateSession() => new(this);
}
