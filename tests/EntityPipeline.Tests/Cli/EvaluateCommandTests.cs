using System.Text;
using System.Text.RegularExpressions;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

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
        var output = Regex.Replace(result.Output, @"\s+", " "); // the console wraps long lines, even inside the model's path
        Assert.Matches(@"gold\.tsv: micro F1 [0-9.]+, .+? without products [0-9.]+; difference [-+0-9.]+, 95% paired interval [-+0-9.]+ to [-+0-9.]+", output);
        Assert.Matches(@"gold\.tsv: latin F1 [0-9.]+, .+? without products [0-9.]+; difference [-+0-9.]+, 95% paired interval [-+0-9.]+ to [-+0-9.]+", output);
    }

    [Fact]
    public void A_model_is_compared_with_jieba_s_POS_tags_by_the_same_paired_interval()
    {
        using var folder = new TempFolder();
        folder.Write("docs/a.txt", Encoding.UTF8.GetBytes("张伟昨天在上海参观了华为公司。李娜将加入北京大学。"));
        folder.Write("gold.tsv", Encoding.UTF8.GetBytes("doc_id\tstart\tend\ttype\ttext\na.txt\t0\t2\tPER\t张伟\na.txt\t5\t7\tLOC\t上海\n"));

        var compared = CliProcess.Run("evaluate", "--gold", folder.File("gold.tsv"), "--docs", folder.File("docs"), "--compare", "dictionary",
            "--errors", folder.File("errors.csv"));
        var refused = CliProcess.Run("evaluate", "--gold", folder.File("gold.tsv"), "--docs", folder.File("docs"), "--compare", "dictionary",
            "--compare-rules-off", "products", "--errors", folder.File("errors.csv"));

        Assert.True(compared.ExitCode == 0, compared.Error);
        Assert.Matches(@"gold\.tsv: micro F1 [0-9.]+, jieba's POS tags [0-9.]+; difference [-+0-9.]+, 95% paired interval [-+0-9.]+ to [-+0-9.]+",
            Regex.Replace(compared.Output, @"\s+", " "));
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("dictionary baseline has none", refused.Error + refused.Output);
    }

    [Fact]
    public void Units_written_by_one_evaluation_are_compared_by_another_of_the_same_data_and_refused_for_other_data()
    {
        using var folder = new TempFolder();
        folder.Write("docs/a.txt", Encoding.UTF8.GetBytes("张伟昨天在上海参观了华为公司。李娜将加入北京大学。"));
        folder.Write("gold.tsv", Encoding.UTF8.GetBytes("doc_id\tstart\tend\ttype\ttext\na.txt\t0\t2\tPER\t张伟\na.txt\t5\t7\tLOC\t上海\n"));
        folder.Write("other.tsv", Encoding.UTF8.GetBytes("doc_id\tstart\tend\ttype\ttext\na.txt\t0\t2\tPER\t张伟\n"));

        var written = CliProcess.Run("evaluate", "--gold", folder.File("gold.tsv"), "--docs", folder.File("docs"), "--units", folder.File("units.csv"),
            "--errors", folder.File("errors.csv"));
        var compared = CliProcess.Run("evaluate", "--gold", folder.File("gold.tsv"), "--docs", folder.File("docs"), "--compare-units", folder.File("units.csv"),
            "--errors", folder.File("errors.csv"));
        var refused = CliProcess.Run("evaluate", "--gold", folder.File("other.tsv"), "--docs", folder.File("docs"), "--compare-units", folder.File("units.csv"),
            "--errors", folder.File("errors.csv"));

        Assert.True(written.ExitCode == 0, written.Error);
        Assert.StartsWith("set,unit,gold,predicted,correct", File.ReadAllText(folder.File("units.csv")));
        Assert.True(compared.ExitCode == 0, compared.Error);
        Assert.Matches(@"gold\.tsv: micro F1 [0-9.]+, \S+ [0-9.]+; difference 0\.0000, 95% paired interval 0\.0000 to 0\.0000", Regex.Replace(compared.Output, @"\s+", " "));
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("units.csv", refused.Error + refused.Output);
    }

    [Fact]
    public void Untaught_scores_a_model_s_corrected_sentences_by_its_weights()
    {
        // The model was taught the gold's own sentence with 上海 as a person: as taught it scores 1/2 of 张伟 and 上海 right;
        // by its weights (the shipped model's) both.
        using var folder = new TempFolder();
        const string sentence = "张伟昨天在上海参观了。";
        folder.Write("docs/a.txt", Encoding.UTF8.GetBytes(sentence));
        folder.Write("gold.tsv", Encoding.UTF8.GetBytes("doc_id\tstart\tend\ttype\ttext\na.txt\t0\t2\tPER\t张伟\na.txt\t5\t7\tLOC\t上海\n"));
        var model = folder.File("taught.zip");
        EntityTagger.Load(EntityPipeline.Entities.DefaultModel.Require())
            .WithTaught(new TaughtSentences([(sentence, [(0, 2, EntityType.PER), (5, 7, EntityType.PER)])])).Save(model);

        string F1(params string[] extra)
        {
            var result = CliProcess.Run(["evaluate", "--model", model, "--gold", folder.File("gold.tsv"), "--docs", folder.File("docs"), "--errors", folder.File("errors.csv"), .. extra]);
            Assert.True(result.ExitCode == 0, result.Error);
            return Regex.Match(result.Output, @"│ micro .*│\s*([0-9.]+)\s*│\s*$", RegexOptions.Multiline).Groups[1].Value;
        }
        Assert.Equal("0.5000", F1());
        Assert.Equal("1.0000", F1("--untaught"));
    }
}
