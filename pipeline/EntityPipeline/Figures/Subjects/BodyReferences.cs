using System.Collections.Immutable;
using EntityPipeline.Documents;

namespace EntityPipeline.Figures.Subjects;

/// <summary>
/// Words that refer back to a body already named (该船厂, 该机场, 全馆, 该院, 本行): figures in a clause that holds one before them are
/// that body's, as the project golds write them (记者从南岭国际机场获悉，…该机场累计保障航班起降3.46万架次 → 南岭国际机场),
/// even where the name was governed by a preposition (从…获悉) and so made no subject of its own. The body is the nearest
/// organisation or place named before whose name ends as the word does (机场, 院 of 法院, 行 of 银行), or for a word of a company
/// (该公司, 该船厂, 该企业) the nearest organisation; a team's (本次考察队) the team named before, or a team or facility with no name the
/// noun itself (内陆队行进1300公里). A word of two characters or more that opens its clause without a pointer
/// (记者从天津港获悉，…。港口新增冷藏箱插座1200个; 保护区总面积…; 目前船厂共有员工约6800人) refers back the same way; 企业 alone is
/// any firm.
/// </summary>
internal static class BodyReferences
{
    // The noun after a pointer, longest first where one ends another; with the ends of the names it may refer to.
    private static readonly (string Noun, string[] NameEnds)[] Nouns =
    [
        ("机场", ["机场"]), ("保护区", ["保护区"]), ("风电场", ["风电场"]), ("景区", ["景区"]), ("港口", ["港", "港口", "码头"]),
        ("医院", ["医院", "院"]), ("银行", ["银行", "行"]), ("学校", ["学校", "大学", "学院", "中学", "小学"]),
        ("馆", ["馆"]), ("院", ["院"]), ("局", ["局"]), ("行", ["银行"]), ("校", ["学校", "大学", "学院", "中学", "小学"]),
        ("基地", ["基地"]), ("公司", ["公司"]), ("集团", ["集团"]), ("企业", []), ("船厂", ["船厂"]), ("厂", ["厂"]),
        ("中心", ["中心"]), ("站", ["站"]), ("所", ["所"]), ("工程", ["工程"]), ("项目", ["项目"]),
        ("考察队", ["考察队"]), ("科考队", ["科考队", "考察队"]), ("考古队", ["考古队"]), ("内陆队", ["内陆队"]), ("项目组", ["项目组"]),
    ];

    // Words of a company: one whose name ends as the word does (集团 → 海澄造船集团) if any, else any organisation (该船厂 → 江海重工).
    private static readonly string[] CompanyWords = ["公司", "集团", "企业", "船厂", "厂"];

    // The nouns of one facility or team a report is about, which stand for it even when it is never named (科考队由来自11家单位的
    // 85名科研人员组成; 内陆队行进1300公里).
    private static readonly string[] Facilities = ["机场", "保护区", "风电场", "景区", "港口", "基地", "考古队", "内陆队", "项目组"];

    // Words that may open a clause before the noun (目前船厂共有员工…; 本次考察队共有460余名队员).
    private static readonly string[] Openers = ["目前", "同时", "此外", "如今", "本次", "此次"];

    // A body named further back than this (characters) belongs to another part of a long file.
    private const int MaxBack = 3000;

    /// <summary>The body a word in [<paramref name="clause"/>, <paramref name="limit"/>) refers back to (今年上半年该船厂…), or null.</summary>
    public static PlaceSpan? Reference(string text, int clause, int limit, ImmutableArray<Mention> mentions)
    {
        int opening = clause;
        while (opening < limit && char.IsWhiteSpace(text[opening])) opening++;
        if (TextRules.WordAt(text, opening, limit, Openers) is { } opener) opening += opener.Length;
        // A facility no name before stands for (记者从湖区一处保护区获悉，…保护区内共记录到…) is the subject by its noun; 银行 or
        // 医院 with no name before is any bank or hospital.
        if (opening + 2 < limit && NounAt(text, opening, limit) is { } bare && !IsPointerless(text, opening))
            return Refer(text, opening, opening, mentions, bare)
                ?? (TextRules.WordAt(text, opening, limit, Facilities) is { } facility ? new PlaceSpan(opening, opening + facility.Length) : null);
        for (int at = clause; at + 2 <= limit; at++)
        {
            int found = text.AsSpan(at, limit - at).IndexOfAny(PointerChars);
            if (found < 0) return null;
            at += found;
            if (at + 1 < limit && NounAt(text, at + 1, limit) is { } ends) return Refer(text, at, at + 1, mentions, ends);
        }
        return null;
    }

    private static readonly System.Buffers.SearchValues<char> PointerChars = System.Buffers.SearchValues.Create("该全本");

    /// <summary>Whether the noun at <paramref name="at"/> is one character, or 企业 (企业研发投入…: firms in general), and so refers back only after a pointer.</summary>
    private static bool IsPointerless(string text, int at) =>
        Array.Find(Nouns, n => text.AsSpan(at).StartsWith(n.Noun)).Noun is not { Length: >= 2 } noun || noun == "企业";

    /// <summary>The ends of the names the noun at <paramref name="at"/> may refer to (empty: any organisation), or null when none stands there.</summary>
    private static string[]? NounAt(string text, int at, int limit)
    {
        foreach (var (noun, ends) in Nouns)
        {
            if (!text.AsSpan(at, limit - at).StartsWith(noun)) continue;
            // 全行业 and 全院士 are words of their own, not 全 + 行 or 院.
            int after = at + noun.Length;
            return noun.Length == 1 && after < limit && text[after] is '业' or '士' or '长' ? null : ends;
        }
        return null;
    }

    /// <summary>The body the noun at <paramref name="noun"/> refers to: one whose name ends as <paramref name="ends"/> say, or for a word of a company any organisation.</summary>
    private static PlaceSpan? Refer(string text, int at, int noun, ImmutableArray<Mention> mentions, string[] ends) =>
        Antecedent(text, at, mentions, ends)
        ?? (ends.Length > 0 && TextRules.WordAt(text, noun, text.Length, CompanyWords) is not null ? Antecedent(text, at, mentions, []) : null);

    /// <summary>The nearest organisation or place before <paramref name="at"/> whose name ends in one of <paramref name="ends"/> (any organisation when empty).</summary>
    private static PlaceSpan? Antecedent(string text, int at, ImmutableArray<Mention> mentions, string[] ends)
    {
        for (int i = mentions.Length - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (m.End > at) continue;
            if (at - m.End > MaxBack) break;
            // A person, or a work's title (旗下新作《山海行》…。公司第三季度营收…), is no body.
            if (m.Type == EntityType.PER || m.Start > 0 && text[m.Start - 1] == '《') continue;
            // A name longer than its end (机场 alone is no airport's name).
            if (ends.Length == 0 ? m.Type == EntityType.ORG : TextRules.WordBefore(text, m.End, m.Start + 1, ends) is not null) return new PlaceSpan(m.Start, m.End);
        }
        return null;
    }
}
