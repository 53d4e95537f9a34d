using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// A web or newspaper dateline, the medium's name and 讯 opening a report before a space or a bracket (成都商报讯 , 新浪科技讯 ,
/// 中国经济网讯 ), names the medium: it is one organisation, as 新华社 in 新华社电 (E11), where the tagger takes its place alone
/// (成都/LOC 商报) or runs on into 讯. A place there is the dateline's place (合肥讯 ), and 本报讯 names none; the paper's own dateline
/// names its place (本报北京讯 → 北京, as MSRA tags it). A mention the tagger runs on across the space (棹湾讯 棹湾盐场) starts again
/// after it. Part of the companies rule. Stateless.
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
        if (name.ContainsAny(" 　，。、：“”《》【】")) return;
        int own = Prefixes.IndexAt(name, Own) is >= 0 and var k ? Own[k].Length : 0;
        if (own == news) return;
        bool place = own > 0 || DivisionChains.OuterDivisionAt(name) == name.Length || CountryPlaces.IsCountry(name);
        int after = news + 1;
        if (!BioesLabels.CanStart(labels[after])) RestartAfter(labels, after, length);
        labels.AsSpan(0, after).Fill(BioesLabels.Outside);
        BioesLabels.Mark(labels, own, news, place ? EntityType.LOC : EntityType.ORG);
    }

    /// <summary>Ends the mention that runs on across the mark at <paramref name="at"/> and starts what is left of it after the mark.</summary>
    private static void RestartAfter(int[] labels, int at, int length)
    {
        var type = BioesLabels.TypeOf(labels[at]);
        int end = at;
        while (end < length && BioesLabels.PartOf(labels[end]) is not BioesLabels.E) end++;
        labels[at] = BioesLabels.Outside;
        if (end > at && end < length) BioesLabels.Mark(labels, at + 1, end + 1, type);
    }
}
