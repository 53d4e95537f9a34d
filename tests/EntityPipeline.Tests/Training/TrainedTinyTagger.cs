using EntityPipeline.Entities.Tagging;
using EntityPipeline.Training;

namespace EntityPipeline.Tests.Training;

/// <summary>One tagger trained on <see cref="TinyCorpus"/> (a second or two), shared by the tests that need a model.</summary>
internal static class TrainedTinyTagger
{
    private static readonly Lazy<EntityTagger> Trained = new(() =>
        new TaggerTrainer(new TaggerTrainingOptions(Iterations: 20) { Features = new TaggerFeatureOptions(HashBits: 14) })
            .Train(TinyCorpus.Sentences()));

    public static EntityTagger Value => Trained.Value;
}
