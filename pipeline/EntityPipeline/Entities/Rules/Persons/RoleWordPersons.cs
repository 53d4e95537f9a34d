using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Persons;

/// <summary>
/// News writes a person right after a noun for what they do (布料商王小明, 首席技术官安德斯·贝里, 果农李明, 玉雕师王小红): where that
/// noun ends in 商, 官, 农 or 师, each also a surname, the tagger takes the character into the name (商王小明/PER). A person mention
/// that opens with one of them, where the characters before it make the role (展商, 供应商, 执行官, 检察官, 茶农, 菜农, 工程师,
/// 雕师), starts after it: MSRA keeps the role outside the name (政务司司长官|陈方安生 …: 58 times a role in 商, 官 or 农 right
/// before a person, and 63 in 师, against none opening one but after a title, 总经理商铭渔, 主席农德孟, 副主编师昌绪, whose stems
/// are not roles here). So does one that opens with the whole role noun, a grower's or a trader's (林农王春燕, 木材商赵立新:
/// <see cref="RoleOpening"/>). Part of the person-names rule. Stateless.
/// </summary>
internal static class RoleWordPersons
{
    /// <summary>The stems before 商 that make a trader's or supplier's noun (经销商, 展商).</summary>
    internal static readonly string[] TraderStems =
    [
        "展", "供应", "经销", "批发", "零售", "服务", "开发", "运营", "承包", "制造", "进口", "出口", "贸易", "布料", "面料", "代理", "客",
        "酒", "茶", "粮", "果", "菜", "花", "书", "车", "华", "侨", "外", "电", "微", "厂", "渠道", "品牌", "建材", "地产", "木材", "药",
        "摊", "坐", "行", "材料", "设备", "原料", "水果", "蔬菜", "服装", "家具", "玩具", "电器",
    ];

    /// <summary>The stems before 官 that make an officer's noun (首席执行官, 检察官, 外交官).</summary>
    private static readonly string[] OfficerStems =
    [
        "执行", "技术", "运营", "财务", "信息", "营销", "战略", "数据", "科学", "投资", "法务", "人力", "合规", "风险", "产品", "商务",
        "长", "外交", "检察", "法", "警", "军", "武", "次", "指挥", "司令", "考", "审判", "新闻", "联络", "教", "医",
    ];

    /// <summary>
    /// Titles in 长 that make no officer's noun with 官 after them (秘书长, 会长): there 官 is a surname (秘书长官|某某), where after
    /// 部长, 厅长 or 行政长 it ends the title (韩国某部长官, 防卫厅长官, 行政长官: MSRA's 23 persons after 长官 all follow these).
    /// </summary>
    private static readonly string[] TitlesBeforeSurnames =
    [
        "秘书长", "会长", "院长", "校长", "董事长", "理事长", "社长", "行长", "所长", "站长", "队长", "组长", "馆长", "市长", "县长", "镇长",
        "乡长", "村长", "园长", "团长", "厂长", "场长", "台长",
    ];

    /// <summary>The crops before 农 that make a grower's noun (果农, 茶农).</summary>
    internal static readonly string[] GrowerStems =
    [
        "稻", "果", "菜", "茶", "咖", "蔗", "瓜", "花", "棉", "药", "烟", "粮", "蕉", "椒", "桑", "蚕", "菇", "参", "林", "蜂", "麦", "枣",
        "橘", "椰", "胶", "姜", "蒜", "菌", "莓", "桃", "梨", "薯", "豆", "瓜果", "菜果",
    ];

    /// <summary>The stems before 师 that make a practitioner's noun (工程师, 设计师, 玉雕师, 律师).</summary>
    private static readonly string[] MasterStems =
    [
        "工程", "设计", "大", "医", "律", "教", "老", "导", "讲", "厨", "药", "技", "摄影", "魔术", "经济", "会计", "建筑", "工艺", "美术",
        "雕", "园艺", "营养", "咨询", "规划", "分析", "培训", "调酒", "咖啡", "评茶", "制茶", "烘焙", "理疗", "驯兽", "琴", "画", "乐", "牧",
        "造价", "审计", "精算", "鉴定", "修复", "调香", "品酒", "化妆", "美容", "美发", "插花", "陶艺", "刺绣", "雕刻", "绣",
    ];

    private const int MinName = 2;

    /// <summary>
    /// How long the role noun is that a person mention opens with whole (林农|王小明, 茶商|李明): the tagger took the noun into the
    /// name; 0 when it opens with none. A one-character stem only before 农 (果农, 林农), where no given name ends so.
    /// </summary>
    private static int RoleOpening(ReadOnlySpan<char> span)
    {
        for (int at = 1; at <= 2 && at < span.Length; at++)
        {
            string[]? stems = span[at] switch { '商' => TraderStems, '农' => GrowerStems, _ => null };
            if (stems is null || (at == 1 && span[at] != '农')) continue;
            foreach (var stem in stems)
                if (stem.Length == at && span.StartsWith(stem)) return at + 1;
        }
        return 0;
    }

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Cut(ReadOnlySpan<char> text, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.PER || end - start - 1 < MinName) continue;
            int role = RoleOpening(text[start..end]);
            if (role > 0 && end - start - role >= MinName)
            {
                labels.AsSpan(start, role).Fill(BioesLabels.Outside);
                BioesLabels.Mark(labels, start + role, end, type);
                continue;
            }
            if (start == 0 || labels[start - 1] != BioesLabels.Outside) continue;
            string[]? stems = text[start] switch { '商' => TraderStems, '官' => OfficerStems, '农' => GrowerStems, '师' => MasterStems, _ => null };
            if (stems is null || !Prefixes.EndsWithAny(text[..start], stems)) continue;
            if (text[start] == '官' && Prefixes.EndsWithAny(text[..start], TitlesBeforeSurnames)) continue;
            labels[start] = BioesLabels.Outside;
            BioesLabels.Mark(labels, start + 1, end, type);
        }
    }

    /// <summary>How the nouns for a grower, trader, villager or worker end (种植户, 茶商, 村民, 投递员, 稻农), before whom a person stands.</summary>
    internal const string PersonNounEndings = "户商民员农";

    /// <summary>
    /// Characters that after such a noun continue a word or a phrase rather than open a surname: function words (的, 在, 和, 将),
    /// the second halves of role words (员工, 民警, 人士, 委员长, 农民, 农夫), and such a noun doubled (商户, 农户).
    /// </summary>
    private const string NoSurname = "的在是和与及将像问笑称把被对向从给让为也都就还又已曾正均共等工警士兵代长主人民夫户商员农";

    /// <summary>
    /// A given name of two characters the tagger took for the whole name right after a noun for a person (种植户 某|春燕, 茶商 某|立贤,
    /// 村民 某|桂兰), where a rare surname stands between: the name takes the surname in. MSRA's training text names a person of
    /// three characters after such a noun 171 times, and one of two after it and one more character twice (农夫艾伦). Part of the
    /// person-names rule. Stateless.
    /// </summary>
    public static void JoinSurnames(ReadOnlySpan<char> text, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.PER || end - start != 2 || start < 3 || labels[start - 1] != BioesLabels.Outside || labels[start - 2] != BioesLabels.Outside
                || !PersonNounEndings.Contains(text[start - 2]) || NoSurname.Contains(text[start - 1])
                || !HanCharacters.AllHan(text[(start - 3)..end])) continue;
            BioesLabels.Mark(labels, start - 1, end, type);
        }
    }
}
