using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// A country before a player's or competitor's word (中国选手, 日本选手, 乌拉圭前锋, 中国队员) says where the player is from, and is a
/// place, as every project gold and MSRA tag it: the tagger, reading a team, types it an organisation, or runs it into 队 of 队员.
/// Only a span that is the country alone (or it and 队 before 员) is retyped; 中国队 as a team stays an organisation. Part of the
/// division-chains rule, with <see cref="CountryPlaces"/>. Stateless.
/// </summary>
internal static class CountryPlayers
{
    private static readonly string[] Players =
        ["选手", "球员", "队员", "前锋", "后卫", "中场", "门将", "运动员", "棋手", "车手", "球星", "名将", "小将", "外援", "射手", "二传", "主攻", "籍"];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Retype(ReadOnlySpan<char> text, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.ORG) continue;
            int country = end;
            if (text[end - 1] == '队' && end < length && text[end] == '员') country = end - 1; // 中国队/ORG 员
            else if (Prefixes.IndexAt(text[end..length], Players) < 0) continue;
            if (!CountryPlaces.IsCountry(text[start..country])) continue;
            if (country < end) labels[country] = BioesLabels.Outside;
            BioesLabels.Mark(labels, start, country, EntityType.LOC);
        }
    }
}
