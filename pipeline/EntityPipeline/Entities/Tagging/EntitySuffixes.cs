using System.Collections.Frozen;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// Words that typically end an organisation or a place name. A feature, not a rule: the model learns
/// how much to trust "this word ends in 公司" or "the next word is 大学".
/// </summary>
internal static class EntitySuffixes
{
    public const int None = 0, Org = 1, Loc = 2;

    private static readonly FrozenSet<string> OrgSuffixes = new[]
    {
        "公司", "集团", "大学", "学院", "学校", "中学", "小学", "委员会", "委", "部", "局", "厅", "处", "署", "院", "会",
        "协会", "学会", "银行", "医院", "研究所", "研究院", "中心", "办公室", "办", "政府", "党", "党委", "军", "队",
        "社", "报", "台", "电视台", "电台", "所", "站", "厂", "店", "馆", "组织", "联合会", "基金会", "法院", "检察院",
        "公安局", "总局", "总署", "俱乐部", "联盟", "联合国", "议会", "内阁", "政协", "人大", "常委会", "工会", "团",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> LocSuffixes = new[]
    {
        "省", "市", "县", "区", "镇", "乡", "村", "州", "盟", "旗", "岛", "山", "河", "江", "湖", "海", "洋", "街",
        "路", "港", "湾", "峡", "岭", "峰", "半岛", "自治区", "自治州", "特区", "地区", "流域", "平原", "盆地",
        "高原", "沙漠", "国", "洲", "城", "庄", "屯", "寺", "桥",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly int MaxLength = OrgSuffixes.Concat(LocSuffixes).Max(s => s.Length);

    /// <summary>
    /// Classifies a word: 0 none; 1/2 it ends in an organisation/place suffix; 3/4 it is such a suffix itself.
    /// The longest matching suffix decides.
    /// </summary>
    public static int Classify(ReadOnlySpan<char> word)
    {
        var orgLookup = OrgSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();
        var locLookup = LocSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int len = Math.Min(MaxLength, word.Length); len >= 1; len--)
        {
            var tail = word[^len..];
            int kind = orgLookup.Contains(tail) ? Org : locLookup.Contains(tail) ? Loc : None;
            if (kind != None) return len == word.Length ? kind + 2 : kind;
        }
        return None;
    }
}
