using System.Text;
using EntityPipeline.Cli;
using EntityPipeline.Tests.Training;

namespace EntityPipeline.Tests.Cli;

/// <summary>
/// The exit-code contract of every command, through the real process (Spectre.Console.Cli alone would exit 255): 2 when the
/// command line is wrong, with one "error: " line on standard error that names the file or option and what to do.
/// </summary>
public sealed class ExitCodeTests : IDisposable
{
    private static readonly string Samples = Path.Combine(SharedData.RepoRoot, "samples");
    private readonly TempFolder _work = new();

    public ExitCodeTests()
    {
        _work.Write("not-a-model.zip", Encoding.UTF8.GetBytes("just text"));
        _work.Write("a-file", [1]);
        Directory.CreateDirectory(_work.File("empty"));
        _work.Write("empty/notes.md", Encoding.UTF8.GetBytes("# not an article"));
    }

    public void Dispose() => _work.Dispose();

    /// <summary>Each wrong command line, with what its message must say; {0} is the test's scratch folder.</summary>
    public static readonly TheoryData<string[], string> WrongCommandLines = new()
    {
        { ["run", "{0}/nowhere", "--out", "{0}/out"], "input not found: {0}/nowhere" },
        { ["run", "{samples}", "--out", "{0}/out", "--workers", "0"], "--workers must be at least 1" },
        { ["run", "{samples}", "--out", "{0}/out", "--frobnicate"], "Unknown option 'frobnicate'" },
        { ["run"], "missing required argument 'input'" },
        { ["run", "{samples}", "--out", "{0}/out", "--tagger", "xyz"], "--tagger must be 'model' or 'dictionary', not 'xyz'" },
        { ["run", "{samples}", "--out", "{0}/out", "--model", "{0}/missing.zip"], "--model: file not found: {0}/missing.zip" },
        { ["run", "{samples}", "--out", "{0}/out", "--model", "{0}/not-a-model.zip"], "{0}/not-a-model.zip is not an EntityPipeline model (" },
        { ["run", "{0}/empty", "--out", "{0}/out"], "no .txt file in {0}/empty" },
        { ["run", "{0}/a-file", "--out", "{0}/out"], "{0}/a-file is not a .txt file" },
        { ["run", "{samples}", "--out", "{0}/a-file"], "--out {0}/a-file is a file" },
        { ["run", "{samples}", "--tagger", "dictionary", "--out"], "--out needs a value" },
        { ["frobnicate"], "Unknown command 'frobnicate'" },
        { ["evaluate-figures", "--docs", "{samples}"], "--gold FILE is missing" },
        { ["evaluate", "--msra", "{0}/missing.txt"], "--msra: file not found: {0}/missing.txt" },
        { ["evaluate", "--gold", "{0}/a-file", "--docs", "{samples}", "--model", "{0}/not-a-model.zip"], "{0}/not-a-model.zip is not an EntityPipeline model (" },
        { ["train", "--corrections", "{0}/empty", "--base-model", "{0}/not-a-model.zip", "--out", "{0}/new.zip"], "{0}/not-a-model.zip is not an EntityPipeline model (" },
        { ["bench", "--size", "lots"], "--size: 'lots' is not a size" },
        { ["simulate-corrections", "--sentences", "5", "--out", "{0}/out"], "--corpus, --sentences and --out are required" },
        { ["simulate-corrections", "--corpus", "{0}/missing.bio", "--sentences", "5", "--out", "{0}/out"], "--corpus: file not found: {0}/missing.bio" },
        { ["simulate-corrections", "--corpus", "{0}/a-file", "--sentences", "5", "--out", "{0}/empty"], "--out {0}/empty must be a new or empty folder" },
        { ["bench", "--shared", "{0}"], "--shared goes with --realistic" },
        { ["evaluate", "--gold", "{0}/a-file", "--docs", "{samples}", "--rules-off", "names"], "--rules-off: 'names' is not a list of rules; the rules are abbreviations, reduplication, facilities, division-chains, bodies, person-names, companies, directions, emoticons, brackets, departments, products, glosses, latin-lists, generic-bodies, known-companies, latin-names, all" },
        { ["bench", "--realistic", "--shared", "{0}"], "--shared: no People's Daily corpus at {0}/corpora" },
    };

    [Theory]
    [MemberData(nameof(WrongCommandLines))]
    public void A_wrong_command_line_exits_2_with_one_error_line_that_says_what_is_wrong(string[] args, string message)
    {
        string Fill(string s) => s.Replace("{0}", _work.Path).Replace("{samples}", Samples);

        var result = CliProcess.Run([.. args.Select(Fill)]);

        Assert.True(result.ExitCode == 2, $"exit {result.ExitCode}: {result.Error}{result.Output}");
        Assert.StartsWith("error: ", result.Error);
        Assert.Contains(Fill(message), result.Error);
        Assert.False(Directory.Exists(_work.File("out")), "the output folder was created although the command line was wrong");
    }

    [Fact]
    public void Bad_rows_in_corrections_exit_1_with_the_same_prefix_and_write_nothing()
    {
        _work.Write("c/sentences.csv", Encoding.UTF8.GetBytes("doc_id,sentence_id,start,end,text\r\na.txt,0,0,5,北京很大。\r\n"));
        _work.Write("c/entities.csv", Encoding.UTF8.GetBytes("doc_id,sentence_id,start,end,text,type\r\na.txt,0,0,2,北京,CITY\r\n"));
        var baseModel = _work.File("base.zip");
        TrainedTinyTagger.Value.Save(baseModel);

        var result = CliProcess.Run("train", "--corrections", _work.File("c"), "--base-model", baseModel, "--out", _work.File("new.zip"));

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: 1 problem(s) in the corrections", result.Error);
        Assert.Contains("entities.csv", result.Error);
        Assert.False(File.Exists(_work.File("new.zip")));
    }

    [Theory]
    [InlineData("run")]
    [InlineData("train")]
    [InlineData("evaluate")]
    [InlineData("evaluate-figures")]
    [InlineData("bench")]
    public void Help_of_every_command_exits_0(string command) => Assert.Equal(0, CliApp.Run([command, "--help"]));
}
