using System.Text;
using EntityPipeline.Documents;
using EntityPipeline.Training;
using EntityPipeline.Training.Corrections;

namespace EntityPipeline.Tests.Training;

public sealed class CorrectionsReaderTests
{
    // Two documents as a run writes them: a.txt has two sentences, b.txt one.
    private const string Sentences =
        "doc_id,sentence_id,start,end,text\r\n" +
        "a.txt,0,0,11,张三在上海见到了李四。\r\n" +
        "a.txt,1,11,21,上海和上海都是城市。\r\n" +
        "b.txt,0,0,5,北京很大。\r\n";

    static CorrectionsReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // The run's documents.csv for them: it tagged both (only the columns the reader needs).
    private const string Documents = "doc_id,path,encoding,chars,sentences,entities\r\na.txt,a.txt,utf-8,21,2,3\r\nb.txt,b.txt,utf-8,5,1,1\r\n";

    private static CorrectionSet Read(string entities, string sentences = Sentences, Encoding? encoding = null, string? documents = null)
    {
        using var folder = new TempFolder();
        encoding ??= new UTF8Encoding(true);
        folder.Write("entities.csv", [.. encoding.GetPreamble(), .. encoding.GetBytes(entities)]);
        folder.Write("sentences.csv", Encoding.UTF8.GetBytes(sentences));
        if (documents is not null) folder.Write("documents.csv", Encoding.UTF8.GetBytes(documents));
        return CorrectionsReader.Read(folder.Path, weight: 3);
    }

    private static string[] Problems(string entities)
    {
        var e = Assert.Throws<CorrectionsException>(() => Read(entities));
        return [.. e.Problems.Select(p => $"{p.Line}: {p.Reason}")];
    }

