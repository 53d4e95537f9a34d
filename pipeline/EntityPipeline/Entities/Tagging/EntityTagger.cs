using EntityPipeline.Documents;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// A trained tagger (the transformer side): the ML.NET maximum-entropy model over hashed character
/// features, with its weights read out for fast scoring. Immutable and shareable across threads; each
/// worker tags through its own <see cref="TaggingSession"/>. Trained by <c>Training.TaggerTrainer</c>.
/// </summary>
public sealed class EntityTagger
{
    private readonly MLContext _ml;

    internal EntityTagger(MLContext ml, MulticlassPredictionTransformer<MaximumEntropyModelParameters> model, DataViewSchema inputSchema, TaggerFeatureOptions features, EntityLexicon lexicon, float outsideBias = 0)
    {
        OutsideBias = outsideBias;
        _ml = ml;
        Model = model;
        InputSchema = inputSchema;
        Features = features;
        Lexicon = lexicon;
        Extractor = new CharFeatureExtractor(features, lexicon);
        Scorer = new LinearLabelScorer(model.Model, features.Dimension);
        if (Scorer.LabelCount != BioesLabels.Count)
            throw new InvalidDataException($"the model has {Scorer.LabelCount} labels, expected {BioesLabels.Count}");
    }

    public TaggerFeatureOptions Features { get; }

    /// <summary>True when the model reads jieba parts of speech: segment with POS before tagging.</summary>

    /// <summary>
    /// Added to the log-probability of O before decoding: below zero trades precision for recall. Chosen on a
    /// dev set and stored with the model.
    /// </summary>
    public float OutsideBias { get; }

    /// <summary>The same model decoded with another <see cref="OutsideBias"/>.</summary>
    public EntityTagger WithOutsideBias(float bias) => new(_ml, Model, InputSchema, Features, Lexicon, bias);

    /// <summary>The entity strings gathered from the training data (empty when the model does not use them).</summary>
    public EntityLexicon Lexicon { get; }

    internal MulticlassPredictionTransformer<MaximumEntropyModelParameters> Model { get; }
    internal DataViewSchema InputSchema { get; }
    internal CharFeatureExtractor Extractor { get; }
    internal LinearLabelScorer Scorer { get; }

    public static EntityTagger Load(string path)
    {
        var ml = new MLContext(seed: 0);
        var (model, schema, features, lexicon, outsideBias) = TaggerModelFile.Load(path, ml);
        return new EntityTagger(ml, model, schema, features, lexicon, outsideBias);
    }

    /// <summary>Writes the model to <paramref name="path"/> atomically (temporary file, then move).</summary>
    public void Save(string path) => TaggerModelFile.Save(path, _ml, Model, InputSchema, Features, Lexicon, OutsideBias);

    public TaggingSession CreateSession() => new(this);
}
