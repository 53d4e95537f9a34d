using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Persons;

/// <summary>
/// A transliterated name is its parts joined by dots (卡洛斯·费尔南德斯, 努尔江·艾则孜): a tagger that reads names as a
/// surname and a given name cuts one inside a part into two persons that touch (卡洛斯·费尔南/PER 德斯/PER, 努尔/PER
/// 江·艾则孜/PER). Two person spans that touch, one of which holds a dot, are one person when the other is a short
/// piece (three characters at most) and, before the dot's, ends in no role (香料商|阿卜杜拉·哈桑), nor opens the dotted one
/// (翡翠|商阿卜杜拉·哈桑): news writes no two names without a separator between them (MSRA's training text
/// has 213 persons that touch, none with a dot). Part of the person-names rule. Stateless.
/// </summary>
internal static class DottedNames
{
    private const char Dot = '·';

    /// <summary>The longest undotted piece taken in: a part of a transliterated name, no phrase run into it.</summary>
    private const int MaxPart = 3;

    /// <summary>How a noun for a person ends (宝石商, 工程师, 技术员): before a name, such a piece is its role, not its part.</summary>
    private const string RoleEnds = "商官农师员者家人匠工生";

    /// <summary>Whether an undotted piece the tagger cut off a dotted name is a part of it: short, and before it no role (香料商|阿卜杜拉·哈桑).</summary>
    private static bool IsPart(ReadOnlySpan<char> piece, bool before) =>
        piece.Length <= MaxPart && !piece.Contains(Dot) && !(before && RoleEnds.Contains(piece[^1]));

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Join(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOf(Dot) < 0) return; // most sentences hold no transliterated name
        int previousStart = -1, previousEnd = -1;
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length).ToList())
        {
            if (type != EntityType.PER)
            {
                previousStart = -1;
                continue;
            }
            if (previousStart >= 0 && previousEnd == start && (text[previousStart..previousEnd].Contains(Dot) ? IsPart(text[start..end], before: false)
                    : text[start..end].Contains(Dot) && !RoleEnds.Contains(text[start]) && IsPart(text[previousStart..previousEnd], before: true)))
            {
                BioesLabels.Mark(labels, previousStart, end, EntityType.PER);
                previousEnd = end;
                continue;
            }
            (previousStart, previousEnd) = (start, end);
        }
    }

    /// <summary>
    /// The characters of transliterated names: those in three or more of MSRA's training persons with a dot (207 of 348, 582
    /// names), less the ones that open a word after a name there (因, 博士, 大将, 本想, 高兴, 希望, 经营, 确定), and 别 and 明 of
    /// the Turkic names of the northwest (…别克, …提明).
    /// </summary>
    private const string NameChars = "尔斯克拉德特阿马罗里夫哈格布卡亚维安塔萨瓦利勒尼托纳姆米塞莱鲁伯多西雷曼伊吉约科皮达弗威诺基苏奥埃玛伦盖洛古艾巴翰穆谢兰冯贝尤瑞提普比波买丽蒂恩沃索奇森菲赫辛兹迪胡帕韦耶林茨法可汗迈乔梅詹费吐戴朗廉默杜班汉登南沙莫凡赛何娜内彼义海司什得卢图旺切易桑爱努霍佩卜芬治隆加木丹门施铁新泰麦丁列查戈路地杰葛他力觉邦魏劳泽让福柯考扎甘儒逊鲍库理歇金史美哥额坦罕钱坚功豪军亨密贾哇根禅猜沛康晋凯集连乌赞依汤佛保顿贡文黑热别明";

    /// <summary>The words after a name that open with a name's last character (…夫人, …夫妇, …明年).</summary>
    private static readonly string[] WordsAfter = ["夫人", "夫妇", "明年", "明天", "明确", "明显"];

    /// <summary>The longest run of name characters taken in after a dotted name the tagger ended early.</summary>
    private const int MaxTail = 2;

    /// <summary>
    /// A dotted name's edges the tagger misplaced: it stops inside the last part (叶尔肯·努尔别|克说, 帕夫洛斯·乔治|乌到), takes a
    /// role's last character in (地毯商|阿米尔·汗 read 商阿米尔·汗, 种植户|玛丽亚·洛佩斯), or a 家 after the name (古丽巴哈·艾力家的).
    /// The name runs on over one or two <see cref="NameChars"/> when the character after them is none (a longer run is another
    /// word), jieba reads no word across their end (赛|后, 连|续, 提|出 after a name) and they open no word after a name (<see
    /// cref="WordsAfter"/>): in MSRA's training text no dotted person is
    /// followed so but two before 夫人 and 夫妇, and cut one or two characters short, 514 of its 548 are made whole again. A role
    /// character (商, 户, 农, 官, 师, 员, 工, 者, 手) opens none of those 582 names, nor does 家 end one; each is left out where a
    /// character stands before, after it. Part of the person-names rule. Stateless.
    /// </summary>
    public static void MendEdges(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        if (text[..length].IndexOf(Dot) < 0) return;
        foreach (var (spanStart, spanEnd, type) in BioesLabels.Spans(labels, length).ToList())
        {
            if (type != EntityType.PER || !text[spanStart..spanEnd].Contains(Dot)) continue;
            int start = spanStart, end = spanEnd;
            if (start > 0 && RoleChars.Contains(text[start]) && HanCharacters.IsHan(text[start - 1]) && text[start + 1] != Dot) start++;
            if (text[end - 1] == '家' && end - 2 > start && text[end - 2] != Dot) end--;
            else
            {
                int tail = 0;
                while (end + tail < length && tail <= MaxTail && labels[end + tail] == BioesLabels.Outside && NameChars.Contains(text[end + tail])) tail++;
                if (tail is > 0 and <= MaxTail && !(end + tail < length && NameChars.Contains(text[end + tail])) && WordsAt.Ending(words, baseOffset, end + tail) is not null && !OpensWordAfter(text[(end + tail - 1)..length]))
                    end += tail;
            }
            if (start == spanStart && end == spanEnd) continue;
            labels.AsSpan(spanStart, spanEnd - spanStart).Fill(BioesLabels.Outside);
            BioesLabels.Mark(labels, start, end, EntityType.PER);
        }
    }

    /// <summary>The characters that end a role noun before a name (宝石商, 种植户, 果农, 外交官, 圆号手).</summary>
    private const string RoleChars = "商户农官师员工者手";

    private static bool OpensWordAfter(ReadOnlySpan<char> rest)
    {
        foreach (var word in WordsAfter)
            if (rest.StartsWith(word)) return true;
        return false;
    }
}
