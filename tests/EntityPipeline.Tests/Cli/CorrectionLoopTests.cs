using System.Text;
using EntityPipeline.Cli;
using EntityPipeline.Input;
using EntityPipeline.Output;
using EntityPipeline.Tests.Training;

namespace EntityPipeline.Tests.Cli;

/// <summary>
/// The loop users asked for, as they do it: run → open entities.csv in a spreadsheet → fix it → save
/// (Excel on a Chinese Windows: GB18030, semicolons) → train on the corrections → run again.
/// </summary>
public sealed class CorrectionLoopTests
{
    private const string Article =
        "记者从杭州获悉，王建国将加入清华大学。\n" +
        "粤港澳大湾区的科技企业赵明来到深圳参观了华为公司。\n";

    /// <param name="twoPass">A two-pass base (as shipped: only its second pass is refined), refined with articles to rehearse.</param>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Corrected_entities_come_out_of_the_next_run(bool twoPass)
    {
        using var work = new TempFolder();
        var input = work.Write("in/article.txt", Encoding.UTF8.GetBytes(Article));
        work.Write("other/news.txt", Encoding.UTF8.GetBytes("张伟昨天在北京参观了清华大学。记者从上海获悉，李娜将加入中国银行。\n"));
        var baseModel = work.File("base.zip");
        (twoPass ? TrainedTinyTagger.TwoPass : TrainedTinyTagger.Value).Save(baseModel);
        var first = work.File("run1");

        // 1. run with the base model
        Assert.Equal(0, CliApp.Run(["run", work.File("in"), "--out", first, "--model", baseModel, "--no-figures"]));

        // 2. edit entities.csv as a user would, and re-save it as Excel does on a Chinese Windows
        var table = CsvTable.Read(Path.Combine(first, TableNames.Entities));
        int text = table.IndexOf("text"), type = table.IndexOf("type");
        var rows = table.Rows.Select(r => r.Fields.ToArray()).ToList();
        // Delete what is wrong: any span inside the region, which models tag in parts (粤港澳 as three one-character places,
        // 澳大湾区 …) or whole (it is re-added below without offsets), and a non-entity.
        rows.RemoveAll(r => r[text].Length > 0 && "粤港澳大湾区".Contains(r[text]) || r[text] == "科技企业");
        foreach (var r in rows.Where(r => r[text] == "华为公司")) r[type] = "LOC";              // change a type (a deliberate choice the model must learn)
        var added = new string[table.Header.Count];
        Array.Fill(added, "");
        added[table.IndexOf("doc_id")] = "article.txt";
        added[table.IndexOf("sentence_id")] = "1";
        added[text] = "粤港澳大湾区";
        added[type] = "LOC";
        rows.Add(added);                                                                     // add a row without offsets
        SaveAsExcelDoes(Path.Combine(first, TableNames.Entities), table.Header, rows);

        // 3. train on the corrections, on top of the base model
        var corrected = work.File("corrected.zip");
        // A model trained on 48 sentences needs more than the one epoch that refines the shipped model (README): a recipe says so.
        var recipe = work.Write("refine.recipe.json", """{ "refineEpochs": 3 }"""u8.ToArray());
        string[] rehearse = [.. twoPass ? ["--rehearse", work.File("other")] : Array.Empty<string>(), "--recipe", recipe];
        Assert.Equal(0, CliApp.Run(["train", "--corrections", first, "--base-model", baseModel, "--out", corrected, .. rehearse]));
        var card = File.ReadAllText(Path.ChangeExtension(corrected, ".card.md"));
        Assert.Contains("## Corrections", card);
        Assert.Equal(twoPass, card.Contains("| rehearsal: "));

        // 4. run again with the new model: the corrections come out
        var second = work.File("run2");
        Assert.Equal(0, CliApp.Run(["run", work.File("in"), "--out", second, "--model", corrected, "--no-figures"]));
        var entities = CsvTable.Read(Path.Combine(second, TableNames.Entities));
        var found = entities.Rows.Select(r => (r.Get(entities.IndexOf("text")), r.Get(entities.IndexOf("type")))).ToList();
        Assert.Contains(("粤港澳大湾区", "LOC"), found);
        Assert.Contains(("华为公司", "LOC"), found);
        Assert.Contains(("王建国", "PER"), found);
        Assert.DoesNotContain(found, f => f.Item1 is "粤港澳" or "大湾" or "科技企业");
    }

    [Fact]
    public void Bad_corrections_are_refused_before_training_and_no_model_is_written()
    {
        using var work = new TempFolder();
        work.Write("c/sentences.csv", Encoding.UTF8.GetBytes("doc_id,sentence_id,start,end,text\r\na.txt,0,0,5,北京很大。\r\n"));
        work.Write("c/entities.csv", Encoding.UTF8.GetBytes("doc_id,sentence_id,start,end,text,type\r\na.txt,0,,,上海,LOC\r\na.txt,0,0,2,北京,CITY\r\n"));
        var baseModel = work.File("base.zip");
        TrainedTinyTagger.Value.Save(baseModel);
        var output = work.File("new.zip");

        var exit = CliApp.Run(["train", "--corrections", work.File("c"), "--base-model", baseModel, "--out", output]);

        Assert.Equal(1, exit);
        Assert.False(File.Exists(output));
    }

    private static void SaveAsExcelDoes(string path, IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        static string Cell(string v) => v.Contains(';') || v.Contains('"') ? "\"" + v.Replace("\"", "\"\"") + "\"" : v;
        var lines = new[] { string.Join(';', header) }.Concat(rows.Select(r => string.Join(';', r.Select(Cell))));
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n", CodePagesEncoding.Gb18030);
    }
}
