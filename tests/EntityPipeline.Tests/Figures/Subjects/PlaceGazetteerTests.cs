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
