using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class CoordinatedPlacesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => CoordinatedPlaces.Split(t, labels, length), text, tagged);

    [Fact]
    public void Two_places_of_one_kind_joined_by_a_conjunction_are_two()
    {
        Assert.Equal(["青溪河 LOC", "白沙河 LOC"], Apply("青溪河和白沙河在此交汇。", ("青溪河和白沙河", EntityType.LOC)));
        Assert.Equal(["东岭山 LOC", "西岭山 LOC"], Apply("东岭山与西岭山相望。", ("东岭山与西岭山", EntityType.LOC)));
    }

    [Fact]
    public void Names_with_a_conjunction_inside_and_places_of_two_kinds_stay_whole()
    {
        Assert.Equal(["某某共和国 LOC"], Apply("某某共和国总统访华。", ("某某共和国", EntityType.LOC)));
        Assert.Equal(["青溪河和白沙湖 LOC"], Apply("青溪河和白沙湖相连。", ("青溪河和白沙湖", EntityType.LOC)));
    }

    private static string[] Retype(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => CoordinatedPlaces.RetypePersons(t, labels, length), text, tagged);

    [Fact]
    public void A_name_read_as_a_person_listed_with_a_place_is_a_place()
    {
        Assert.Equal(["莫拉塔 LOC", "青州 LOC"], Retype("莫拉塔和青州都以纺织闻名。", ("莫拉塔", EntityType.PER), ("青州", EntityType.LOC)));
        Assert.Equal(["北岭 LOC", "塞伦代尔 LOC"], Retype("北岭和塞伦代尔的牧场今年增产。", ("北岭", EntityType.LOC), ("塞伦代尔", EntityType.PER)));
        Assert.Equal(["石门寨 LOC", "卧云谷 LOC", "青松岭 LOC"],
            Retype("石门寨、卧云谷和青松岭一带游客最多。", ("石门寨", EntityType.LOC), ("卧云谷", EntityType.PER), ("青松岭", EntityType.LOC)));
    }

    [Fact]
    public void A_person_after_a_role_before_another_person_or_next_to_a_place_of_their_own_stays()
    {
        Assert.Equal(["卡尔多 PER", "青州 LOC"], Retype("市长卡尔多和青州代表会谈。", ("卡尔多", EntityType.PER), ("青州", EntityType.LOC)));
        Assert.Equal(["甲国 LOC", "罗文克 PER", "乙国 LOC", "巴托斯 PER"],
            Retype("甲国总统罗文克和乙国总统巴托斯会谈。", ("甲国", EntityType.LOC), ("罗文克", EntityType.PER), ("乙国", EntityType.LOC), ("巴托斯", EntityType.PER)));
        Assert.Equal(["东川 LOC", "王立新 PER", "西河 LOC", "李春华 PER"],
            Retype("东川王立新、西河李春华获奖。", ("东川", EntityType.LOC), ("王立新", EntityType.PER), ("西河", EntityType.LOC), ("李春华", EntityType.PER)));
    }

    [Fact]
    public void A_name_read_as_a_person_twinned_with_a_town_is_a_place_but_one_met_there_stays_a_person()
    {
        Assert.Equal(["青州 LOC", "卡洛维亚 LOC"], Retype("青州与卡洛维亚结好二十年。", ("青州", EntityType.LOC), ("卡洛维亚", EntityType.PER)));
        Assert.Equal(["青州 LOC", "罗文克 PER"], Retype("他在青州与罗文克举行会晤。", ("青州", EntityType.LOC), ("罗文克", EntityType.PER)));
    }
}
