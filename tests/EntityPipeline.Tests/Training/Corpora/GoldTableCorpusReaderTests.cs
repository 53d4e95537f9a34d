using System.Text;
using EntityPipeline.Documents;
using EntityPipeline.Training;
using EntityPipeline.Training.Corpora;

namespace EntityPipeline.Tests.Training.Corpora;

public sealed class GoldTableCorpusReaderTests
{
    // 𠮷 is one code point (the table's offsets) and two UTF-16 units; "Yahoo!" ends a sentence as run splits it.
    private const string Article = "𠮷野家的店员张三住在北京。Yahoo!中国的李四来自上海。";

    private const string Table = "doc_id\tstart\tend\ttype\ttext\n" +
        "a.txt\t0\t3\tORG\t𠮷野家\n" +
        "a.txt\t6\t8\tPER\t张三\n" +
        "a.txt\t10\t12\tLOC\t北京\n" +
        "a.txt\t13\t21\tORG\tYahoo!中国\n" +
        "a.txt\t22\t24\tPER\t李四\n" +
        "a.txt\t26\t28\tLOC\t上海\n";

    private static string WriteGold(TempFolder folder, string table)
    {
        folder.Write("entities-x/entities.tsv", Encoding.UTF8.GetBytes(table));
        folder.Write("entities-x/docs/a.txt", Encoding.UTF8.GetBytes(Article));
        folder.Write("entities-x/docs/b.txt", Encoding.UTF8.GetBytes("这篇没有标注。")); // not in the table: unannotated
        return folder.File("entities-x");
    }

    [Fact]
    public void Documents_become_the_runs_sentences_with_their_entities_in_UTF16()
    {
        using var folder = new TempFolder();
        var sentences = GoldTableCorpusReader.Read(WriteGold(folder, Table)).ToList();

        Assert.Equal(["𠮷野家的店员张三住在北京。", "Yahoo!", "中国的李四来自上海。"], sentences.Select(s => s.Text));
        Assert.Equal<EntitySpan>([new(0, 4, EntityType.ORG), new(7, 9, EntityType.PER), new(11, 13, EntityType.LOC)], sentences[0].Entities);
        Assert.Empty(sentences[1].Entities); // Yahoo!中国 crosses the sentence end: left out
        Assert.Equal<EntitySpan>([new(3, 5, EntityType.PER), new(7, 9, EntityType.LOC)], sentences[2].Entities);
        Assert.All(sentences, s => Assert.Equal("entities-x/a.txt", s.DocumentId));
    }

    [Fact]
    public void A_folder_is_detected_and_read_with_its_weights()
    {
        using var folder = new TempFolder();
        var file = CorpusFile.Detect(WriteGold(folder, Table), 3) with { SecondPassWeight = 0.5 };

        Assert.Equal(CorpusFormat.GoldTable, file.Format);
        Assert.All(file.Read(), s => Assert.Equal((3.0, 0.5), (s.Weight, s.SecondPassWeight)));
    }

    [Fact]
    public void An_entity_not_at_its_offsets_is_an_error_naming_the_line()
    {
        using var folder = new TempFolder();
        var path = WriteGold(folder, "doc_id\tstart\tend\ttype\ttext\na.txt\t5\t7\tPER\t张三\n");
        var e = Assert.Throws<InvalidDataException>(() => GoldTableCorpusReader.Read(path).ToList());
        Assert.Contains("entities.tsv:2:", e.Message);
    }

    [Fact]
    public void A_recipe_names_a_gold_folder_by_its_path()
    {
        using var folder = new TempFolder();
        var gold = WriteGold(folder, Table).Replace('\\', '/');
        var recipe = TrainingRecipe.Load(folder.Write("gold.recipe.json", Encoding.UTF8.GetBytes($$"""{ "corpora": [ { "path": "{{gold}}", "format": "goldTable", "weight": 3 } ] }""")));
        Assert.Equal(CorpusFormat.GoldTable, Assert.Single(recipe.TrainingFiles()).Format);

        var missing = folder.Write("missing.recipe.json", Encoding.UTF8.GetBytes($$"""{ "corpora": [ { "path": "{{folder.Path.Replace('\\', '/')}}/docs", "format": "goldTable" } ] }"""));
        Assert.Contains("entities.tsv", Assert.Throws<RecipeException>(() => TrainingRecipe.Load(missing)).Message);
    }
}
