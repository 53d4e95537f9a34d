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
}
