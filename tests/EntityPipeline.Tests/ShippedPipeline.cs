using EntityPipeline.Processing;

namespace EntityPipeline.Tests;

/// <summary>
/// The pipeline `run` builds by default (shipped model, consistency rules, figures), loaded once for the tests that
/// measure what a user gets. Its stages are safe to share across threads.
/// </summary>
internal static class ShippedPipeline
{
    private static readonly Lazy<Pipeline> Loaded = new(() => PipelineFactory.Create(new PipelineOptions()));

    public static Pipeline Value => Loaded.Value;

    private static readonly Lazy<EntityPipeline.Entities.Tagging.EntityTagger> LoadedTagger = new(() => EntityPipeline.Entities.Tagging.EntityTagger.Load(EntityPipeline.Entities.DefaultModel.Require()));

    /// <summary>The shipped tagger model, loaded once.</summary>
    public static EntityPipeline.Entities.Tagging.EntityTagger Tagger => LoadedTagger.Value;
}
