using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// The names listed before 等 and a word for firms or brands (周大福、老凤祥、周生生等品牌; 吴裕泰、盛锡福等老字号; 高古轩（Gagosian）、
/// 豪瑟沃斯等画廊) are organisations, where the tagger reads a brand it never saw as a person (周生生, 豪瑟沃斯) or a place (an old
/// shop's 某某楼, 某某轩). Every person-typed name of the list is retyped, and every place-typed one that is no place the project
/// knows (a country, a division, a listed place); the list runs back from 等 over names joined by 、, 和, 与 or 及, each maybe
/// glossed in brackets. The design golds tag every name listed before 等 and these words an organisation. Part of the
/// companies rule. Stateless.
/// </summary>
internal static class BrandLists
{
    private static readonly string[] Kinds =
        ["品牌", "老字号", "画廊", "车企", "商家", "厂商", "连锁店", "企业", "酒企", "药企", "茶企", "酒商", "机构"];

    /// <summary>
    /// Nouns for people of the kind (等品牌代言人, 等企业家, 等企业负责人), maybe after 的: a list before them names people.
    /// </summary>
    private static readonly string[] PeopleAfterKind =
        ["家", "代言", "大使", "传人", "创始人", "掌门", "主理人", "设计师", "负责人", "代表", "高管", "老板", "员工", "职工", "人士",
         "人员", "领导", "董事", "总裁", "经理", "工程师", "专家", "学者"];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Tag(ReadOnlySpan<char> text, int[] labels, int length)
    {
        for (int at = text[..length].IndexOf('等'); at > 0; )
        {
            if (Prefixes.IndexAt(text[(at + 1)..length], Kinds) is int kind and >= 0 && !NamesPeople(text[(at + 1 + Kinds[kind].Length)..length]))
                Retype(text, labels, at);
            int next = text[(at + 1)..length].IndexOf('等');
            at = next < 0 ? -1 : at + 1 + next;
        }
    }

    /// <summary>Whether the text after the kind's word opens with a noun for people of it, maybe after 的.</summary>
    internal static bool NamesPeople(ReadOnlySpan<char> after)
    {
        if (after.Length > 0 && after[0] == '的') after = after[1..];
        return Prefixes.IndexAt(after, PeopleAfterKind) >= 0;
    }

    /// <summary>
    /// Retypes the person- and unknown place-typed names of the list that ends at <paramref name="end"/>, and tags an untagged item
    /// between two joins (某某、X、某某等品牌: jieba's or the tagger's miss; its ends are the joins) when the list holds a mention.
    /// </summary>
    private static void Retype(ReadOnlySpan<char> text, int[] labels, int end)
    {
        var items = new List<(int Start, int End, bool Tagged)>();
        while (end > 0)
        {
            // A gloss in brackets after a name (高古轩（Gagosian）): its name is an item too.
            if (text[end - 1] is '）' or ')' && text[..end].LastIndexOfAny('（', '(') is int open and >= 0)
            {
                if (BioesLabels.StartOfSpanEndingAt(labels, end - 1) == open + 1) items.Add((open + 1, end - 1, true));
                end = open;
            }
            int start = BioesLabels.StartOfSpanEndingAt(labels, end);
            bool tagged = start >= 0;
            if (!tagged && (start = UntaggedItemStart(text, labels, end)) < 0) break;
            items.Add((start, end, tagged));
            if (start == 0 || !IsItemJoin(text[start - 1])) break;
            end = start - 1;
        }
        if (!items.Exists(item => item.Tagged)) return;
        foreach (var (start, stop, tagged) in items)
        {
            if (tagged) ToOrganisation(text, labels, start, stop);
            else BioesLabels.Mark(labels, start, stop, EntityType.ORG);
        }
    }

    /// <summary>Where an untagged name item ending at <paramref name="end"/> starts, right after a join; -1 when none does.</summary>
    private static int UntaggedItemStart(ReadOnlySpan<char> text, int[] labels, int end)
    {
        int start = end;
        while (start > 0 && end - start < MaxItem && !IsItemJoin(text[start - 1]) && BioesLabels.AllOutside(labels, start - 1, start)) start--;
        return end - start >= 2 && start > 0 && IsItemJoin(text[start - 1]) && IsNameItem(text[start..end]) ? start : -1;
    }

    /// <summary>What joins the items of a list: the enumeration comma, or a conjunction before the last item.</summary>
    private static readonly string[] Joins = ["、", "和", "与", "及", "以及"];

    /// <summary>The fewest items of a list whose majority retypes a person among them (<see cref="RetypeMajorities"/>).</summary>
    private const int MinItems = 3;

