using System.Text;
using EntityPipeline.Documents;
using EntityPipeline.Input;
using EntityPipeline.Output;
using EntityPipeline.Processing;

namespace EntityPipeline.Tests.Output;

public sealed class TableWriterTests
{
    /// <summary>Writes one document whose only sentence is its whole text, and completes the tables.</summary>
    private static void WriteOneSentence(string folder, string docId, string text)
    {
        var doc = new Document(docId, text);
        doc.SetSentences([new Sentence(0, 0, text.Length)]);
        using var writer = new TableWriter(folder);
        writer.Write(new DocumentResult(new SourceFile(docId, "/in/" + docId), doc, "utf-8", DocumentStatus.Ok, ""));
        writer.Complete();
    }

    [Fact]
    public void Chinese_commas_quotes_and_newlines_round_trip_through_the_writer_and_reader()
    {
        // Given a document whose sentence holds every character CSV must quote
        var text = "他说：\"你好，世界\"\n第二行，逗号";
        var docId = "a,b \"c\".txt";
        using var output = new TempFolder();

        // When it is written and read back
        WriteOneSentence(output.Path, docId, text);
        var sentences = CsvTable.Read(output.File(TableNames.Sentences));

        // Then every field is the same
        var row = Assert.Single(sentences.Rows);
        Assert.Equal(docId, row.Fields[0]);
        Assert.Equal(text, row.Fields[sentences.IndexOf("text")]);
    }

    [Fact]
    public void The_written_text_is_exact_rfc4180_with_crlf_and_a_bom()
    {
        var text = "A,\"B\"";
        using var output = new TempFolder();

        WriteOneSentence(output.Path, "d.txt", text);

        var bytes = File.ReadAllBytes(output.File(TableNames.Sentences));
        Assert.Equal("\uFEFFdoc_id,sentence_id,start,end,text\r\nd.txt,0,0,5,\"A,\"\"B\"\"\"\r\n", Encoding.UTF8.GetString(bytes));
    }

    [Theory]
    [InlineData("=SUM(A1:A2)")]
    [InlineData("+86 10 1234")]
    [InlineData("-1")]
    [InlineData("@cmd")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_is_escaped(string text)
    {
        using var output = new TempFolder();

        WriteOneSentence(output.Path, "f.txt", text);

        var line = File.ReadAllLines(output.File(TableNames.Sentences))[1];
        Assert.DoesNotContain("," + text, line);
        Assert.Contains("'" + text, line);
    }

    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("-3月", "'-3月")]
    [InlineData("'=x", "''=x")]   // text's own quote before a formula character: one more, so that undoing is exact
    [InlineData("'引号'", "'引号'")]
    [InlineData("上海", "上海")]
    [InlineData("", "")]
    public void Unescape_cell_gives_back_exactly_the_text_that_was_escaped(string text, string written)
    {
        Assert.Equal(written, TableFormat.Text(text));
        Assert.Equal(text, TableFormat.UnescapeCell(written));
    }

    [Fact]
    public void A_negative_number_stays_a_number_while_a_computed_cell_that_is_no_number_is_escaped_like_text()
    {
        // Given a negative value (零下5摄氏度), a computed unit that starts with '-' and a metric text that does
        var text = "-零下5摄氏度";
        var doc = new Document("v.txt", text);
        doc.SetSentences([new Sentence(0, 0, text.Length)]);
        doc.SetFigures([new Figure(1, 7, FigureKind.QUANTITY, "-5", "-1.5", "-u", Qualifier.Exact, "-x", "", "")]);
        using var output = new TempFolder();

        using (var writer = new TableWriter(output.Path))
        {
            writer.Write(new DocumentResult(new SourceFile("v.txt", "v.txt"), doc, "utf-8", DocumentStatus.Ok, ""));
            writer.Complete();
        }

        var line = File.ReadAllLines(output.File(TableNames.Figures))[1];
        Assert.Equal("v.txt,0,1,7,零下5摄氏度,QUANTITY,-5,'-u,exact,'-x,,,-1.5", line);
    }

    [Theory]
    [InlineData("-3.5", "-3.5")]
    [InlineData("22100000000000", "22100000000000")]
    [InlineData("XXXX-11-30", "XXXX-11-30")]
    [InlineData("--11-30", "'--11-30")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("-", "'-")]
    public void Computed_cells_escape_whatever_is_no_number(string cell, string written) =>
        Assert.Equal(written, TableFormat.Computed(cell));

    [Fact]
    public void Without_complete_no_table_appears_and_older_tables_stay()
    {
        using var output = new TempFolder();
        File.WriteAllText(output.File(TableNames.Documents), "older");

        using (var writer = new TableWriter(output.Path))
        {
            var doc = new Document("x.txt", "上海。");
            doc.SetSentences([new Sentence(0, 0, 3)]);
            writer.Write(new DocumentResult(new SourceFile("x.txt", "x.txt"), doc, "utf-8", DocumentStatus.Ok, ""));
            // interrupted: no Complete()
        }

        Assert.Equal("older", File.ReadAllText(output.File(TableNames.Documents)));
        Assert.False(File.Exists(output.File(TableNames.Sentences)));
        Assert.Empty(output.Files("*.tmp"));
    }

    [Fact]
    public void The_summary_counts_documents_and_mentions_per_normalized_name()
    {
        using var output = new TempFolder();
        using (var writer = new TableWriter(output.Path))
        {
            foreach (var (id, text) in new[] { ("1.txt", "上海和上海"), ("2.txt", "上海") })
            {
                var doc = new Document(id, text);
                doc.SetSentences([new Sentence(0, 0, text.Length)]);
                doc.SetMentions([.. Enumerable.Range(0, text.Length / 2).Select(i => new Mention(i * 3, i * 3 + 2, EntityType.LOC, MentionSource.Model, 0.9))]);
                writer.Write(new DocumentResult(new SourceFile(id, id), doc, "utf-8", DocumentStatus.Ok, ""));
            }
            writer.Complete();
        }

        var summary = CsvTable.Read(output.File(TableNames.EntitySummary));
        var row = Assert.Single(summary.Rows);
        Assert.Equal(["LOC", "上海", "2", "3"], row.Fields);
    }

    [Fact]
    public void Warming_up_leaves_nothing_behind()
    {
        // Given a folder to warm up in
        using var folder = new TempFolder();

        // When the writing code is warmed up there, twice (as two runs could in one temporary folder)
        TableWriter.WarmUp(folder.Path);
        TableWriter.WarmUp(folder.Path);

        // Then nothing is left there
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }
}
