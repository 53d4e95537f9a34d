using EntityPipeline.Output;

namespace EntityPipeline.Tests.Golden;

/// <summary>
/// `run` on the project's samples/ with the shipped model writes exactly the golden tables (<see cref="GoldenTables"/>):
/// any change in what the pipeline finds shows as differing cells here and as a diff of the golden tables when they are
/// regenerated (UPDATE_GOLDEN=1, CONTRIBUTING.md).
/// </summary>
public sealed class GoldenTablesTests
{
    private const int Shown = 20;

    [Fact]
    public void Run_on_the_samples_writes_the_golden_tables()
    {
        // SamplesRun runs `run <samples> --out <folder>` with the shipped model, once for the tests that read its tables.
        if (GoldenTables.Updating)
        {
            foreach (var table in TableNames.All) GoldenTables.Write(table, SamplesRun.File(table));
            return;
        }
        var differences = TableNames.All.SelectMany(table => GoldenTables.Differences(table, SamplesRun.File(table))).ToList();
        Assert.True(differences.Count == 0,
            $"{differences.Count} cell(s) differ from the golden tables in {GoldenTables.Folder}; the first {Math.Min(Shown, differences.Count)}:\n"
            + string.Join('\n', differences.Take(Shown))
            + $"\nIf the change is intended, regenerate them ({GoldenTables.UpdateVariable}=1, CONTRIBUTING.md) and review the diff.");
    }
}
