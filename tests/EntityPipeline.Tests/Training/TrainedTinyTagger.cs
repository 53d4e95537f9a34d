using EntityPipeline.Entities.Tagging;
using EntityPipeline.Training;

namespace EntityPipeline.Tests.Training;

/// <summary>Taggers trained on <see cref="TinyCorpus"/> (a second or two each), shared by the tests that need a model.</summary>
internal static class TrainedTinyTagger
{
    private static readonly Lazy<EntityTagger> Trained = new(() => Train(secondPass: false));
    private static readonly Lazy<EntityTagger> TrainedTwoPass = new(() => Train(secondPass: true));

    public static EntityTagger Value => Trained.Value;

    /// <summary>A tagger with a second pass that reads the first pass's labels.</summary>
    public static EntityTagger TwoPass => TrainedTwoPass.Value;

    private static EntityTagger Train(bool secondPass) =>
        new TaggerTrainer(new TaggerTrainingOptions(Iterations: 20) { Features = new TaggerFeatureOptions(HashBits: 14, SecondPass: secondPass) })
            .Train(TinyCorpus.Sentences());
}
