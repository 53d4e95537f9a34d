using EntityPipeline.Documents;
using EntityPipeline.Figures.Subjects;

namespace EntityPipeline.Tests.Figures.Subjects;

public sealed class PlaceGazetteerTests
{
    private static readonly PlaceGazetteer Places = PlaceGazetteer.LoadDefault();

    [Theory]
    [InlineData("湖北省宜昌市", "宜昌市")]
    [InlineData("山东省临沂市兰山区", "兰山区")]          // a district the gazetteer does not hold, by its shape
    [InlineData("江苏省昆山市图书馆", "昆山市图书馆")]      // the body named from the innermost division keeps it
    [InlineData("安徽省歙县", "歙县")]                    // a county of one character
    [InlineData("广西柳州市", "柳州市")]                  // an autonomous region by its usual short name
    [InlineData("澜坪市南门夜市", "澜坪市南门夜市")]      // a market, not a city
    [InlineData("江苏盐城", "江苏盐城")]                  // short forms stay, as the seed page writes them
    [InlineData("广州南沙新区", "广州南沙新区")]          // 州 ends a city's short form, not its level
    [InlineData("上海市人民政府", "上海市人民政府")]
    [InlineData("江苏、安徽", "江苏、安徽")]
    [InlineData("", "")]
    public void A_chain_of_divisions_written_in_full_names_its_innermost(string name, string innermost) =>
        Assert.Equal(innermost, Places.Innermost(name));
}

public sealed class CountyLevelCityTests
{
    private static readonly PlaceGazetteer Places = PlaceGazetteer.LoadDefault();

    [Theory]
    [InlineData("海宁市", "嘉兴市")]
    [InlineData("海宁", "嘉兴市")]       // the short form news writes
    [InlineData("根河市", "呼伦贝尔市")]
    [InlineData("嘉兴市", null)]        // a prefecture-level city is none
    [InlineData("仙桃市", null)]        // governed by its province directly
    public void A_county_level_city_knows_its_prefecture(string city, string? prefecture) =>
        Assert.Equal(prefecture, Places.PrefectureOf(city));

    [Fact]
    public void The_whole_city_after_a_county_level_city_named_in_passing_is_its_prefecture_named_before()
    {
        const string text = "记者从嘉兴市商务局获悉，今年前5个月，外贸出口增幅最高的是海宁市。全市新增外贸企业320家。";
        Assert.Equal("嘉兴市", SubjectOf(text, "320"));
        Assert.Equal("嘉兴市", SubjectOf(text.Replace("全市", "该市"), "320"));
        // No prefecture of the city named before it: the county-level city.
        Assert.Equal("海宁市", SubjectOf("今年前5个月，外贸出口增幅最高的是海宁市。全市新增外贸企业320家。", "320"));
        Assert.Equal("海宁市", SubjectOf(text.Replace("嘉兴市", "湖州市"), "320"));
    }

    [Fact]
    public void A_report_from_the_prefecture_office_s_branch_in_the_city_is_about_the_city()
    {
        const string text = "嘉兴市生态环境局海宁分局介绍，今年以来，海宁市开展河道清理行动28场。全市新增护河志愿者640名。";
        Assert.Equal("海宁市", SubjectOf(text, "640"));
        Assert.Equal("嘉兴市", SubjectOf(text.Replace("海宁分局", "环境监测站"), "640"));
    }

    // The places named, as a tagger finds them.
    private static string SubjectOf(string text, string value) =>
        FigureTestKit.Attached(text, ("嘉兴市", EntityType.LOC), ("湖州市", EntityType.LOC), ("海宁市", EntityType.LOC)).Single(f => f.Value == value).Subject;
}
