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

    [Fact]
    public void A_refinement_the_held_out_corrections_did_not_keep_is_said_so_with_both_scores()
    {
        var dropped = (Refined() with { Refinement = new RefinementCheck(0.377, 0.394) }).ToMarkdown();
        var kept = (Refined() with { Refinement = new RefinementCheck(0.511, 0.476) }).ToMarkdown();

        Assert.Contains("The refinement was not kept: by cross-validation on the corrections, the refined weights tagged the held-out corrections with F1 0.377 and the base model with 0.394", dropped);
        Assert.DoesNotContain("keeps the base model's weights beside the refined ones", dropped);
        Assert.Contains("on the held-out corrections they score F1 0.511, the base model 0.476.", kept);
    }
}
