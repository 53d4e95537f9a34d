using EntityPipeline.Entities.Tagging;
using EntityPipeline.Training;

namespace EntityPipeline.Tests.Training;

/// <summary>
/// Taggers trained on <see cref="TinyCorpus"/> (a second or two each), shared by the tests that need a model. Fewer feature groups
/// than the shipped recipe: with every group, 48 sentences are learnt so surely that the second pass's confidences saturate
/// (the place gazetteer and given names included: their own tests are in CharFeatureExtractorTests).
/// </summary>
internal static class TrainedTinyTagger
{
    private static readonly Lazy<EntityTagger> Trained = new(() => Train(secondPass: false));
    private static readonly Lazy<EntityTagger> TrainedTwoPass = new(() => Train(secondPass: true));

    public static EntityTagger Value => Trained.Value;

    /// <summary>A tagger with a second pass that reads the first pass's labels.</summary>
    public static EntityTagger TwoPass => TrainedTwoPass.Value;

    private static EntityTagger Train(bool secondPass) =>
        new TaggerTrainer(new TrainingRecipe { Epochs = 20, Features = new TaggerFeatureOptions(HashBits: 14, LexiconMinCount: 2, PosSource: EntityPipeline.Segmentation.PosTagging.Hmm, SecondPass: secondPass, LongNames: false, PersonCues: false, Places: false, GivenNames: false, Names: false) })
            .Train(TinyCorpus.Sentences());
}
