using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Latin;

namespace EntityPipeline.Tests.Entities.Rules.Latin;

public sealed class LatinNamesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => LatinNames.Tag(t, labels, length), text, tagged);

    [Fact]
    public void A_latin_name_the_dictionary_knows_is_a_mention_of_its_type()
    {
        Assert.Equal(["Google ORG"], Apply("Google的发言人表示欢迎。"));
        Assert.Equal(["Elon Musk PER"], Apply("Elon Musk在社交媒体上发文。"));
        Assert.Equal(["Paris LOC"], Apply("他们从Paris出发。"));
        Assert.Equal(["Google母公司 PER"], Apply("Google母公司宣布裁员。", ("Google母公司", EntityType.PER))); // a span reaching past it stays
    }

    [Fact]
    public void A_run_the_list_does_not_know_is_read_by_its_shape()
    {
        Assert.Equal(["Sam Altman PER"], Apply("OpenAI首席执行官Sam Altman表示。", ("Sam Altman", EntityType.ORG))); // a given name opens it
        Assert.Equal(["Luis Suárez PER"], Apply("进球由乌拉圭前锋Luis Suárez打入。")); // with its diacritic
        Assert.Equal(["Lumeris Photonics ORG"], Apply("初创公司Lumeris Photonics完成融资。")); // a company's word ends it
        Assert.Equal(["Tivoli Airport LOC"], Apply("航班降落在Tivoli Airport。", ("oli Airport", EntityType.ORG))); // a facility's word ends it
        Assert.Equal(["Sam Park PER"], Apply("记者Sam Park报道。")); // a person first
        Assert.Empty(Apply("他说Good Morning。")); // no given name, no company's word
        Assert.Empty(Apply("Sam在这里。")); // a given name alone
    }

    [Fact]
    public void The_tagger_s_type_gives_way_and_unknown_or_partial_words_are_left_alone()
    {
        Assert.Equal(["Google ORG"], Apply("Google发布新品。", ("Google", EntityType.PER)));
        Assert.Empty(Apply("Googleplex位于加州。")); // a longer word
        Assert.Empty(Apply("Hello World"));
    }
}
