namespace EntityPipeline.Tests;

/// <summary>
/// The tests that time something: xunit runs this collection by itself, after the others, so that no other test's load
/// stretches what they measure.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = nameof(RunsAlone);
}
