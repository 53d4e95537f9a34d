using System.Text;
using EntityPipeline.Cli;
using EntityPipeline.Input;
using EntityPipeline.Output;
using EntityPipeline.Output.Workbook;
using EntityPipeline.Tests.Output;
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
        Assert.Contains("- tagged as corrected: 2 sentences", card); // the article's two sentences, reviewed as one document

        // 4. run again with the new model: the corrections come out
        var second = work.File("run2");
        Assert.Equal(0, CliApp.Run(["run", work.File("in"), "--out", second, "--model", corrected, "--no-figures"]));
        var found = Found(second);
        Assert.Contains(("粤港澳大湾区", "LOC"), found);
        Assert.Contains(("华为公司", "LOC"), found);
        Assert.Contains(("王建国", "PER"), found);
        Assert.DoesNotContain(found, f => f.Item1 is "粤港澳" or "大湾" or "科技企业");
        // The corrected article reads like the text the model was refined on, so it was tagged with what it learnt; run.json
        // says so (a run with a model without a domain has no such count).
        Assert.Equal(1, RunManifest.Read(second)!.Counts["model_domain_documents"]);
        Assert.False(RunManifest.Read(first)!.Counts.ContainsKey("model_domain_documents"));
    }

    /// <summary>
    /// The README's loop over two rounds, each in its own folder: round 2 reviews new articles with the model round 1 made,
    /// and trains that model again on both rounds' corrections. What round 1 taught still comes out, and round 2's lesson too.
    /// </summary>
    [Fact]
    public void A_second_round_refines_the_refined_model_on_both_rounds_and_keeps_what_the_first_taught()
    {
        using var work = new TempFolder();
        work.Write("round1/article.txt", Encoding.UTF8.GetBytes(Article));
        work.Write("round2/bridge.txt", Encoding.UTF8.GetBytes("李小龙昨天在南京长江大桥上散步。\n"));
        var baseModel = work.File("base.zip");
        TrainedTinyTagger.Value.Save(baseModel);
        string[] iterations = ["--recipe", work.Write("refine.recipe.json", """{ "refineEpochs": 3 }"""u8.ToArray())]; // a model trained on 48 sentences, as above

        // Round 1: run, correct, train on top of the base model.
        Assert.Equal(0, CliApp.Run(["run", work.File("round1"), "--out", work.File("r1"), "--model", baseModel, "--no-figures"]));
        Correct(work.File("r1"), "article.txt", 1, "粤港澳大湾区", "LOC", remove: t => "粤港澳大湾区".Contains(t) || t == "科技企业", retype: ("华为公司", "LOC"));
        Assert.Equal(0, CliApp.Run(["train", "--corrections", work.File("r1"), "--base-model", baseModel, "--out", work.File("m1.zip"), .. iterations]));

        // Round 2: new articles with round 1's model, corrected, then that model trained again on both rounds' corrections.
        Assert.Equal(0, CliApp.Run(["run", work.File("round2"), "--out", work.File("r2"), "--model", work.File("m1.zip"), "--no-figures"]));
        Correct(work.File("r2"), "bridge.txt", 0, "南京长江大桥", "LOC", remove: t => "南京长江大桥".Contains(t));
        Assert.Equal(0, CliApp.Run(["train", "--corrections", work.File("r2"), "--corrections", work.File("r1"), "--base-model", work.File("m1.zip"), "--out", work.File("m2.zip"), .. iterations]));

        Assert.Equal(0, CliApp.Run(["run", work.File("round1"), "--out", work.File("check1"), "--model", work.File("m2.zip"), "--no-figures"]));
        var first = Found(work.File("check1"));
        Assert.Contains(("粤港澳大湾区", "LOC"), first);
        Assert.Contains(("华为公司", "LOC"), first);
        Assert.Contains(("王建国", "PER"), first);
        Assert.DoesNotContain(first, f => f.Text is "粤港澳" or "大湾" or "科技企业");
        Assert.Equal(0, CliApp.Run(["run", work.File("round2"), "--out", work.File("check2"), "--model", work.File("m2.zip"), "--no-figures"]));
        Assert.Contains(("南京长江大桥", "LOC"), Found(work.File("check2")));
    }

    /// <summary>A user's review of entities.csv: rows removed, a type changed, an entity added without offsets; saved as Excel does.</summary>
    private static void Correct(string folder, string docId, int sentence, string add, string addType, Func<string, bool> remove, (string Text, string Type)? retype = null)
    {
        var path = Path.Combine(folder, TableNames.Entities);
        var table = CsvTable.Read(path);
        int text = table.IndexOf("text"), type = table.IndexOf("type");
        var rows = table.Rows.Select(r => r.Fields.ToArray()).ToList();
        rows.RemoveAll(r => r[text].Length > 0 && remove(r[text]));
        foreach (var r in rows.Where(r => r[text] == retype?.Text)) r[type] = retype!.Value.Type;
        var added = new string[table.Header.Count];
        Array.Fill(added, "");
        added[table.IndexOf("doc_id")] = docId;
        added[table.IndexOf("sentence_id")] = sentence.ToString();
        added[text] = add;
        added[type] = addType;
        rows.Add(added);
        SaveAsExcelDoes(path, table.Header, rows);
    }

    private static List<(string Text, string Type)> Found(string folder)
    {
        var entities = CsvTable.Read(Path.Combine(folder, TableNames.Entities));
        return [.. entities.Rows.Select(r => (r.Get(entities.IndexOf("text")), r.Get(entities.IndexOf("type"))))];
    }

    [Fact]
    public void Corrections_made_on_the_review_sheet_come_out_of_the_next_run()
    {
        using var work = new TempFolder();
        work.Write("in/article.txt", Encoding.UTF8.GetBytes(Article));
        var baseModel = work.File("base.zip");
        TrainedTinyTagger.Value.Save(baseModel);
        var first = work.File("run1");
        Assert.Equal(0, CliApp.Run(["run", work.File("in"), "--out", first, "--model", baseModel, "--no-figures"]));

        // Review every row as the CSV loop does: delete the region's parts and a non-entity, retype 华为公司, add the region
        var workbook = Path.Combine(first, TableNames.Workbook);
        var review = WorkbookTestKit.ReadSheet(workbook, WorkbookSheets.Review);
        var edits = new List<(int, string, string)>();
        foreach (var row in review.Rows)
        {
            var mention = row.Get(review.IndexOf(ReviewColumns.Mention));
            if ("粤港澳大湾区".Contains(mention) || mention == "科技企业") edits.Add((row.Line, ReviewColumns.Type, ReviewColumns.Delete));
            if (mention == "华为公司") edits.Add((row.Line, ReviewColumns.Type, "LOC"));
            edits.Add((row.Line, ReviewColumns.Reviewed, "yes"));
        }
        int added = review.Rows.Max(r => r.Line) + 1;
        edits.AddRange([(added, ReviewColumns.Mention, "粤港澳大湾区"), (added, ReviewColumns.Type, "LOC"), (added, ReviewColumns.Reviewed, "yes"),
            (added, ReviewColumns.DocId, "article.txt"), (added, ReviewColumns.SentenceId, "1")]);
        WorkbookTestKit.EditReview(workbook, [.. edits]);

        var corrected = work.File("corrected.zip");
        var recipe = work.Write("refine.recipe.json", """{ "refineEpochs": 3 }"""u8.ToArray());
        Assert.Equal(0, CliApp.Run(["train", "--corrections", workbook, "--base-model", baseModel, "--out", corrected, "--recipe", recipe]));

        var second = work.File("run2");
        Assert.Equal(0, CliApp.Run(["run", work.File("in"), "--out", second, "--model", corrected, "--no-figures"]));
        var found = Found(second);
        Assert.Contains(("粤港澳大湾区", "LOC"), found);
        Assert.Contains(("华为公司", "LOC"), found);
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
