using System.Text;
using EntityPipeline.Cli;
using EntityPipeline.Cli.Commands;
using EntityPipeline.Entities;
using EntityPipeline.Tests.Training;

namespace EntityPipeline.Tests.Cli;

/// <summary>What <c>train</c> does with its command line: refine or train from scratch, and never write over a shipped model unasked.</summary>
public sealed class TrainSettingsTests
{
    [Fact]
    public void Corrections_refine_the_shipped_model_and_a_recipe_trains_from_scratch()
    {
        Assert.True(new TrainCommand.Settings { Corrections = ["output"] }.Refines);
        Assert.True(new TrainCommand.Settings { Corrections = ["output"], Recipe = "r.json", BaseModel = "mine.zip" }.Refines);
        Assert.False(new TrainCommand.Settings { Corrections = ["output"], Recipe = "r.json" }.Refines); // corrections as part of the data
        Assert.False(new TrainCommand.Settings { Recipe = "r.json" }.Refines);
        Assert.Contains("give --corrections", new TrainCommand.Settings().Validate().Message);
    }

    [Fact]
    public void Rehearsal_needs_a_model_to_refine_and_text_that_exists()
    {
        using var folder = new TempFolder();
        Assert.Contains("--rehearse needs a model to refine", new TrainCommand.Settings { Recipe = "r.json", Rehearse = [folder.Path] }.Validate().Message);
        var missing = folder.File("no-such-folder");
        Assert.Equal($"--rehearse: not found: {missing}", new TrainCommand.Settings { Corrections = ["output"], Rehearse = [folder.Path, missing] }.Validate().Message);
        Assert.True(new TrainCommand.Settings { Corrections = ["output"], Rehearse = [folder.Path] }.Validate().Successful);
    }

    [Fact]
    public void A_model_under_models_with_its_recipe_beside_it_is_shipped()
    {
        using var folder = new TempFolder();
        var model = folder.Write("models/team.zip", [1]);
        Assert.False(ShippedModel.Is(model));
        folder.Write("models/team.recipe.json", "{}"u8.ToArray());
        Assert.True(ShippedModel.Is(model));
        Assert.False(ShippedModel.Is(folder.Write("elsewhere/team.zip", [1]))); // not under models/
        folder.Write("elsewhere/team.recipe.json", "{}"u8.ToArray());
        Assert.False(ShippedModel.Is(folder.File("elsewhere/team.zip")));
        Assert.True(ShippedModel.Is(DefaultModel.Path));
    }

    [Fact]
    public void Train_refuses_to_write_over_a_shipped_model_before_any_work_unless_told()
    {
        // Given a shipped model (under models/, its recipe beside it) and corrections that cannot even be read, when train
        // is asked to write over it, then it refuses with exit code 2 before reading anything, and the model is untouched.
        using var folder = new TempFolder();
        var shipped = folder.Write("models/team.zip", Encoding.UTF8.GetBytes("the shipped model"));
        folder.Write("models/team.recipe.json", "{}"u8.ToArray());
        var baseModel = folder.File("base.zip");
        TrainedTinyTagger.Value.Save(baseModel);

        Assert.Equal(2, CliApp.Run(["train", "--corrections", folder.File("no-corrections"), "--base-model", baseModel, "--out", shipped]));
        Assert.Equal("the shipped model", File.ReadAllText(shipped));

        // With the maintainer's option it gets past the guard, and fails on the missing corrections (a file named on the
        // command line: exit 2), nothing written.
        var past = CliProcess.Run("train", "--corrections", folder.File("no-corrections"), "--base-model", baseModel, "--out", shipped, "--overwrite-shipped");
        Assert.Equal(2, past.ExitCode);
        Assert.Contains("no-corrections", past.Error);
        Assert.DoesNotContain("shipped model", past.Error);
        Assert.Equal("the shipped model", File.ReadAllText(shipped));
    }

    [Fact]
    public void Train_requires_out_and_a_folder_it_can_write_to_before_training()
    {
        using var folder = new TempFolder();
        var recipe = folder.Write("r.json", """{ "epochs": 1 }"""u8.ToArray());
        Assert.Equal(2, CliApp.Run(["train", "--recipe", recipe]));
        Assert.Equal(2, CliApp.Run(["train", "--recipe", recipe, "--out", folder.File("missing-folder/model.zip")]));
        Assert.Equal(2, CliApp.Run(["train", "--recipe", recipe, "--out", folder.Path]));
        Assert.Equal(["r.json"], folder.Files());
    }

    [Fact]
    public void A_bad_recipe_is_refused_with_exit_code_2()
    {
        using var folder = new TempFolder();
        var recipe = folder.Write("r.json", """{ "epocs": 1 }"""u8.ToArray());
        Assert.Equal(2, CliApp.Run(["train", "--recipe", recipe, "--out", folder.File("model.zip")]));
        Assert.False(File.Exists(folder.File("model.zip")));
    }
}
