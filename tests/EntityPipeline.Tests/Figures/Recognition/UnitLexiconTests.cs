using EntityPipeline.Documents;
using EntityPipeline.Figures.Recognition;

namespace EntityPipeline.Tests.Figures.Recognition;

public sealed class UnitLexiconTests
{
    private static readonly UnitLexicon Units = FigureTestKit.Resources.Units;

    [Theory]
    [InlineData("平方公里的", "平方公里", "平方公里", FigureKind.AREA)]   // longest match, not 公里
    [InlineData("公里长", "公里", "公里", FigureKind.LENGTH)]
    [InlineData("辆次，", "辆次", "辆次", FigureKind.COUNT)]      // a count of passages, not of vehicles
    [InlineData("千米", "千米", "公里", FigureKind.LENGTH)]          // base form
    [InlineData("公斤", "公斤", "千克", FigureKind.WEIGHT)]
    [InlineData("元", "元", "元", FigureKind.MONEY)]
    [InlineData("美元", "美元", "美元", FigureKind.MONEY)]           // money keeps its currency
    [InlineData("欧元", "欧元", "欧元", FigureKind.MONEY)]
    [InlineData("％", "％", "%", FigureKind.PERCENT)]               // full-width percent sign
    [InlineData("个百分点", "个百分点", "百分点", FigureKind.PERCENT)]           // GUIDELINES F9: 个 before a measure noun is no unit
    [InlineData("个基点", "个基点", "基点", FigureKind.PERCENT)]
    [InlineData("倍", "倍", "倍", FigureKind.RATIO)]
    [InlineData("个小时", "个小时", "小时", FigureKind.DURATION)]
    [InlineData("个月", "个月", "月", FigureKind.DURATION)]
    [InlineData("周年", "周年", "周年", FigureKind.DURATION)]
    [InlineData("标准箱", "标准箱", "标准箱", FigureKind.COUNT)]
    [InlineData("P（", "P", "P", FigureKind.QUANTITY)]             // a Latin unit before punctuation
    [InlineData("家企业", "家", "家", FigureKind.COUNT)]
    [InlineData("省", "省", "省", FigureKind.COUNT)]
    [InlineData("桶原油", "桶", "桶", FigureKind.COUNT)]                // per barrel: 每桶80美元
    [InlineData("盎司", "盎司", "盎司", FigureKind.WEIGHT)]
    [InlineData("cm", "cm", "厘米", FigureKind.LENGTH)]                  // GUIDELINES F9: one spelling per unit
    [InlineData("微克", "微克", "微克", FigureKind.WEIGHT)]
    [InlineData("港币", "港币", "港元", FigureKind.MONEY)]
    [InlineData("摄氏度", "摄氏度", "℃", FigureKind.QUANTITY)]
    [InlineData("航次，", "航次", "航次", FigureKind.COUNT)]             // voyages, lottery bets, mirrors, sluice gates
    [InlineData("注，", "注", "注", FigureKind.COUNT)]
    [InlineData("吉赫", "吉赫", "吉赫", FigureKind.QUANTITY)]
    [InlineData("毫米汞柱", "毫米汞柱", "毫米汞柱", FigureKind.QUANTITY)]    // longest match, not 毫米
    [InlineData("㎡", "㎡", "平方米", FigureKind.AREA)]
    [InlineData("MPa", "MPa", "兆帕", FigureKind.QUANTITY)]
    [InlineData("km/h", "km/h", "公里/小时", FigureKind.RATE)]             // a rate written as one symbol
    [InlineData("票，", "票", "票", FigureKind.COUNT)]
    public void Matches_the_longest_unit_and_gives_its_base_form_and_kind(string text, string surface, string unit, FigureKind kind)
    {
        var entry = Units.Match(text, 0, text.Length);
        Assert.NotNull(entry);
        Assert.Equal(surface, entry.Surface);
        Assert.Equal(unit, entry.Unit);
        Assert.Equal(kind, entry.Kind);
    }

    [Theory]
    [InlineData("Pro")]    // P inside a Latin word is no unit
    [InlineData("G网络")]   // 5G: G is no unit
    [InlineData("门县")]    // 三门县: 门 is not taken as a classifier
    [InlineData("强县")]
    [InlineData("票房")]    // the fourth column: characters that make a word with the unit's
    [InlineData("集团")]
    [InlineData("MBA")]     // a Latin unit inside a Latin word
    [InlineData("")]
    public void Finds_no_unit(string text) => Assert.Null(Units.Match(text, 0, text.Length));

    [Fact]
    public void A_fourth_column_lists_the_characters_the_unit_is_no_unit_before()
    {
        var path = Path.Combine(Path.GetTempPath(), $"units-{Guid.NewGuid():N}.tsv");
        File.WriteAllLines(path, ["surface\tunit\tkind\tnot_before", "票\t票\tCOUNT\t房据", "元\t元\tMONEY"]);
        try
        {
            var units = UnitLexicon.Load(path);
            Assert.Null(units.Match("票房", 0, 2));
            Assert.Equal("票", units.Match("票数", 0, 2)?.Unit);
            Assert.Equal("元", units.Match("元房", 0, 2)?.Unit);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_malformed_lexicon_is_refused_with_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"units-{Guid.NewGuid():N}.tsv");
        File.WriteAllLines(path, ["surface\tunit\tkind", "公里\t公里\tLENGTH", "亩\t亩\tSURFACE"]);
        try
        {
            var e = Assert.Throws<InvalidDataException>(() => UnitLexicon.Load(path));
            Assert.Contains(":3:", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
