using System.Text;

namespace EntityPipeline.Tests;

/// <summary>The legacy Chinese code pages, registered once for tests that write files in them.</summary>
internal static class CodePagesEncoding
{
    static CodePagesEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gbk => Encoding.GetEncoding(936);
    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");
}