    [Fact]
    public void A_reviewed_document_gives_every_sentence_with_exactly_the_corrected_entities()
    {
        // Given: 张三 retyped to PER (was ORG), 李四 deleted, 上海 kept; b.txt not in the file
        var set = Read(
            "doc_id,sentence_id,start,end,text,type,normalized,source,confidence\r\n" +
            "a.txt,0,0,2,张三,PER,张三,model,0.9\r\n" +
            "a.txt,0,3,5,上海,LOC,上海,model,0.8\r\n");

        Assert.Equal(1, set.Documents);
        Assert.Equal(2, set.Sentences);
        Assert.Equal(2, set.Entities);
        Assert.Equal("张三在上海见到了李四。", set.Examples[0].Text);
        Assert.Equal<EntitySpan>([new EntitySpan(0, 2, EntityType.PER), new EntitySpan(3, 5, EntityType.LOC)], set.Examples[0].Entities);
        Assert.Empty(set.Examples[1].Entities); // the second sentence was reviewed and has none
        Assert.All(set.Examples, e => Assert.Equal(3, e.Weight));
        // b.txt is not reviewed, yet its sentence belongs to the corrected run: it must never be rehearsed
        Assert.Equal(["上海和上海都是城市。", "北京很大。", "张三在上海见到了李四。"], set.RunSentences.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_document_the_run_tagged_whose_rows_were_all_deleted_is_named_as_untaught()
    {
        // Given: b.txt's only row (北京) deleted from a plain file; documents.csv says the run tagged it
        const string rows = "doc_id,sentence_id,start,end,text,type\r\na.txt,0,0,2,张三,PER\r\n";

        var set = Read(rows, documents: Documents);

        Assert.Equal(["b.txt"], set.UntaughtDocuments);
        Assert.Equal(1, set.Documents); // still not taught: a plain file lists the documents reviewed
        Assert.Empty(Read(rows).UntaughtDocuments); // without documents.csv nothing is known
    }

    [Fact]
    public void A_plain_row_typed_delete_reviews_its_document_with_no_entity()
    {
        var set = Read("doc_id,sentence_id,start,end,text,type\r\na.txt,0,0,2,张三,PER\r\nb.txt,0,0,2,北京,delete\r\n", documents: Documents);

        Assert.Empty(set.UntaughtDocuments);
        Assert.Equal(2, set.Documents);
        Assert.Empty(set.Examples.Single(e => e.DocumentId == "b.txt").Entities);
    }

    [Fact]
    public void With_a_reviewed_column_no_document_is_named_untaught()
    {
        // Marked rows say what was reviewed; a document without rows was simply not reviewed.
        var set = Read("doc_id,sentence_id,start,end,text,type,reviewed\r\na.txt,0,0,2,张三,PER,yes\r\n", documents: Documents);

        Assert.Empty(set.UntaughtDocuments);
    }

    [Fact]
    public void A_row_without_offsets_takes_the_first_occurrence_not_already_labelled()
    {
        var set = Read(
            "doc_id,sentence_id,start,end,text,type\r\n" +
            "a.txt,1,11,13,上海,LOC\r\n" +
            "a.txt,1,,,上海,LOC\r\n");

        Assert.Equal<EntitySpan>([new EntitySpan(0, 2, EntityType.LOC), new EntitySpan(3, 5, EntityType.LOC)], set.Examples[1].Entities);
    }

    [Fact]
    public void A_spreadsheet_resave_as_gb18030_with_semicolons_reordered_and_extra_columns_and_blank_lines_reads_the_same()
    {
        var set = Read(
            "type;note;text;sentence_id;doc_id;start;end\r\n" +
            "\r\n" +
            "PER;checked;张三;0;a.txt;0;2\r\n" +
            ";;;;;;\r\n" +
            "loc;;北京;0;b.txt;;\r\n",
            encoding: Encoding.GetEncoding("GB18030"));

        Assert.Equal(2, set.Documents);
        Assert.Equal(3, set.Sentences);
        Assert.Equal<EntitySpan>([new EntitySpan(0, 2, EntityType.PER)], set.Examples[0].Entities);
        Assert.Equal<EntitySpan>([new EntitySpan(0, 2, EntityType.LOC)], set.Examples[2].Entities);
    }

    [Theory]
    // Each refusal names the line and the reason.
    [InlineData("a.txt,0,0,2,张三,XYZ", "2: unknown type 'XYZ'")]
    [InlineData("a.txt,0,,,王五,PER", "2: text '王五' not found in sentence 0")]
    [InlineData("a.txt,0,0,40,张三,PER", "2: span 0..40 out of range")]
    [InlineData("a.txt,0,0,2,张四,PER", "2: text '张四' does not match the sentence at 0..2")]
    [InlineData("c.txt,0,0,2,张三,PER", "2: unknown doc_id/sentence_id 'c.txt'/'0'")]
    [InlineData("a.txt,7,0,2,张三,PER", "2: unknown doc_id/sentence_id 'a.txt'/'7'")]
    [InlineData("a.txt,0,0,,张三,PER", "2: start/end '0'/'' must both be whole numbers")]
    public void A_bad_row_is_refused_with_its_line_and_reason(string row, string expected)
    {
        var problems = Problems("doc_id,sentence_id,start,end,text,type\r\n" + row + "\r\n");
        Assert.Contains(problems, p => p.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_quotation_mark_left_open_is_named_on_its_line_not_as_a_bad_type()
    {
        // Given an edit that left a quotation mark open on line 3: the reader takes the rest of the file as one cell
        var problems = Problems(
            "doc_id,sentence_id,start,end,text,type\r\n" +
            "a.txt,0,0,2,张三,PER\r\n" +
            "\"a.txt,0,3,5,北京,LOC\r\n" +
            "b.txt,0,0,2,北京,LOC\r\n" +
            "b.txt,0,0,2,北京,LOC\r\n");

        Assert.Equal(["3: a cell runs over 3 lines from here: a quotation mark on this line opens a cell that is not closed where it should end (delete it, or close it)"], problems);
    }

    [Fact]
    public void Overlapping_spans_are_refused_naming_both_lines()
    {
        var problems = Problems(
            "doc_id,sentence_id,start,end,text,type\r\n" +
            "a.txt,0,0,2,张三,PER\r\n" +
            "a.txt,0,1,3,三在,PER\r\n");
        Assert.Equal(["3: span 1..3 overlaps 0..2 of line 2"], problems);
    }

    [Fact]
    public void Every_problem_is_listed_not_just_the_first()
    {
        var problems = Problems(
            "doc_id,sentence_id,start,end,text,type\r\n" +
            "a.txt,0,0,2,张三,XYZ\r\n" +
            "a.txt,0,,,王五,PER\r\n" +
            "zz.txt,0,,,王五,PER\r\n");
        Assert.Equal([2, 3, 4], problems.Select(p => int.Parse(p.Split(':')[0])));
    }

    [Fact]
    public void A_missing_column_is_refused()
    {
        var problems = Problems("doc_id,sentence_id,text\r\na.txt,0,张三\r\n");
        Assert.Contains("missing column(s) type", Assert.Single(problems));
    }

    [Fact]
    public void A_formula_escaped_cell_is_read_back_as_written_text()
    {
        var set = Read(
            "doc_id,sentence_id,start,end,text,type\r\n" +
            "x.txt,0,0,3,'-上海,LOC\r\n",
            "doc_id,sentence_id,start,end,text\r\nx.txt,0,0,6,'-上海发展。\r\n");
        Assert.Equal("-上海发展。", set.Examples[0].Text);
        Assert.Equal<EntitySpan>([new EntitySpan(0, 3, EntityType.LOC)], set.Examples[0].Entities);
    }

    [Fact]
    public void With_a_reviewed_column_only_sentences_with_a_marked_row_are_examples_and_unmarked_rows_stay_as_tagged()
    {
        // Given: 张三 retyped and marked; 李四 unmarked in the same sentence; sentence 1 and b.txt unmarked
        var set = Read(
            "doc_id,sentence_id,start,end,text,type,reviewed\r\n" +
            "a.txt,0,0,2,张三,PER,yes\r\n" +
            "a.txt,0,8,10,李四,PER,\r\n" +
            "a.txt,1,11,13,上海,LOC,no\r\n" +
            "b.txt,0,0,2,北京,LOC,\r\n");

        var example = Assert.Single(set.Examples);
        Assert.Equal("张三在上海见到了李四。", example.Text);
        Assert.Equal<EntitySpan>([new EntitySpan(0, 2, EntityType.PER), new EntitySpan(8, 10, EntityType.PER)], example.Entities);
        Assert.Equal((1, 1, 2), (set.Documents, set.Sentences, set.Entities));
    }

    [Fact]
    public void With_a_reviewed_column_a_marked_delete_row_removes_its_mention_and_still_reviews_the_sentence()
    {
        var set = Read(
            "doc_id,sentence_id,start,end,text,type,reviewed\r\n" +
            "a.txt,0,0,2,张三,delete,yes\r\n" +
            "a.txt,0,8,10,李四,PER,\r\n");

        Assert.Equal<EntitySpan>([new EntitySpan(8, 10, EntityType.PER)], Assert.Single(set.Examples).Entities);
    }

    [Theory]
    // Unmarked rows teach nothing, so a change on one is refused rather than lost or trained on.
    [InlineData("a.txt,0,0,2,张三,delete,", "2: type delete on a row not marked reviewed")]
    [InlineData("a.txt,0,,,张三,PER,", "2: a row added without start/end is not marked reviewed")]
    [InlineData("a.txt,0,0,2,张三,PER,maybe", "2: reviewed 'maybe': use yes, or leave it empty")]
    [InlineData("a.txt,0,0,2,张三,PER,", "1: no row is marked reviewed")]
    public void With_a_reviewed_column_a_change_on_an_unmarked_row_is_refused(string row, string expected)
    {
        var problems = Problems("doc_id,sentence_id,start,end,text,type,reviewed\r\n" + row + "\r\n");
        Assert.StartsWith(expected, Assert.Single(problems), StringComparison.Ordinal);
    }
}
