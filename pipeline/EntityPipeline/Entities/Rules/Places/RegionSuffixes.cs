using System.Collections.Frozen;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// The 区 of a region as firms divide the world (亚太区, 大中华区, 中国区 总裁) is no part of the place, as 地区 and 区域 are not
/// (guidelines E5: 亚太地区 gives 亚太; the golds write 大中华区, 中国区 so): a span that is such a region and its 区 is the region,
/// a place; one that opens with a name before it (安永大中华区) is that name, an organisation (a place where the gazetteer knows
/// it), and the region. Regions only: no
/// division of China or abroad is named so. Part of the directions rule. Stateless.
/// </summary>
internal static class RegionSuffixes
{
    private static readonly FrozenSet<string> Regions = new[]
    {
        "亚太", "大中华", "中东", "北美", "南美", "拉美", "东南亚", "东亚", "南亚", "西亚", "中亚", "欧洲", "亚洲", "非洲", "北欧",
        "西欧", "东欧", "欧美", "华东", "华南", "华北", "华中", "华西", "西南", "西北", "东北", "中国", "港澳", "港澳台",
    }.ToFrozenSet(StringComparer.Ordinal);

    private const int LongestRegion = 3;

    /// <summary>Whether a name is one of the regions firms divide the world into (亚太, 华北, 欧洲).</summary>
    internal static bool IsRegion(ReadOnlySpan<char> name) => Regions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels.</summary>
    public static void Cut(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOf('区') < 0) return;
        var regions = Regions.GetAlternateLookup<ReadOnlySpan<char>>();
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, _) in BioesLabels.Spans(labels, length))
        {
            if (text[end - 1] != '区') continue;
            for (int region = Math.Max(start, end - 1 - LongestRegion); region <= end - 3; region++)
            {
                if (!regions.Contains(text[region..(end - 1)])) continue;
                labels[end - 1] = BioesLabels.Outside;
                // The name before it is a firm's (安永大中华区), or a place's where the gazetteer knows it (大连东北区).
                if (region - start >= 2) BioesLabels.Mark(labels, start, region, PlaceNames.Lexicon.TypesOf(text[start..region]) != 0 ? EntityType.LOC : EntityType.ORG);
                else if (region > start) labels[start] = BioesLabels.Outside;
                BioesLabels.Mark(labels, region, end - 1, EntityType.LOC);
                break;
            }
        }
    }
}
