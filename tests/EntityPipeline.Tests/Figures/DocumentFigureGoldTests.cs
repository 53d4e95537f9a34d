using EntityPipeline.Figures.Evaluation;

namespace EntityPipeline.Tests.Figures;

/// <summary>The project's own figure golds over documents it holds (gold/figures-modern to -modern6): every row is its document's text at its offsets.</summary>
public sealed class DocumentFigureGoldTests
{
    [Theory]
    [InlineData("figures-modern", 336)]
    [InlineData("figures-modern2", 502)]
    [InlineData("figures-modern3", 434)]
    [InlineData("figures-modern4", 445)]
    [InlineData("figures-modern5", 474)]
    [InlineData("figures-modern6", 474)]
    [InlineData("figures-modern7", 478)]
    [InlineData("figures-modern8", 487)]
    [InlineData("figures-modern9", 477)]
    [InlineData("figures-modern10", 467)]
    [InlineData("figures-modern11", 470)]
    [InlineData("figures-modern12", 496)]
    [InlineData("figures-modern13", 469)]
    [InlineData("figures-modern14", 468)]
    [InlineData("figures-modern15", 469)]
    [InlineData("figures-modern16", 471)]
    [InlineData("figures-modern17", 483)]
    [InlineData("figures-modern18", 475)]
    [InlineData("figures-modern19", 472)]
    [InlineData("figures-modern20", 470)]
    [InlineData("figures-modern21", 474)]
    [InlineData("figures-modern22", 484)]
    [InlineData("figures-modern23", 470)]
    [InlineData("figures-modern24", 472)]
    [InlineData("figures-modern25", 474)]
    [InlineData("figures-modern26", 472)]
    [InlineData("figures-modern27", 468)]
    [InlineData("figures-modern28", 468)]
    [InlineData("figures-modern29", 471)]
    [InlineData("figures-modern30", 471)]
    [InlineData("figures-modern31", 483)]
    [InlineData("figures-modern32", 491)]
    public void Every_row_is_its_document_s_text_at_its_offsets(string gold, int figures)
    {
        var folder = Path.Combine(SharedData.RepoRoot, "gold", gold);
        var rows = GoldFigureReader.Read(Path.Combine(folder, "figures.tsv"));

        Assert.Equal(figures, rows.Count);
        foreach (var row in rows)
        {
            var text = File.ReadAllText(Path.Combine(folder, "docs", row.DocId));
            var at = GoldFigureReader.ToUtf16(row, text);
            Assert.True(text[at.Start..at.End] == row.Text, $"{gold}: {row.DocId} [{row.Start}, {row.End}) is not '{row.Text}'");
        }
    }
}
