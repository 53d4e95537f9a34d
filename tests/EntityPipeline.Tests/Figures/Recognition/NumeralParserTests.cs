using EntityPipeline.Figures.Recognition;

namespace EntityPipeline.Tests.Figures.Recognition;

public sealed class NumeralParserTests
{
    [Theory]
    // Arabic numerals
    [InlineData("0", "0")]
    [InlineData("7", "7")]
    [InlineData("6600", "6600")]
    [InlineData("2023", "2023")]
    [InlineData("3.14", "3.14")]
    [InlineData("19.54", "19.54")]
    [InlineData("0.5", "0.5")]
    [InlineData("１９９５", "1995")]             // full-width digits
    [InlineData("９．５", "9.5")]                // full-width digits and point
    [InlineData("1,234.5", "1234.5")]          // thousands separator and decimals
    [InlineData("12,345,678", "12345678")]     // several groups
    [InlineData("1,000", "1000")]
    [InlineData("1,0000", null)]               // a comma before four digits is no thousands separator
    [InlineData("12,34", null)]                // nor before two
    // Arabic numerals with Chinese multipliers
    [InlineData("22.1万亿", "22100000000000")]   // 万亿 = 10^12
    [InlineData("1.67万", "16700")]
    [InlineData("50万", "500000")]
    [InlineData("3亿", "300000000")]
    [InlineData("1000万亿", "1000000000000000")]
    [InlineData("5千万", "50000000")]          // 千万 together
    [InlineData("2百万", "2000000")]           // 百万 together
    [InlineData("5千", "5000")]
    [InlineData("3千米", null)]                // 千米 is a unit: only "3" is a numeral
    [InlineData("2百", null)]                  // 百 after Arabic digits only before 万/亿
    // Mixed chains of Arabic digits and multipliers (GUIDELINES F9)
    [InlineData("3万2千", "32000")]
    [InlineData("6万5000", "65000")]
    [InlineData("2千零40万", "20400000")]       // the section before 万 is 2千零40
    [InlineData("1万5", "15000")]              // colloquial, as 一万五
    [InlineData("3亿2000万", "320000000")]
    [InlineData("1,200万", "12000000")]
    // A middle dot between digits is a decimal point in older text
    [InlineData("３·３", "3.3")]
    [InlineData("４５６·７８亿", "45678000000")]
    // 半 with a multiplier
    [InlineData("半百", "50")]
    // Chinese numerals
    [InlineData("零", "0")]
    [InlineData("〇", "0")]
    [InlineData("一", "1")]
    [InlineData("两", "2")]
    [InlineData("十", "10")]
    [InlineData("十一", "11")]                 // leading 十 means 一十
    [InlineData("二十", "20")]
    [InlineData("二十五", "25")]
    [InlineData("五十", "50")]
    [InlineData("一百", "100")]
    [InlineData("一百零五", "105")]             // 零 marks a skipped place
    [InlineData("一千零五十", "1050")]
    [InlineData("两千零二十三", "2023")]
    [InlineData("十万", "100000")]
    [InlineData("四十万", "400000")]
    [InlineData("两万", "20000")]
    [InlineData("一千万", "10000000")]
    [InlineData("三千二百亿", "320000000000")]   // a section before 亿
    [InlineData("一亿二千万", "120000000")]       // 亿 then a 万 section
    [InlineData("一万亿", "1000000000000")]      // 万 then 亿 multiply
    [InlineData("二十万亿", "20000000000000")]
    [InlineData("十二万三千四百五十六", "123456")]
    [InlineData("一万二", "12000")]             // colloquial: the last digit is one place below 万
    [InlineData("三千五", "3500")]              // colloquial: 三千五百
    [InlineData("壹佰", "100")]                 // financial forms
    [InlineData("贰拾", "20")]
    // Chinese decimals and digit strings
    [InlineData("零点五", "0.5")]
    [InlineData("三点一四", "3.14")]
    [InlineData("三点五万", "35000")]           // a decimal before a multiplier
    [InlineData("二〇二三", "2023")]            // a year written digit by digit
    [InlineData("一九九五", "1995")]
    [InlineData("半", "0.5")]
    // Not numerals, or no definite value
    [InlineData("", null)]
    [InlineData("abc", null)]
    [InlineData("万", null)]                    // a multiplier with nothing to multiply
    [InlineData("亿", null)]
    [InlineData("三五", null)]                  // "three or five": an estimate
    [InlineData("七八", null)]
    [InlineData("三千五六", null)]              // an estimate after a multiplier
    [InlineData("十几", null)]                  // 几 leaves the value open
    [InlineData("几十", null)]
    [InlineData("好几", null)]
    [InlineData("百强", null)]                  // a numeral followed by a word: not a whole numeral
    public void Parses_a_whole_numeral_or_refuses(string text, string? expected)
    {
        // When
        var value = NumeralParser.Parse(text);

        // Then
        Assert.Equal(expected, value is null ? null : FigureValue.Format(value.Value));
    }

    [Theory]
    [InlineData("3千米", 1, "3")]               // stops before the unit 千米
    [InlineData("22.1万亿元", 6, "22100000000000")]
    [InlineData("零点五公里", 3, "0.5")]
    [InlineData("2023年", 4, "2023")]
    [InlineData("1,234.5吨", 7, "1234.5")]
    [InlineData("84458亿3亿1亿元", 6, "8445800000000")] // a chain past 10^24 stops at its first part (it overflowed decimal)
    public void Reads_the_numeral_at_the_start_and_reports_its_length(string text, int length, string value)
    {
        Assert.True(NumeralParser.TryParse(text, 0, text.Length, out var numeral));
        Assert.Equal(length, numeral.Length);
        Assert.Equal(value, FigureValue.Format(numeral.Value));
    }
}
