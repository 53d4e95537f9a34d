using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

public sealed class ListedCompaniesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(ListedCompanies.Tag, text, tagged);

    [Fact]
    public void A_name_before_a_bracketed_securities_code_is_a_listed_company()
    {
        Assert.Equal(["明岚科技 ORG"], Apply("明岚科技（01234.HK）今日公布年度业绩。"));
        Assert.Equal(["瑞泓达 ORG"], Apply("瑞泓达（600321）发布公告称，将回购股份。"));
        Assert.Equal(["青禾药业 ORG"], Apply("青禾药业（股票代码：688456）发布公告。"));
        Assert.Equal(["朗星电气 ORG"], Apply("据朗星电气(300987.SZ)披露，订单增长。")); // 据 stays out
    }

    [Fact]
    public void A_word_for_a_company_before_the_name_stays_out_and_a_span_inside_gives_way()
    {
        Assert.Equal(["港 LOC", "澜迅智运 ORG"], Apply("港股上市公司澜迅智运（09876.HK）公布中期业绩。", ("港", EntityType.LOC), ("迅", EntityType.PER)));
        Assert.Equal(["北京 LOC", "澄远能源 ORG"], Apply("北京的澄远能源（601234.SH）股价上涨。", ("北京", EntityType.LOC)));
    }

    [Fact]
    public void Brackets_that_hold_no_securities_code_are_left_alone()
    {
        Assert.Empty(Apply("全年销量达到（12345）辆。"));
        Assert.Empty(Apply("明岚科技（以下简称公司）今日公布业绩。"));
        Assert.Empty(Apply("该项目（2024.05）已经完工。"));
        Assert.False(ListedCompanies.IsCode("1234567）"));
        Assert.True(ListedCompanies.IsCode("02876.hk）"));
    }
}
