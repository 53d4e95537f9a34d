using System.Collections.Frozen;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// A name before a farming trade and a word for a farm (云溪生猪养殖基地, 金穗乳业第二牧场, 青禾农产品专业合作社) is one
/// organisation: a farm with its own name is a body (guidelines E4: 宛陵林场/ORG; 七星农场 and named 合作社 are ORG in
/// the project's golds), and the tagger, which learnt few, leaves them untagged. The farm word is 基地, 牧场, 农场, 林场,
/// 养殖场 or 合作社, after a run of trade words (生猪 养殖, 乳业, 农产品) and at most one word of numbering or kind
/// (第三, 专业). The name is the one word of two or three Han characters before the trade: not a place jieba knows (ns) or
/// the tagger tagged (昌吉奶牛养殖基地 is the place's farm), not a pronoun, numeral or word of position (当地, 全县), nor
/// another trade, and not right after a place (伊犁 马鹿 养殖基地: the place's deer farm). A span the tagger found inside
/// gives way; one reaching outside stays. A place the tagger found that ends in a farm word (金穗农场/LOC, as MSRA and
/// People's Daily tag farms) becomes an organisation too (<see cref="Retype"/>). Gated on the farm word's last character.
/// Part of the companies rule. Stateless.
/// </summary>
internal static class FarmNames
{
    private static readonly FrozenSet<string> FarmWords = new[] { "基地", "牧场", "农场", "林场", "养殖场", "合作社" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly System.Buffers.SearchValues<char> FarmLasts = System.Buffers.SearchValues.Create("地场社");

    /// <summary>Trades of farms and their produce: what a farm's name says it raises or grows.</summary>
    private static readonly FrozenSet<string> Trades = new[]
    {
        "养殖", "种植", "种养", "畜牧", "生猪", "奶牛", "肉牛", "肉羊", "蛋鸡", "肉鸡", "家禽", "水产", "渔业", "乳业", "牧业", "农业",
        "茶叶", "蔬菜", "果蔬", "水果", "农产品", "中药材", "繁育", "育种", "种业", "苗木", "花卉", "粮食", "水稻", "生态", "有机",
        "草业", "菌业", "食用菌", "蜂业", "养蜂", "果业", "林业", "种猪", "生猪养殖", "奶业", "鸡蛋",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words of position or extent that stand where a name would (当地生猪养殖基地 names none).</summary>
    private static readonly FrozenSet<string> NotNames = new[]
    {
        "当地", "本地", "全县", "全市", "全省", "全国", "全区", "附近", "周边", "境内", "国内", "国家", "省级", "市级", "县级", "大型",
        "现代", "标准", "规模", "示范", "新建", "首个", "最大", "我国", "该县", "该市", "这个", "一个",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        var farms = FarmWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int w = 2; w < words.Length; w++)
        {
            int end = words[w].End - baseOffset;
            if (end > length || end - words[w].Start + baseOffset < 2 || !FarmLasts.Contains(text[end - 1])
                || !farms.Contains(text[(words[w].Start - baseOffset)..end])) continue;
            int name = NameBefore(text, words, baseOffset, labels, w);
            if (name >= 0) BioesLabels.MarkUnlessCrossed(labels, length, words[name].Start - baseOffset, end, EntityType.ORG);
        }
    }

    /// <summary>Farm words whose named farm the tagger, after MSRA, tags as a place (七星农场/LOC): a body by the guidelines (E4).</summary>
    private static readonly string[] BodyFarmWords = ["农场", "林场", "牧场", "养殖场", "合作社", "基地"];

    private const string Base = "基地";

    /// <summary>Whether a name before 基地 ends with a farm's trade (云溪生猪养殖|基地): the base is a farm's.</summary>
    private static bool EndsWithTrade(ReadOnlySpan<char> name)
    {
        foreach (var trade in Trades)
            if (name.Length > trade.Length && name.EndsWith(trade)) return true;
        return false;
    }

    /// <summary>
    /// A place the tagger found that ends in a farm word (金穗农场/LOC) is the farm's body: an organisation; a base (基地) only
    /// when a farm's trade names it (某某生猪养殖基地), for other bases are places (某某能源化工基地, 某车企合肥基地: <see cref="Facilities.PlantsAndReserves"/>).
    /// </summary>
    public static void Retype(ReadOnlySpan<char> text, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.LOC || !FarmLasts.Contains(text[end - 1])) continue;
            foreach (var word in BodyFarmWords)
                if (end - start > word.Length && text[start..end].EndsWith(word) && (word != Base || EndsWithTrade(text[start..(end - word.Length)])))
                {
                    BioesLabels.Mark(labels, start, end, EntityType.ORG);
                    break;
                }
        }
    }

    /// <summary>The name's word before the trade before farm word <paramref name="farm"/>, or −1.</summary>
    private static int NameBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int farm)
    {
        var trades = Trades.GetAlternateLookup<ReadOnlySpan<char>>();
        int k = farm - 1;
        var kind = words[k].In(text, baseOffset);
        if (kind is "专业" || kind.StartsWith("第") && words[k].Pos == "m") k--; // 专业合作社, 第三牧场
        int trade = k;
        while (k >= 0 && trades.Contains(words[k].In(text, baseOffset))) k--;
        if (k == trade || k < 0) return -1;
        var name = words[k].In(text, baseOffset);
        int start = words[k].Start - baseOffset;
        if (name.Length is < 2 or > 3 || !HanCharacters.AllHan(name) || NotNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name)) return -1;
        if (words[k].Pos is "ns" or "r" or "m" or "f" or "t" or "d" or "p" or "c" or "b" or "uj" || words[k].Pos[0] == 'v') return -1;
        if (!BioesLabels.OnlyOutsideOr(labels, start, start + name.Length, EntityType.PER) && !BioesLabels.OnlyOutsideOr(labels, start, start + name.Length, EntityType.ORG))
            return -1; // a place the tagger found: the farm or plant is the place's
        // 伊犁马鹿养殖基地: after a place the word is what the place's farm raises, not a name.
        if (k > 0 && (words[k - 1].Pos == "ns" || start > 0 && labels[start - 1] != BioesLabels.Outside && BioesLabels.TypeOf(labels[start - 1]) == EntityType.LOC)) return -1;
        return k;
    }
}
