using System.Text.RegularExpressions;

namespace EntityPipeline.Dates;

/// <summary>A date kept in a document's path: 2024-03-15_xxx.txt, 20240315-xxx.txt, 2024/03/15/xxx.txt (folders count too).</summary>
internal static partial class DateInFileName
{
    /// <summary>The last date written in <paramref name="docId"/> (the file name before its folders), as YYYY-MM-DD; else null.</summary>
    public static string? Find(string docId)
    {
        string? found = null;
        foreach (Match m in DatePattern().Matches(docId))
            found = DateInText.Day(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) ?? found;
        return found;
    }

    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)[0-9]{2})[-_./]?(?<m>0[1-9]|1[0-2])[-_./]?(?<d>0[1-9]|[12][0-9]|3[01])(?![0-9])")]
    private static partial Regex DatePattern();
}
