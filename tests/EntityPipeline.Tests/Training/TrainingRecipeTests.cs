using System.Text;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Training;
using EntityPipeline.Training.Corpora;

namespace EntityPipeline.Tests.Training;

public sealed class TrainingRecipeTests
{
    [Fact]
    public void The_library_defaults_are_the_shipped_recipe()
    {
        // The shipped recipe spells out every setting; read without its corpora (they are in ../shared), it is the default recipe
        // but for the word clusters, which it turns on and the library leaves off (a model or recipe that does not name them was
        // written before them).
        var path = Path.Combine(SharedData.RepoRoot, "models", "msra-pd.recipe.json");
        using var folder = new TempFolder();
        var json = File.ReadAllText(path);
        var settingsOnly = System.Text.RegularExpressions.Regex.Replace(json, @"""(corpora|dev)"": \[[^\]]*\],", "");
        var recipe = TrainingRecipe.Load(folder.Write("settings.json", Encoding.UTF8.GetBytes(settingsOnly)));
        Assert.True(recipe.Features.Clusters);
        var withoutClusters = recipe with { Features = recipe.Features with { Clusters = false } };
        Assert.Equal(new TrainingRecipe().ToJson(), withoutClusters.ToJson());
        Assert.Equal(new TaggerFeatureOptions(), withoutClusters.Features);
    }

    [SkippableFact]
    public void The_shipped_recipe_reads_its_corpora_from_shared()
    {
        SharedData.Require("corpora/msra_ner/msra_train.bio");
        // Its paths are relative to the repository root (where train runs): read here with ../shared/ and gold/ spelt out.
        var json = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "models", "msra-pd.recipe.json"))
            .Replace("../shared/", SharedData.Root!.Replace('\\', '/') + "/").Replace("\"gold/", "\"" + SharedData.RepoRoot.Replace('\\', '/') + "/gold/");
        using var folder = new TempFolder();
        var recipe = TrainingRecipe.Load(folder.Write("shipped.json", Encoding.UTF8.GetBytes(json)));
        var files = recipe.TrainingFiles();
        Assert.Equal([CorpusFormat.MsraBio, CorpusFormat.PeoplesDaily, CorpusFormat.ClueNer], files.Take(3).Select(f => f.Format));
        Assert.Equal([1.0, 0, 0.3], files.Take(3).Select(f => f.SecondPassWeight));
        // Then the design golds (never a blind one, nor the seed page, a reported dev set).
        Assert.All(files.Skip(3), f => Assert.Equal(CorpusFormat.GoldTable, f.Format));
        Assert.Equal(37, files.Count - 3);
        // The newest design golds (tuning35 … tuning38) stay held out to measure the model, as do train1–3 and the blind tuning39, tuning40.
        var heldOut = Enumerable.Range(35, 6).Select(n => $"entities-tuning{n}").Concat(["entities-train1", "entities-train2", "entities-train3"]).ToList();
        Assert.DoesNotContain(files, f => heldOut.Any(f.Path.EndsWith) || f.Path.Contains("seed"));
        Assert.Equal(3, recipe.DevFiles().Count);
    }

    [Theory]
    [InlineData("{\n  \"epochs\": 6,\n  \"epocs\": 2\n}", "line 3", "$.epocs")]
    [InlineData("{\n  \"epochs\": \"six\"\n}", "line 2", "$.epochs")]
    [InlineData("{\n  \"features\": { \"hashBits\": 20, \"trigrams\": true }\n}", "line 2", "$.features.trigrams")]
    [InlineData("{\n  \"epochs\": 6\n  \"seed\": 1\n}", "line 3", "")]
    [InlineData("{ \"epochs\": 0 }", "epochs: must be at least 1", "")]
    [InlineData("{ \"features\": { \"hashBits\": 30 } }", "features.hashBits: 30 is outside 10–24", "")]
    [InlineData("{ \"corpora\": [ { \"path\": \"no-such-corpus.bio\" } ] }", "corpora[0].path: not found: no-such-corpus.bio", "")]
    [InlineData("{ \"trainer\": \"sdca\" }", "line 1", "$.trainer")]
    public void A_bad_recipe_names_the_file_and_the_line_or_field(string json, string expected, string field)
    {
        using var folder = new TempFolder();
        var path = folder.Write("bad.recipe.json", Encoding.UTF8.GetBytes(json));
        var error = Assert.Throws<RecipeException>(() => TrainingRecipe.Load(path));
        Assert.StartsWith($"{path}: ", error.Message);
        Assert.Contains(expected, error.Message);
        Assert.Contains(field, error.Message);
    }

    [Fact]
    public void A_missing_recipe_is_named()
    {
        var error = Assert.Throws<RecipeException>(() => TrainingRecipe.Load("no-such.recipe.json"));
        Assert.Contains("no-such.recipe.json", error.Message);
    }
}
