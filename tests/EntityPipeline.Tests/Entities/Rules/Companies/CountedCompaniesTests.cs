using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

public sealed class CountedCompaniesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(CountedCompanies.Apply, text, tagged);

    [Fact]
    public void The_names_listed_before_a_count_of_companies_are_organisations()
    {
        Assert.Equal(["云帆数据 ORG", "蓝湾智能 ORG"], Apply("会上，云帆数据、蓝湾智能等十余家企业发布了新品。"));
        Assert.Equal(["远景能源 ORG"], Apply("他参观了远景能源等企业。"));
        // Whatever the tagger made of an item
        Assert.Equal(["奥康国际 ORG", "红蜻蜓 ORG"], Apply("奥康国际和红蜻蜓两家上市鞋企参会。", ("奥", EntityType.LOC), ("康", EntityType.PER)));
        // A piece the tagger cut after another span is no item of its own.
        Assert.Equal(["法国 LOC", "维尔莫兰 ORG"], Apply("公司接到法国维尔莫兰等企业的订单。", ("法国", EntityType.LOC), ("维尔", EntityType.LOC), ("莫兰", EntityType.ORG)));
    }

    [Fact]
    public void No_count_no_list_or_no_names_leaves_the_labels_alone()
    {
        Assert.Empty(Apply("该市两家企业获奖。")); // one item and no 等
        Assert.Empty(Apply("企业发布了新品。"));
        // Before a trade's firms a list may name trades: it takes one name the tagger read to make it a list of firms.
        Assert.Empty(Apply("本市已有生鲜、家政、代驾等6家平台企业入驻。"));
        Assert.Equal(["星途出行 ORG", "远帆快运 ORG"], Apply("本市已有星途出行、远帆快运等6家平台企业入驻。", ("星途出行", EntityType.ORG)));
        Assert.Equal(["华夏基金 ORG"], Apply("理事会已委托华夏基金等机构投资。")); // the verb before the list is no part of it
    }

    [Fact]
    public void A_list_before_people_of_the_firms_or_of_plain_nouns_names_no_firms()
    {
        Assert.Equal(["郑晓岚 PER", "方立行 PER"], Apply("座谈会上，郑晓岚、方立行等企业家先后发言。", ("郑晓岚", EntityType.PER), ("方立行", EntityType.PER)));
        Assert.Equal(["云帆数据 ORG"], Apply("云帆数据等公司负责人出席。", ("云帆数据", EntityType.ORG)));
        // No count: a list of common nouns names trades.
        Assert.Empty(Apply("开发区已有电机、轴承等企业。"));
        Assert.Equal(["云帆数据 ORG", "蓝湾智能 ORG"], Apply("开发区已有云帆数据、蓝湾智能等企业。"));
    }

    [Fact]
    public void The_names_listed_before_a_count_of_firms_or_shops_of_a_trade_are_organisations()
    {
        Assert.Equal(["佳禾 ORG", "阿莫达 ORG", "维斯顿 ORG"],
            Apply("调查将覆盖佳禾、阿莫达和维斯顿三家连锁超市。", ("阿莫达", EntityType.PER), ("维斯顿", EntityType.PER)));
        Assert.Equal(["芯源微 ORG", "南方智造 ORG"],
            Apply("园区已聚集芯源微、南方智造等三十余家集成电路企业。", ("芯源微", EntityType.PER), ("南方智造", EntityType.ORG)));
    }

    [Fact]
    public void One_firm_counts_no_list()
    {
        Assert.Equal(["杭州 LOC"], Apply("快递员与杭州一家物流公司签约。", ("杭州", EntityType.LOC)));
    }
}
