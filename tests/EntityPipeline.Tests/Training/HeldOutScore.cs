using EntityPipeline.Entities.Tagging;
using EntityPipeline.Evaluation;

namespace EntityPipeline.Tests.Training;

/// <summary>
/// Whether a tagger trained on <see cref="TinyCorpus.Sentences"/> learnt something: its micro F1 on
/// <see cref="TinyCorpus.HeldOut"/>, whose people, places and organisations it never saw, through run's stages.
/// </summary>
internal static class HeldOutScore
{
    /// <summary>
    /// A trainer that learnt nothing scores 0 (all-O tags nothing; one trained on labels unrelated to the text tags nothing
    /// right); the tiny taggers (the perceptron, one or two passes, and their refinements) score 1.
    /// </summary>
    public const double Bar = 0.8;

    public static double F1(EntityTagger tagger) =>
        CorpusEvaluator.Evaluate(tagger, TinyCorpus.HeldOut(), "held-out").Evaluation.Report().Micro.F1;

    public static void AssertLearnt(EntityTagger tagger, string what)
    {
        double f1 = F1(tagger);
        Assert.True(f1 >= Bar, $"{what}: micro F1 {f1:F3} on held-out sentences, below {Bar}");
    }
}
