using System.Collections.Frozen;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// Common Chinese surnames and the titles and roles written next to a name (记者 齐中熙, 张三主任). A feature, not a rule:
/// a rare surname (左金文, 仝丽) gets the evidence the common ones earn from the corpora. Read only by models with
/// <see cref="TaggerFeatureOptions.PersonCues"/>.
/// </summary>
internal static class PersonCues
{
    // Both forms of a surname written two ways (闫 阎, 付 傅, 肖 萧): each is common.
    private static readonly FrozenSet<char> Surnames =
        ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛"
        + "闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕"
        + "单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵"
        + "苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强"
        + "帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾"
        + "茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由阎洪赖傅萧").ToFrozenSet();

    private static readonly FrozenSet<string> CompoundSurnames = new[]
    {
        "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "轩辕", "端木", "西门", "独孤", "南宫", "万俟",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Titles = new[]
    {
        "主席", "副主席", "总书记", "书记", "副书记", "总理", "副总理", "总统", "副总统", "首相", "部长", "副部长", "省长", "副省长", "市长", "副市长", "县长",
        "区长", "镇长", "乡长", "村长", "局长", "副局长", "厅长", "处长", "科长", "司长", "副司长", "主任", "副主任", "委员", "常委", "院长", "副院长", "校长",
        "教授", "副教授", "博士", "院士", "老师", "教师", "医生", "大夫", "记者", "编辑", "主编", "作家", "画家", "总经理", "副总经理", "经理", "董事长", "总裁",
        "厂长", "场长", "社长", "会长", "理事长", "秘书长", "大使", "总监", "队长", "教练", "律师", "法官", "检察长", "研究员", "工程师", "专家", "主持人", "演员",
        "导演", "选手", "运动员", "先生", "女士", "同志", "小姐", "夫人", "将军", "司令", "政委", "师傅", "代表", "处长", "所长", "站长", "行长", "总编",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>0; 1 the character is a common surname; 2 it opens a compound surname (欧阳) with the next one.</summary>
    public static uint Surname(ReadOnlySpan<char> text, int i)
    {
        if (i + 1 < text.Length && CompoundSurnames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.Slice(i, 2))) return 2;
        return Surnames.Contains(text[i]) ? 1u : 0u;
    }

    /// <summary>Whether a word is a title or role, or ends in one (市委书记, 新华社记者).</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => TitleLength(word) > 0;

    /// <summary>The length of the title or role that ends <paramref name="word"/> (the longest), or 0.</summary>
    public static int TitleLength(ReadOnlySpan<char> word)
    {
        var lookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int len = Math.Min(3, word.Length); len >= 2; len--)
            if (lookup.Contains(word[^len..])) return len;
        return 0;
    }
}
