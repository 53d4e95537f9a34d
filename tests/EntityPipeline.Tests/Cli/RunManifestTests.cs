using System.Text;
using EntityPipeline.Cli;
using EntityPipeline.Entities;
using EntityPipeline.Input;
using EntityPipeline.Output;

namespace EntityPipeline.Tests.Cli;

/// <summary>
/// `run` never silently replaces a user's work: run.json records each table's SHA-256, and a later run into a folder whose
/// files differ from it (corrections, say), or which holds tables but no run.json, is refused.
/// </summary>
public sealed class RunManifestTests
{
    private static readonly string Samples = Path.Combine(SharedData.RepoRoot, "samples");

    [Fact]
    public void Run_json_records_input_model_options_counts_and_each_tables_checksum()
    {
        using var work = new TempFolder();
        var before = DateTimeOffset.UtcNow;

        Assert.Equal(0, CliApp.Run(["run", Samples, "--out", work.Path, "--no-figures", "--workers", "1"]));

        var manifest = RunManifest.Read(work.Path)!;
        Assert.Equal(Path.GetFullPath(Samples), manifest.Input);
        Assert.Equal(ManifestFile.Sha256Of(DefaultModel.Path), manifest.Model!.Sha256);
        Assert.Equal("false", manifest.Options["figures"]);
        Assert.Equal("1", manifest.Options["workers"]);
        Assert.Equal(Directory.GetFiles(Samples, "*.txt", SearchOption.AllDirectories).Length, manifest.Counts["documents"]);
        Assert.InRange(manifest.Started, before, manifest.Finished);
        Assert.Equal(TableNames.Editable, manifest.Files.Select(f => f.Name));     // the workbook too
        Assert.All(manifest.Files, f => Assert.Equal(ManifestFile.Sha256Of(work.File(f.Name)), f.Sha256));
        Assert.Empty(work.Files("*.tmp"));
    }

    [Fact]
    public void An_edited_workbook_is_refused_like_an_edited_table()
    {
        using var work = new TempFolder();
        Assert.Equal(0, CliApp.Run(["run", Samples, "--out", work.Path, "--tagger", "dictionary", "--no-figures"]));
        var workbook = work.File(TableNames.Workbook);
        File.AppendAllText(workbook, "marks");   // as good as a save: the bytes differ
        var edited = File.ReadAllBytes(workbook);

        var result = CliProcess.Run("run", Samples, "--out", work.Path, "--tagger", "dictionary", "--no-figures");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("review.xlsx", result.Error);
        Assert.Equal(edited, File.ReadAllBytes(workbook));
    }

    [Fact]
    public void A_folder_whose_tables_match_its_manifest_is_written_over()
    {
        using var work = new TempFolder();
        Assert.Equal(0, CliApp.Run(["run", Samples, "--out", work.Path, "--tagger", "dictionary"]));
        var first = RunManifest.Read(work.Path)!;

        Assert.Equal(0, CliApp.Run(["run", Samples, "--out", work.Path, "--tagger", "dictionary", "--no-figures"]));

        Assert.NotEqual(first.Finished, RunManifest.Read(work.Path)!.Finished);
        Assert.Empty(CsvTable.Read(work.File(TableNames.Figures)).Rows);
    }

    [Fact]
    public void Edited_tables_are_refused_by_name_and_left_as_they_are()
    {
        using var work = new TempFolder();
        Assert.Equal(0, CliApp.Run(["run", Samples, "--out", work.Path, "--tagger", "dictionary"]));
        var entities = work.File(TableNames.Entities);
        File.AppendAllText(entities, "成渝经济观察.txt,0,,,重庆市,LOC,,,\r\n");
        var edited = File.ReadAllBytes(entities);

        var result = CliProcess.Run("run", Samples, "--out", work.Path, "--tagger", "dictionary");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: {work.Path} holds files this run would replace", result.Error);
        Assert.Contains("entities.csv: changed since the run that wrote it", result.Error);
        Assert.DoesNotContain("sentences.csv", result.Error);
        Assert.Contains($"--out {work.Path}-2", result.Error);
        Assert.Equal(edited, File.ReadAllBytes(entities));
    }

    [Fact]
    public void Tables_without_a_manifest_are_refused()
    {
        using var work = new TempFolder();
        work.Write(TableNames.Entities, Encoding.UTF8.GetBytes("doc_id,sentence_id,start,end,text,type\r\n"));

        Assert.Equal(2, CliApp.Run(["run", Samples, "--out", work.Path, "--tagger", "dictionary"]));

        Assert.Single(File.ReadAllLines(work.File(TableNames.Entities)));
        Assert.False(File.Exists(work.File(TableNames.Documents)));
    }
}
