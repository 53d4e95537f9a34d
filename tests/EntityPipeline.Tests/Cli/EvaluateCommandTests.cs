using System.Text;
using System.Text.RegularExpressions;

namespace EntityPipeline.Tests.Cli;

public sealed class EvaluateCommandTests
{
    [Fact]
    public void A_comparison_gives_the_paired_difference_of_micro_F1_and_of_the_latin_row()
    {
        using var folder = new TempFolder();
        folder.Write("docs/a.txt", Encoding.UTF8.GetBytes("据Reuters报道，Tim Cook在北京表示，新浪微博客户端将升级。"));
        folder.Write("gold.tsv", Encoding.UTF8.GetBytes(
            "doc_id\tstart\tend\ttype\ttext\na.txt\t1\t8\tORG\tReuters\na.txt\t11\t19\tPER\tTim Cook\na.txt\t20\t22\tLOC\t北京\na.txt\t25\t27\tORG\t新浪\n"));

        var result = CliProcess.Run("evaluate", "--gold", folder.File("gold.tsv"), "--docs", folder.File("docs"),
            "--compare-rules-off", "products", "--errors", folder.File("errors.csv"));

        Assert.True(result.ExitCode == 0, result.Error);
        var output = Regex.Replace(result.Output, @"\s+", " "); // the console wraps long lines
        Assert.Matches(@"gold\.tsv: micro F1 [0-9.]+, \S+ without products [0-9.]+; difference [-+0-9.]+, 95% paired interval [-+0-9.]+ to [-+0-9.]+", output);
        Assert.Matches(@"gold\.tsv: latin F1 [0-9.]+, \S+ without products [0-9.]+; difference [-+0-9.]+, 95% paired interval [-+0-9.]+ to [-+0-9.]+", output);
    }
}
