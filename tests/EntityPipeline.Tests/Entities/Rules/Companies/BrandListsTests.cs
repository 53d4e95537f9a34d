using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

public sealed class BrandListsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => BrandLists.Tag(t, labels, length), text, tagged);

    [Fact]
    public void Names_listed_before_等_and_a_word_for_brands_are_organisations()
    {
        Assert.Equal(["金六福 ORG", "老庙 ORG", "周福生 ORG"],
            Apply("抽检了金六福、老庙、周福生等品牌的饰品。", ("金六福", EntityType.ORG), ("老庙", EntityType.ORG), ("周福生", EntityType.PER)));
        // A gloss in brackets is an item too; 和 joins the last.
        Assert.Equal(["白立方 ORG", "White Cube ORG", "卓纳 ORG"],
            Apply("白立方（White Cube）和卓纳等画廊参展。", ("白立方", EntityType.PER), ("White Cube", EntityType.PER), ("卓纳", EntityType.PER)));
    }

    [Fact]
    public void Old_shops_read_as_places_and_names_before_等企业_are_organisations()
    {
        // An old shop's name read as a place; 老字号 followed by a verb the old list of what may follow left out.
        Assert.Equal(["青云阁 ORG", "福寿斋 ORG"],
            Apply("青云阁和福寿斋等老字号推出新品。", ("青云阁", EntityType.LOC), ("福寿斋", EntityType.LOC)));
        Assert.Equal(["明澜光学 ORG", "晶瞳 ORG"],
            Apply("镜片由明澜光学、晶瞳等企业供货。", ("明澜光学", EntityType.ORG), ("晶瞳", EntityType.PER)));
        // An untagged item between two joins is one, its ends the joins.
        Assert.Equal(["明澜光学 ORG", "晶瞳 ORG", "远视达 ORG"],
            Apply("镜片由明澜光学、晶瞳和远视达等企业供货。", ("明澜光学", EntityType.ORG), ("远视达", EntityType.LOC)));
    }

    [Fact]
    public void Known_places_people_of_firms_and_lists_without_a_name_stay()
    {
        Assert.Equal(["德国 LOC", "日本 LOC"], Apply("德国、日本等企业的订单增加。", ("德国", EntityType.LOC), ("日本", EntityType.LOC)));
        Assert.Equal(["王明 PER", "李华 PER"], Apply("王明、李华等企业负责人出席。", ("王明", EntityType.PER), ("李华", EntityType.PER)));
        Assert.Equal(["王明 PER", "李华 PER"], Apply("王明、李华等企业的代表出席。", ("王明", EntityType.PER), ("李华", EntityType.PER)));
        Assert.Empty(Apply("园区已有电机、轴承等企业。"));
    }

    [Fact]
    public void People_of_a_brand_and_lists_of_people_stay_people()
    {
        Assert.Equal(["张明 PER", "李华 PER"], Apply("张明、李华等品牌代言人出席。", ("张明", EntityType.PER), ("李华", EntityType.PER)));
        Assert.Equal(["张明 PER", "李华 PER"], Apply("张明、李华等选手晋级。", ("张明", EntityType.PER), ("李华", EntityType.PER)));
    }

    private static string[] ApplyMajorities(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => BrandLists.RetypeMajorities(t, labels, length), text, tagged);

    [Fact]
    public void A_person_in_a_list_of_firms_is_a_firm()
    {
        Assert.Equal(["晨曦咖啡 ORG", "青禾饮品 ORG", "赵记坊 ORG"],
            ApplyMajorities("晨曦咖啡、青禾饮品和赵记坊位列前三。", ("晨曦咖啡", EntityType.ORG), ("青禾饮品", EntityType.ORG), ("赵记坊", EntityType.PER)));
        // A gloss in brackets after an item; a Latin name read as a person.
        Assert.Equal(["环宇通信 ORG", "北辰电讯 ORG", "Veltra ORG"],
            ApplyMajorities("环宇通信（Huanyu）、北辰电讯和Veltra参与了测试。", ("环宇通信", EntityType.ORG), ("北辰电讯", EntityType.ORG), ("Veltra", EntityType.PER)));
    }

    [Fact]
    public void A_list_opening_with_a_person_its_places_and_short_lists_stay()
    {
        Assert.Equal(["孙立新 PER", "青山市教育局 ORG", "青山市林业局 ORG"],
            ApplyMajorities("孙立新及青山市教育局、青山市林业局等单位负责人出席。", ("孙立新", EntityType.PER), ("青山市教育局", EntityType.ORG), ("青山市林业局", EntityType.ORG)));
        Assert.Equal(["星河游戏 ORG", "云帆互娱 ORG", "杭州 LOC"],
            ApplyMajorities("星河游戏、云帆互娱和杭州都在榜上。", ("星河游戏", EntityType.ORG), ("云帆互娱", EntityType.ORG), ("杭州", EntityType.LOC)));
        Assert.Equal(["晨曦咖啡 ORG", "赵立坊 PER"],
            ApplyMajorities("晨曦咖啡和赵立坊签约。", ("晨曦咖啡", EntityType.ORG), ("赵立坊", EntityType.PER)));
    }

    private static string[] ApplyKnownFirms(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => BrandLists.RetypeKnownFirmLists(t, labels, length), text, tagged);

    [Fact]
    public void Persons_and_unknown_places_listed_with_a_known_firm_are_firms()
    {
        Assert.Equal(["宁德时代 ORG", "赵记坊 ORG", "青云阁 ORG"],
            ApplyKnownFirms("宁德时代、赵记坊和青云阁参加了展会。", ("宁德时代", EntityType.ORG), ("赵记坊", EntityType.PER), ("青云阁", EntityType.LOC)));
    }

    [Fact]
    public void Lists_with_a_known_place_or_without_a_known_firm_stay()
    {
        Assert.Equal(["宁德时代 ORG", "赵立坊 PER", "杭州 LOC"],
            ApplyKnownFirms("宁德时代、赵立坊和杭州都在榜上。", ("宁德时代", EntityType.ORG), ("赵立坊", EntityType.PER), ("杭州", EntityType.LOC)));
        Assert.Equal(["晨曦咖啡 ORG", "赵立坊 PER", "孙立新 PER"],
            ApplyKnownFirms("晨曦咖啡、赵立坊和孙立新签约。", ("晨曦咖啡", EntityType.ORG), ("赵立坊", EntityType.PER), ("孙立新", EntityType.PER)));
    }

    private static string[] ApplyFill(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => BrandLists.FillBetween(t, labels, length), text, tagged);

    [Fact]
    public void An_untagged_item_between_two_firms_of_a_list_is_a_firm()
    {
        Assert.Equal(["远航汽车 ORG", "青橙 ORG", "蓝鲸科技 ORG"],
            ApplyFill("远航汽车、青橙和蓝鲸科技的展台人最多。", ("远航汽车", EntityType.ORG), ("蓝鲸科技", EntityType.ORG)));
        Assert.Equal(["快送网 ORG", "小蜂到家 ORG", "云仓优选 ORG"],
            ApplyFill("快送网、小蜂到家、云仓优选签署了承诺书。", ("快送网", EntityType.ORG), ("云仓优选", EntityType.ORG)));
    }

    [Fact]
    public void Generic_items_phrases_and_items_joined_by_和_alone_stay_untagged()
    {
        Assert.Equal(["青山市教育局 ORG", "青山市林业局 ORG"],
            ApplyFill("青山市教育局、市政府和青山市林业局联合发文。", ("青山市教育局", EntityType.ORG), ("青山市林业局", EntityType.ORG)));
        Assert.Equal(["远航汽车 ORG", "蓝鲸科技 ORG"],
            ApplyFill("远航汽车、各地经销商和蓝鲸科技到场。", ("远航汽车", EntityType.ORG), ("蓝鲸科技", EntityType.ORG)));
        Assert.Equal(["远航汽车 ORG", "蓝鲸科技 ORG"],
            ApplyFill("远航汽车、县里的工厂和蓝鲸科技到场。", ("远航汽车", EntityType.ORG), ("蓝鲸科技", EntityType.ORG)));
        Assert.Equal(["远航汽车 ORG", "蓝鲸科技 ORG"],
            ApplyFill("远航汽车和青橙与蓝鲸科技到场。", ("远航汽车", EntityType.ORG), ("蓝鲸科技", EntityType.ORG)));
    }
}
