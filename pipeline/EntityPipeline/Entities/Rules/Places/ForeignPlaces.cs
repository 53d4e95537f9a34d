using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// A transliterated name the tagger read as a person right after a country or a state or province of one (匈牙利 德布勒森, 得克萨斯州
/// 奥斯汀, Texas州 Abilene), or after a word for a city (第二大城市 姆万扎, 东部城市 德布勒森) or a verb of going (飞往, 来自: <see
/// cref="Goings"/>), is a place in it: news names a person after
/// a country with a word between (美国总统某某, 日本选手某某). Part of the division-chains rule. Stateless.
/// </summary>
internal static class ForeignPlaces
{
    private static readonly string[] Cities = ["城市", "首都", "首府", "港口城市", "港城", "小镇"];

    /// <summary>
    /// Verbs of going, sending and coming from, whose object is a place (飞往, 抵达, 来自): MSRA's training text has a place right
    /// after them 283 times and a person twice, once a person's home (前往某某家中) and once a city it tags a person.
    /// </summary>
    private static readonly string[] Goings = ["飞往", "前往", "抵达", "到达", "途经", "飞抵", "开往", "驶往", "运往", "销往", "来自", "飞赴", "赶赴", "远赴", "移居"];

    /// <summary>Words after a person that make a place of theirs (某某家中, 某某处): the person stays.</summary>
    private const string PersonsPlaces = "家处那这身";

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Retype(ReadOnlySpan<char> text, int[] labels, int length)
    {
        int previousEnd = -1, previousStart = -1;
        var previousType = EntityType.PER;
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type == EntityType.PER && end - start >= 2
                && (previousEnd == start && previousType == EntityType.LOC && Locates(text[previousStart..previousEnd]) || Prefixes.EndsWithAny(text[..start], Cities)
                    || Prefixes.EndsWithAny(text[..start], Goings) && (end == length || !PersonsPlaces.Contains(text[end]))))
                BioesLabels.Mark(labels, start, end, EntityType.LOC);
            (previousStart, previousEnd, previousType) = (start, end, type);
        }
    }

    /// <summary>Whether a place is a country, or a state or province (abroad or at home) by its full name.</summary>
    private static bool Locates(ReadOnlySpan<char> place) => CountryPlaces.IsCountry(place) || place.Length >= 3 && place[^1] is '州' or '省';

    /// <summary>The agencies and papers whose dateline names a place before its date (新华社某地5月8日电, 本报某地8日电).</summary>
    private static readonly string[] Agencies = ["新华社", "中新社", "本报"];

    /// <summary>
    /// A name the tagger read as a person between an agency and a dateline's date (新华社 阿伯丁 9月8日电, 本报 圣马丁 15日电) is the
    /// dateline's place: MSRA's training text tags that slot a place 698 times, an organisation 7 (联合国), a person never.
    /// Part of the division-chains rule. Stateless.
    /// </summary>
    public static void RetypeDatelines(ReadOnlySpan<char> text, int[] labels, int length)
    {
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
            if (type == EntityType.PER && Prefixes.EndsWithAny(text[..start], Agencies) && IsDate(text[end..length]))
                BioesLabels.Mark(labels, start, end, EntityType.LOC);
    }

    /// <summary>Whether a text opens with a dateline's date and 电 (9月8日电, １５日电).</summary>
    private static bool IsDate(ReadOnlySpan<char> rest)
    {
        int i = Digits(rest, 0);
        if (i > 0 && i < rest.Length && rest[i] == '月') i = Digits(rest, i + 1) is var d && d > i + 1 ? d : 0;
        return i > 0 && rest[i..].StartsWith("日电");
    }

    /// <summary>Where a run of digits (ASCII, full-width or Chinese) from <paramref name="at"/> ends.</summary>
    private static int Digits(ReadOnlySpan<char> text, int at)
    {
        int i = at;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] is >= '０' and <= '９' || "〇一二三四五六七八九十".Contains(text[i]))) i++;
        return i;
    }
}
