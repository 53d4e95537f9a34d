using System.Text;

namespace EntityPipeline.Cli.Bench;

/// <summary>
/// Generates news-like documents of a given total size from the project's own sentence templates
/// (bench-sentences.txt), filling names, places and numbers from a seeded random source, so every
/// run of a size sees the same text and the text does not repeat verbatim.
/// </summary>
internal static class BenchCorpus
{
    private const int DocumentChars = 4_000;
    private static readonly string[] Names = ["王晓明", "李建国", "张伟", "陈志强", "赵丽华", "刘海涛", "黄志明", "周欣然", "吴国平", "孙立新"];
    private static readonly string[] Cities = ["成都", "重庆", "杭州", "宁波", "合肥", "苏州", "南京", "广州", "深圳", "武汉", "西安", "长沙"];
    private static readonly string[] Provinces = ["四川省", "浙江省", "安徽省", "江苏省", "广东省", "湖北省", "陕西省", "湖南省"];

    private static string[] Templates => field ??= File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Bench", "bench-sentences.txt"))
        .Where(l => l.Length > 0).ToArray();

    /// <summary>Documents of about <see cref="DocumentChars"/> characters until <paramref name="totalChars"/> are reached.</summary>
    public static IEnumerable<(string Id, string Text)> Generate(long totalChars, int seed = 7)
    {
        var random = new Random(seed);
        long made = 0;
        for (int i = 0; made < totalChars; i++)
        {
            var text = Document(random);
            made += text.Length;
            yield return ($"{i / 1000:D4}/{i:D7}.txt", text);
        }
    }

    /// <summary>The generated text is almost all CJK, three UTF-8 bytes a character.</summary>
    public static long CharsFor(long utf8Bytes) => utf8Bytes / 3;

    /// <summary>Writes a corpus of about <paramref name="utf8Bytes"/> bytes of UTF-8 under <paramref name="folder"/>; returns the characters written.</summary>
    public static long WriteTo(string folder, long utf8Bytes, int seed = 7) =>
        Write(folder, Generate(CharsFor(utf8Bytes), seed));

    /// <summary>Writes <paramref name="documents"/> as UTF-8 files under <paramref name="folder"/> (doc_id is the path); returns the characters written.</summary>
    public static long Write(string folder, IEnumerable<(string Id, string Text)> documents)
    {
        long chars = 0;
        foreach (var (id, text) in documents)
        {
            var path = Path.Combine(folder, id);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, new UTF8Encoding(false));
            chars += text.Length;
        }
        return chars;
    }

    private static string Document(Random random)
    {
        var sb = new StringBuilder(DocumentChars + 200);
        sb.Append("# ").Append(Pick(random, Cities)).Append("经济观察\n\n");
        while (sb.Length < DocumentChars)
        {
            sb.Append(Fill(Pick(random, Templates), random));
            if (random.Next(4) == 0) sb.Append('\n');
        }
        return sb.Append('\n').ToString();
    }

    private static string Fill(string template, Random random) => template
        .Replace("{NAME}", Pick(random, Names)).Replace("{CITY}", Pick(random, Cities)).Replace("{PROV}", Pick(random, Provinces))
        .Replace("{N}", (random.Next(10, 99_999) / 10.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture))
        .Replace("{P}", (random.Next(1, 999) / 10.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture))
        .Replace("{Y}", random.Next(2020, 2036).ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Replace("{M}", random.Next(1, 13).ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Replace("{D}", random.Next(1, 29).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
