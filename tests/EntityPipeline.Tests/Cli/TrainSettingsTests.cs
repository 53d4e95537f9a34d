using EntityPipeline.Cli.Commands;
using EntityPipeline.Entities;
using EntityPipeline.Tests.Training;
using EntityPipeline.Training;

namespace EntityPipeline.Tests.Cli;

public sealed class TrainSettingsTests
{
    [Fact]
    public void CLUENER_refines_the_shipped_model_unless_the_warm_start_is_none()
    {
        var refine = new TrainCommand.Settings { ClueNer = ["train.json"] };
        Assert.Equal(DefaultModel.Path, refine.EffectiveWarmStart);
        Assert.Equal(TaggerTrainerKind.Perceptron, refine.TrainerFor(TrainedTinyTagger.TwoPass)); // trained by the perceptron, refined by it
        Assert.Equal(1, refine.CorrectionsWeightFor(TrainedTinyTagger.TwoPass));
        var maximumEntropy = new TaggerTrainer(new TaggerTrainingOptions(TaggerTrainerKind.Sdca) { Features = new(HashBits: 12) }).Train(TinyCorpus.Sentences());
        Assert.Equal(TaggerTrainerKind.Lbfgs, refine.TrainerFor(maximumEntropy));
        Assert.Equal(10, refine.CorrectionsWeightFor(maximumEntropy));
        Assert.Equal(3, refine.IterationsFor(maximumEntropy));

        // 'none': CLUENER is part of the base data, trained from nothing like the corpora.
        var scratch = new TrainCommand.Settings { ClueNer = ["train.json"], Msra = ["msra.bio"], WarmStart = "none" };
        Assert.Null(scratch.EffectiveWarmStart);
        Assert.Equal(TaggerTrainerKind.Perceptron, scratch.TrainerFor(null));
        Assert.Equal(6, scratch.IterationsFor(null));
        Assert.Equal(10, scratch.CorrectionsWeightFor(null));
        Assert.True(scratch.Validate().Successful);
        Assert.Equal(12, new TrainCommand.Settings { Msra = ["msra.bio"], Trainer = TaggerTrainerKind.Sdca }.IterationsFor(null));
    }

    [Fact]
    public void A_refinement_takes_one_step_unless_told_or_an_L_BFGS_step_on_a_one_pass_model()
    {
        var refine = new TrainCommand.Settings { Corrections = ["output"] };
        Assert.Equal(1, refine.IterationsFor(TrainedTinyTagger.TwoPass));
        Assert.Equal(1, refine.IterationsFor(TrainedTinyTagger.Value));
        Assert.Equal(3, new TrainCommand.Settings { Corrections = ["output"], Trainer = TaggerTrainerKind.Lbfgs }.IterationsFor(TrainedTinyTagger.Value));
        Assert.Equal(5, new TrainCommand.Settings { Corrections = ["output"], Iterations = 5 }.IterationsFor(TrainedTinyTagger.TwoPass));
    }

    [Fact]
    public void Rehearsal_needs_a_model_to_refine_and_text_that_exists()
    {
        using var folder = new TempFolder();
        var scratch = new TrainCommand.Settings { Msra = ["msra.bio"], Rehearse = [folder.Path] };
        Assert.Contains("--rehearse needs a model to refine", scratch.Validate().Message);

        var model = folder.Write("base.zip", [1]);
        var missing = folder.File("no-such-folder");
        var refine = new TrainCommand.Settings { ClueNer = ["train.json"], WarmStart = model, Rehearse = [folder.Path, missing] };
        Assert.Equal($"--rehearse: not found: {missing}", refine.Validate().Message);
        Assert.True(new TrainCommand.Settings { ClueNer = ["train.json"], WarmStart = model, Rehearse = [folder.Path] }.Validate().Successful);
    }

    [Fact]
    public void A_negative_second_pass_weight_is_refused()
    {
        var settings = new TrainCommand.Settings { ClueNer = ["train.json"], WarmStart = "none", SecondPassClueNerWeight = -1 };
        Assert.Contains("--second-pass-cluener-weight", settings.Validate().Message);
    }
}
