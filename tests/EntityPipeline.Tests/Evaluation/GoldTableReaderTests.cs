using EntityPipeline.Evaluation;

namespace EntityPipeline.Tests.Evaluation;

public sealed class GoldTableReaderTests
{
    [Fact]
    public void Reads_rows_and_names_the_line_of_a_bad_one()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "doc_id\tstart\tend\ttype\ttext\na.txt\t0\t3\tPER\t习近平\na.txt\t4\t6\tXYZ\t北京\n");
            var e = Assert.Throws<InvalidDataException>(() => GoldTableReader.Read(path));
            Assert.Contains(":3:", e.Message);

            File.WriteAllText(path, "doc_id\tstart\tend\ttype\ttext\r\na.txt\t0\t3\tPER\t习近平\r\n");
            var row = Assert.Single(GoldTableReader.Read(path));
            Assert.Equal(("a.txt", 0, 3, Documents.EntityType.PER, "习近平"), (row.DocId, row.Start, row.End, row.Type, row.Text));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("北京", 2, 2)]
    [InlineData("𠀀北京", 1, 2)]  // a non-BMP character: one code point, two UTF-16 units
    [InlineData("𠀀北京", 3, 4)]
    public void Code_point_offsets_become_UTF16_indices(string text, int codePoint, int utf16) =>
        Assert.Equal(utf16, GoldTableReader.ToUtf16(text, codePoint));

    [Theory]
    [InlineData("entities-latin", 352)]
    [InlineData("entities-modern", 382)]
    [InlineData("entities-tuning", 423)]
    [InlineData("entities-web", 359)]
    [InlineData("entities-tuning2", 409)]
    [InlineData("entities-tuning3", 431)]
    [InlineData("entities-tuning4", 445)]
    [InlineData("entities-tuning5", 352)]
    [InlineData("entities-tuning6", 364)]
    [InlineData("entities-tuning7", 295)]
    [InlineData("entities-tuning8", 368)]
    [InlineData("entities-tuning9", 369)]
    [InlineData("entities-tuning10", 415)]
    [InlineData("entities-tuning11", 643)]
    [InlineData("entities-tuning12", 672)]
    [InlineData("entities-tuning13", 669)]
    [InlineData("entities-tuning14", 692)]
    [InlineData("entities-tuning15", 700)]
    [InlineData("entities-tuning16", 728)]
    [InlineData("entities-tuning17", 710)]
    [InlineData("entities-tuning18", 697)]
    [InlineData("entities-tuning19", 739)]
    [InlineData("entities-tuning20", 729)]
    [InlineData("entities-tuning21", 769)]
    [InlineData("entities-tuning22", 770)]
    [InlineData("entities-tuning23", 852)]
    [InlineData("entities-tuning24", 743)]
    [InlineData("entities-tuning25", 798)]
    [InlineData("entities-tuning26", 799)]
    [InlineData("entities-tuning27", 794)]
    [InlineData("entities-tuning28", 781)]
    [InlineData("entities-tuning29", 751)]
    [InlineData("entities-tuning30", 796)]
    [InlineData("entities-tuning31", 773)]
    [InlineData("entities-tuning32", 793)]
    [InlineData("entities-tuning33", 730)]
    [InlineData("entities-tuning34", 759)]
    [InlineData("entities-tuning35", 792)]
    [InlineData("entities-tuning36", 765)]
    [InlineData("entities-tuning37", 792)]
    [InlineData("entities-tuning38", 793)]
    [InlineData("entities-tuning39", 802)]
    [InlineData("entities-tuning40", 736)]
    public void The_projects_own_entity_golds_match_their_documents(string gold, int mentions)
    {
        var folder = Path.Combine(SharedData.RepoRoot, "gold", gold);
        var rows = GoldTableReader.Read(Path.Combine(folder, "entities.tsv"));

        Assert.Equal(mentions, rows.Count);
        foreach (var row in rows)
        {
            var text = File.ReadAllText(Path.Combine(folder, "docs", row.DocId));
            int start = GoldTableReader.ToUtf16(text, row.Start), end = GoldTableReader.ToUtf16(text, row.End);
            Assert.True(text[start..end] == row.Text, $"{gold}: {row.DocId} [{row.Start}, {row.End}) is not '{row.Text}'");
        }
    }

    [SkippableFact]
    public void Reads_the_seed_gold_table()
    {
        var path = SharedData.Require("gold/seed/entities.tsv");
        var rows = GoldTableReader.Read(path);
        Assert.Equal(307, rows.Count);
    }
}
