using EntityPipeline.Training;
using EntityPipeline.Training.Corpora;

namespace EntityPipeline.Tests.Training;

public sealed class ModelCardTests
{
    private static ModelCard Refined() => new ModelCard("refined.zip", DateTimeOffset.UnixEpoch, [], new TrainingRecipe(), TimeSpan.FromSeconds(9), [], "train")
    {
        BaseModel = "msra-pd.zip",
        DomainWords = 14_224,
    };

    [Fact]
    public void A_refined_models_card_names_the_rules_off_and_the_conventions_on_for_its_domain()
    {
        var card = (Refined() with { DomainRulesOff = "person-names,abbreviations", DomainRulesOn = "departments" }).ToMarkdown();

        Assert.Contains("without the label rules the corrections do not follow (person-names, abbreviations), with the conventions they follow (departments).", card);
        Assert.DoesNotContain("conventions", Refined().ToMarkdown());
    }

    [Fact]
    public void A_card_says_how_the_training_text_was_rewritten()
    {
        var augment = new SocialTextAugmentation { Formats = [CorpusFormat.ClueNer], DropPunctuation = 0.2, Glue = 0.05 };
        var card = new ModelCard("m.zip", DateTimeOffset.UnixEpoch, [], new TrainingRecipe { Augment = augment }, TimeSpan.FromSeconds(9), [], "train").ToMarkdown();

        Assert.Contains("Rewritten as social-media text (recipe `augment`, seeded), in ClueNer: 20% of the sentences without their punctuation outside entities, 5% glued", card);
        Assert.Contains("\"dropPunctuation\": 0.2", card);
        Assert.DoesNotContain("social-media", Refined().ToMarkdown());
    }
}
