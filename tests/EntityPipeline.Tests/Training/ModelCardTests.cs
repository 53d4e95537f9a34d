using EntityPipeline.Training;

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
}
