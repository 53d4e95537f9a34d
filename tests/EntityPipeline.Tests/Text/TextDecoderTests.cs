using System.Text;
using EntityPipeline.Text;

namespace EntityPipeline.Tests.Text;

public sealed class TextDecoderTests
{
    private const string Article = "新华社北京11月30日电，上海市GDP增长5.5%。\r\n第二段：“引号”与（括号）。";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("utf-8", "utf-8")]
    [InlineData("utf-8-bom", "utf-8-bom")]
    [InlineData("utf-16le", "utf-16le")]
    [InlineData("utf-16be", "utf-16be")]
    [InlineData("gb18030", "gb18030")]
    [InlineData("gbk", "gb18030")] // GBK is a subset of GB18030: detected and decoded as GB18030
    public void Every_supported_encoding_decodes_to_the_same_text(string written, string detected)
    {
        // Given the article saved in one encoding
        var bytes = Encode(Article, written);

        // When it is decoded without being told the encoding
        var decoded = TextDecoder.Decode(bytes);

        // Then the text is identical and the encoding is named
        Assert.Equal(Article, decoded.Text);
        Assert.Equal(detected, decoded.Encoding);
        Assert.Null(decoded.Warning);
    }

    [Fact]
    public void A_binary_file_is_refused_with_a_reason()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D };
        var e = Assert.Throws<InvalidDataException>(() => TextDecoder.Decode(bytes));
        Assert.Contains("binary", e.Message);
    }

    [Fact]
    public void Invalid_bytes_in_a_utf8_file_are_replaced_and_reported_with_their_line()
    {
        // Given a UTF-8 article with one stray byte on its third line
        var good = Encoding.UTF8.GetBytes("第一行中文内容。\n第二行中文内容。\n第三行");
        var bytes = good.Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("中文内容。\n")).ToArray();

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Equal("第一行中文内容。\n第二行中文内容。\n第三行\uFFFD中文内容。\n", decoded.Text);
        Assert.Contains("line 3", decoded.Warning);
    }

    [Fact]
    public void Bytes_that_are_neither_utf8_nor_gb18030_are_refused()
    {
        // 0x80 alone is invalid in both encodings; 0xFF too.
        var bytes = new byte[] { 0x41, 0x80, 0xFF, 0x80, 0xFF, 0x42 };
        var e = Assert.Throws<InvalidDataException>(() => TextDecoder.Decode(bytes));
        Assert.Contains("cannot decode", e.Message);
    }

    [Fact]
    public void Big5_text_of_Hong_Kong_or_Taiwan_is_read_as_big5_not_as_gb18030_mojibake()
    {
        // Given a traditional-script article saved as Big5, which GB18030 would also decode, to nonsense
        const string article = "香港特區政府今日公布，本港去年第四季本地生產總值按年實質上升4.3%。臺灣出口增長12%，台北市人口約250萬人。";
        var bytes = Encoding.GetEncoding("big5").GetBytes(article);

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal(article, decoded.Text);
        Assert.Equal("big5", decoded.Encoding);
        Assert.Null(decoded.Warning);
    }

    [Fact]
    public void Traditional_characters_saved_as_gbk_stay_gb18030()
    {
        const string article = "據報導，颱風襲擊了高雄，造成三人受傷，當局疏散了兩千多名居民。";
        var decoded = TextDecoder.Decode(Encoding.GetEncoding(936).GetBytes(article));
        Assert.Equal(article, decoded.Text);
        Assert.Equal("gb18030", decoded.Encoding);
    }

    [Fact]
    public void A_stray_nul_in_a_utf8_file_is_replaced_and_reported_not_read_as_utf16()
    {
        // Given a UTF-8 article with one NUL byte on its second line (an even byte count, as UTF-16 has)
        const string firstLine = "第一行：今年前三季度，上海市地区生产总值同比增长5.5%，高于全国平均水平。\n";
        var bytes = Encoding.UTF8.GetBytes(firstLine + "第二行：北京").Concat(new byte[] { 0 })
            .Concat(Encoding.UTF8.GetBytes("增长4%。\n")).ToArray();
        Assert.Equal(0, bytes.Length % 2);

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Equal(firstLine + "第二行：北京\uFFFD增长4%。\n", decoded.Text);
        Assert.Contains("1 NUL byte(s)", decoded.Warning);
        Assert.Contains("line 2", decoded.Warning);
    }

    [Fact]
    public void Utf16_without_a_byte_order_mark_is_still_detected()
    {
        var decoded = TextDecoder.Decode(Encoding.Unicode.GetBytes(Article));
        Assert.Equal(Article, decoded.Text);
        Assert.Equal("utf-16le", decoded.Encoding);
    }

    [Fact]
    public void An_empty_file_is_empty_text()
    {
        Assert.Equal("", TextDecoder.Decode([]).Text);
    }

    internal static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8" => Encoding.UTF8.GetBytes(text),
        "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        "gb18030" => Encoding.GetEncoding("GB18030").GetBytes(text),
        "gbk" => Encoding.GetEncoding(936).GetBytes(text),
        _ => throw new ArgumentException(encoding),
    };
}