    /// <summary>
    /// A list of three or more mentions joined by 、, 和, 与 or 及 (each maybe glossed in brackets) whose organisations outnumber
    /// its persons, and that opens with an organisation, lists firms: its person-typed items are brands the tagger read as names
    /// (某咖啡、某饮料和王某吉). MSRA's training text holds 315 lists of organisations only against 2 that mix in a person, one of
    /// them opening with the person (张某某、某部、某研究室), as People's Daily does (某书记张某及某部、某委等单位), which the rule leaves;
    /// so the persons of such a list are organisations. Places are left: a firm's list names the city it is in (某公司、某游戏和广州).
    /// Part of the companies rule, after the known companies. Stateless.
    /// </summary>
    public static void RetypeMajorities(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOfAny("、和与及") < 0) return; // no list: no list of spans to build
        var spans = BioesLabels.Spans(labels, length).ToList();
        foreach (var (i, j) in Lists(text, spans))
        {
            int organisations = 0, persons = 0;
            for (int k = i; k <= j; k++)
            {
                if (spans[k].Type == EntityType.ORG) organisations++;
                else if (spans[k].Type == EntityType.PER) persons++;
            }
            if (persons > 0 && organisations > persons && spans[i].Type == EntityType.ORG)
                for (int k = i; k <= j; k++)
                    if (spans[k].Type == EntityType.PER) BioesLabels.Mark(labels, spans[k].Start, spans[k].End, EntityType.ORG);
        }
    }

    /// <summary>
    /// A list of three or more mentions (joined as in <see cref="RetypeMajorities"/>) that holds a firm the project knows
    /// (<see cref="KnownCompanies.IsFirm"/>: 某银行、王某吉和某某斋) and no place it knows lists firms: its persons and its places the
    /// project does not know are brands and old shops the tagger read as names or places. Part of the companies rule, after the
    /// known companies. Stateless.
    /// </summary>
    public static void RetypeKnownFirmLists(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOfAny("、和与及") < 0) return; // no list: no list of spans to build
        var spans = BioesLabels.Spans(labels, length).ToList();
        foreach (var (i, j) in Lists(text, spans))
        {
            bool firm = false, place = false;
            for (int k = i; k <= j; k++)
            {
                var name = text[spans[k].Start..spans[k].End];
                firm |= spans[k].Type == EntityType.ORG && KnownCompanies.IsFirm(name);
                place |= spans[k].Type == EntityType.LOC && IsKnownPlace(name);
            }
            if (firm && !place)
                for (int k = i; k <= j; k++)
                    if (spans[k].Type != EntityType.ORG) BioesLabels.Mark(labels, spans[k].Start, spans[k].End, EntityType.ORG);
        }
    }

    /// <summary>The runs of at least <see cref="MinItems"/> mentions joined as list items, as (first, last) indexes into <paramref name="spans"/>.</summary>
    private static List<(int First, int Last)> Lists(ReadOnlySpan<char> text, List<(int Start, int End, EntityType Type)> spans)
    {
        var lists = new List<(int, int)>();
        for (int i = 0; i < spans.Count; )
        {
            int j = i;
            while (j + 1 < spans.Count && IsJoin(text[spans[j].End..spans[j + 1].Start])) j++;
            if (j - i + 1 >= MinItems) lists.Add((i, j));
            i = j + 1;
        }
        return lists;
    }

    /// <summary>The longest untagged item <see cref="FillBetween"/> takes.</summary>
    private const int MaxItem = 8;

    /// <summary>
    /// An untagged item between two organisations of a list (某车企、某品牌、X和某手机; 某外卖、X和某电商), joined to both by
    /// 、, 和, 与 or 及 with a 、 on one side at least, is an organisation too: its ends are the joins, so no boundary is guessed.
    /// MSRA's training text tags the middle item of 618 such lists, 616 times an organisation, and leaves 5 untagged, all generic
    /// (省政府, 市政府, 政府, 各民主党派中央, 国家主席), which the rule leaves: an item of a level and a generic body, a bare 政府, one
    /// opening with 各 or ending in a title; nor a phrase with 的. Part of the companies rule, after the known companies. Stateless.
    /// </summary>
    public static void FillBetween(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOf('、') < 0) return; // one join at least is a 、
        var spans = BioesLabels.Spans(labels, length).ToList();
        for (int k = 0; k + 1 < spans.Count; k++)
        {
            if (spans[k].Type != EntityType.ORG || spans[k + 1].Type != EntityType.ORG) continue;
            int start = spans[k].End + 1, end = spans[k + 1].Start - 1;
            if (end - start < 1 || end - start > MaxItem) continue;
            char before = text[start - 1], after = text[end];
            if (!IsItemJoin(before) || !IsItemJoin(after) || before != '、' && after != '、') continue;
            var item = text[start..end];
            if (!IsNameItem(item)) continue;
            BioesLabels.Mark(labels, start, end, EntityType.ORG);
        }
    }

    private static bool IsItemJoin(char c) => c is '、' or '和' or '与' or '及';

    /// <summary>The generic items MSRA leaves untagged between organisations: 政府 and a level's (省政府), 各… and titles.</summary>
    private static readonly string[] GenericEnds = ["政府", "主席", "总理", "部长", "领导"];

    private static bool IsNameItem(ReadOnlySpan<char> item)
    {
        foreach (char c in item)
            if (!char.IsLetterOrDigit(c) || IsItemJoin(c) || c == '的') return false; // 某省政府的正确领导: a phrase
        if (item[0] == '各') return false;
        foreach (var end in GenericEnds)
            if (item.EndsWith(end) && item.Length <= end.Length + 2) return false;
        return true;
    }

    /// <summary>Whether the text between two mentions joins them as items of a list, after a gloss in brackets (某品牌（Brand）、).</summary>
    private static bool IsJoin(ReadOnlySpan<char> gap)
    {
        if (gap.Length > 2 && gap[0] is '（' or '(' && gap.IndexOfAny('）', ')') is int close and > 0 && close <= 31) gap = gap[(close + 1)..];
        foreach (var join in Joins)
            if (gap.SequenceEqual(join)) return true;
        return false;
    }

    private static void ToOrganisation(ReadOnlySpan<char> text, int[] labels, int start, int end)
    {
        var type = BioesLabels.TypeOf(labels[start]);
        if (type == EntityType.PER || type == EntityType.LOC && !IsKnownPlace(text[start..end]))
            BioesLabels.Mark(labels, start, end, EntityType.ORG);
    }

    private static bool IsKnownPlace(ReadOnlySpan<char> name) =>
        CountryPlaces.IsCountry(name) || ListedPlaces.IsListed(name) || PlaceNames.Lexicon.TypesOf(name) != 0;
}
