using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

public sealed class FarmNamesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(FarmNames.Tag, text, tagged);

    [Fact]
    public void A_name_before_a_farming_trade_and_a_farm_word_is_an_organisation()
    {
        Assert.Equal(["云溪生猪养殖基地 ORG"], Apply("走进山里的云溪生猪养殖基地，只见猪舍整齐。"));
        Assert.Equal(["金穗乳业第二牧场 ORG"], Apply("金穗乳业第二牧场今年新添了挤奶设备。"));
        Assert.Equal(["青禾农产品专业合作社 ORG"], Apply("青禾农产品专业合作社带动农户增收。"));
    }

    [Fact]
    public void A_place_or_a_word_of_position_before_the_trade_is_no_name()
    {
        Assert.Equal(["昌吉 LOC"], Apply("昌吉光伏基地已经并网。", ("昌吉", EntityType.LOC)));
        Assert.Equal(["昌吉 LOC"], Apply("昌吉奶牛养殖基地规模扩大。", ("昌吉", EntityType.LOC)));
        Assert.Equal(["伊犁 LOC"], Apply("伊犁马鹿养殖基地建成投产。", ("伊犁", EntityType.LOC))); // the place's farm
        Assert.Empty(Apply("当地生猪养殖基地带动农户就业。"));
        Assert.Empty(Apply("我国最大的生猪养殖基地建成投产。"));
        Assert.Empty(Apply("公司在海外设立了生产基地。"));
    }

    [Fact]
    public void A_place_the_tagger_found_that_ends_in_a_farm_word_is_an_organisation()
    {
        static string[] Retype(string text, params (string Text, EntityType Type)[] tagged) =>
            LabelRuleHarness.Apply((t, _, _, labels, length) => FarmNames.Retype(t, labels, length), text, tagged);
        Assert.Equal(["金穗农场 ORG"], Retype("金穗农场今年种了三千亩水稻。", ("金穗农场", EntityType.LOC)));
        Assert.Equal(["东岭林场 ORG"], Retype("东岭林场的护林员巡山。", ("东岭林场", EntityType.LOC)));
        Assert.Equal(["农场 LOC", "东岭 LOC"], Retype("农场位于东岭。", ("农场", EntityType.LOC), ("东岭", EntityType.LOC))); // the farm word alone is left to GenericBodies
    }

    [Fact]
    public void A_base_is_a_farms_body_only_when_a_trade_names_it()
    {
        static string[] Retype(string text, params (string Text, EntityType Type)[] tagged) =>
            LabelRuleHarness.Apply((t, _, _, labels, length) => FarmNames.Retype(t, labels, length), text, tagged);
        Assert.Equal(["青禾生猪养殖基地 ORG"], Retype("青禾生猪养殖基地存栏两万头。", ("青禾生猪养殖基地", EntityType.LOC)));
        // Other bases are places: a plant's site, a carmaker's works, an observatory's station.
        Assert.Equal(["河西煤化工基地 LOC"], Retype("河西煤化工基地新上两套装置。", ("河西煤化工基地", EntityType.LOC)));
        Assert.Equal(["星驰汽车襄州基地 LOC"], Retype("星驰汽车襄州基地下线第十万辆车。", ("星驰汽车襄州基地", EntityType.LOC)));
    }
}
