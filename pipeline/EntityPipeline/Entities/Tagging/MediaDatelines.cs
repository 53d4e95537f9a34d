using EntityPipeline.Documents;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// A web or newspaper dateline, the medium's name and 讯 opening a report before a space or a bracket (成都商报讯 , 新浪科技讯 ,
/// 中国经济网讯 ), names the medium: it is one organisation, as 新华社 in 新华社电 (E11), where the tagger takes its place alone
/// (成都/LOC 商报) or runs on into 讯. A place there is the dateline's place (合肥讯 ), and 本报讯 names none. Part of the companies
/// rule. Stateless.
/// </summary>
internal static class MediaDatelines
{
    private const int LongestName = 8;

    private static readonly string[] Own = ["本报", "本刊", "本台", "本网", "本站"];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Tag(ReadOnlySpan<char> text, int[] labels, int length)
    {
        int news = text[..Math.Min(length, LongestName + 1)].IndexOf('讯');
        if (news < 2 || news + 1 >= length || text[news + 1] is not (' ' or '　' or '（' or '(')) return;
        var name = text[..news];
        if (name.ContainsAny(" 　，。、：“”《》【】") || Prefixes.IndexAt(name, Own) >= 0) return;
        bool place = DivisionChains.OuterDivisionAt(name) == name.Length || CountryPlaces.IsCountry(name);
        if (!BioesLabels.CanStart(labels[news + 1]) && labels[news + 1] != BioesLabels.Outside) return; // a mention runs on past 讯
        labels.AsSpan(0, news + 1).Fill(BioesLabels.Outside);
        BioesLabels.Mark(labels, 0, news, place ? EntityType.LOC : EntityType.ORG);
    }
}
