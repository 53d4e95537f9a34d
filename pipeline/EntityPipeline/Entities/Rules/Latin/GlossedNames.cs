using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Latin;

/// <summary>
/// News glosses a firm's or brand's Chinese name with its own Latin one in brackets (某某电信（Singtel）, 某某创（Covestro）, 与某某
/// （Ele.me）合作), and a gloss in mixed case (each word a capital, then a small letter, four words at most: a brand, not an abbreviation like GDP nor a
/// common word like blog) names a firm or body: the golds gloss 273 organisations and 22 places with one Latin word, and no
/// person (<see cref="LatinGlosses"/>). A Han name the tagger left untagged before such a gloss is then an organisation, from
/// where it plainly starts: a punctuation mark or a word that joins (和, 与, 及, 的) before it, or after a word that says what
/// it is (品牌, 厂商); two to eight Han characters, none of them tagged, not ending as a place does (某某产业园); a country tagged before
/// its industry's word (某国 电信) with it. Not a word the list of Latin names holds as a person's. MSRA, People's Daily and Weibo
/// write no Latin gloss after Han text, so the golds alone measure it. A rule on the decoded labels,
/// before <see cref="LatinGlosses"/> tags the gloss itself. Stateless.
/// </summary>
internal static class GlossedNames
{
    private const int MinName = 2, MaxName = 8, MaxRun = 12, MaxGloss = 40;

    /// <summary>Industries a country's national firm is named by (某国电信, 某国航空).</summary>
    private static readonly string[] Industries = ["电信", "航空", "邮政", "电力", "能源", "石油"];

    /// <summary>Words that say what kind of body a name is, before it (本土品牌某某, 欧洲厂商某某).</summary>
    private static readonly string[] Descriptors = ["品牌", "厂商", "企业", "公司", "集团", "旗下", "船东"];

    /// <summary>How a place or facility ends (某某产业园（BioBAY）, 某某城, 某某港): a glossed place, not a firm.</summary>
    private const string PlaceEnds = "园区城港站馆场街路山湖岛镜缆桥河江";

    /// <summary>
    /// Words that end what comes before a name (与饿了么, 旗下的某某); with <paramref name="fieldsJoin"/>, only 和 and 的, as 与 and 及
    /// join fields inside a body's name (某某与某某组织).
    /// </summary>
    private static bool IsJoiner(char c, bool fieldsJoin) => c is '和' or '的' || !fieldsJoin && c is '与' or '及';

    /// <summary>Where the untagged run of Han characters before <paramref name="open"/> starts, up to a joining word, <paramref name="max"/> + 1 at most.</summary>
    private static int RunStart(ReadOnlySpan<char> text, int[] labels, int open, int max, bool fieldsJoin)
    {
        int start = open;
        while (start > 0 && HanCharacters.IsHan(text[start - 1]) && !IsJoiner(text[start - 1], fieldsJoin)
               && labels[start - 1] == BioesLabels.Outside && open - start <= max)
            start--;
        return start;
    }

    /// <summary>
    /// Whether a run at <paramref name="start"/> starts plainly: the sentence's start, a mark or a joining word, not a digit
    /// (2026年某某杯（StarCup）) nor a mention (a place before a common word, 新加坡 电信, names the firm with it, which the golds
    /// keep whole or split).
    /// </summary>
    private static bool StartsPlainly(ReadOnlySpan<char> text, int[] labels, int start, bool fieldsJoin) =>
        start == 0 || (!char.IsLetterOrDigit(text[start - 1]) || IsJoiner(text[start - 1], fieldsJoin)) && labels[start - 1] == BioesLabels.Outside;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels.</summary>
    public static void Tag(ReadOnlySpan<char> text, int[] labels, int length)
    {
        for (int open = text[..length].IndexOf('（'); open >= 0 && open < length;)
        {
            int close = text[(open + 1)..length].IndexOf('）');
            if (close < 0) return;
            close += open + 1;
            if (close - open - 1 <= MaxGloss && IsBrandGloss(text[(open + 1)..close]))
                TagBefore(text, labels, open);
            else if (IsAbbreviation(text[(open + 1)..close]))
                TagBody(text, labels, open);
            int next = text[(close + 1)..length].IndexOf('（');
            open = next < 0 ? -1 : next + close + 1;
        }
    }

    private static void TagBefore(ReadOnlySpan<char> text, int[] labels, int open)
    {
        int start = RunStart(text, labels, open, MaxRun, fieldsJoin: false);
        if (open - start > MaxRun) return;
        // A country and its industry's word before the gloss are the national firm (某国电信（Telecom）, 某国航空（JAL）): MSRA tags a
        // place before 电信, 航空, 邮政 or 电力 whole 95 times where it names a firm, and splits it only before another word (电信展).
        if (start > 0 && labels[start - 1] != BioesLabels.Outside && Industries.Contains(text[start..open].ToString())
            && BioesLabels.TypeOf(labels[start - 1]) == EntityType.LOC)
        {
            int place = BioesLabels.StartOfSpanEndingAt(labels, start);
            if (place >= 0 && Places.CountryPlaces.IsCountry(text[place..start]))
                BioesLabels.Mark(labels, place, open, EntityType.ORG);
            return;
        }
        if (!StartsPlainly(text, labels, start, fieldsJoin: false)) return;
        // A word that says what the name is opens the run (本土品牌以纯, 欧洲厂商某某): the name follows it.
        foreach (var word in Descriptors)
        {
            int at = text[start..open].LastIndexOf(word);
            if (at >= 0) start = Math.Max(start, start + at + word.Length);
        }
        int size = open - start;
        if (size < MinName || size > MaxName || PlaceEnds.Contains(text[open - 1])) return;
        BioesLabels.Mark(labels, start, open, EntityType.ORG);
    }

    /// <summary>
    /// A brand's words in mixed case: each a capital, then a small letter (Singtel, GroupM, Ele.me, Rémy Cointreau), four
    /// words at most, and not a person's name by the list of Latin names or by its shape (Anna Martin), nor a place's (某某 Park).
    /// </summary>
    private static bool IsBrandGloss(ReadOnlySpan<char> gloss)
    {
        if (gloss.Length < 3 || !LatinGlosses.IsLatinText(gloss) || gloss.Count(' ') > MaxWords - 1) return false;
        foreach (var range in gloss.Split(' '))
        {
            var word = gloss[range];
            if (word.Length < 2 || !char.IsAsciiLetterUpper(word[0]) || !char.IsLower(word[1])) return false;
        }
        return (LatinNames.Lexicon.TypesOf(gloss) & (1 << (int)EntityType.PER)) == 0 && LatinNames.ShapeType(gloss) is null or EntityType.ORG;
    }

    private const int MaxWords = 4;

    /// <summary>
    /// A body glossed by its abbreviation (某某研究组织（ABCR）, 与某某智库（CCX）): an untagged Han run that ends in a body's word and
    /// starts plainly (a mark, 和, 的; 与 and 及 join fields inside such names: 某某与某某组织) is an organisation. An abbreviation alone
    /// glosses a term as often (国内生产总值（GDP）), so the body's word is needed.
    /// </summary>
    private static void TagBody(ReadOnlySpan<char> text, int[] labels, int open)
    {
        int start = RunStart(text, labels, open, MaxName, fieldsJoin: true);
        if (!StartsPlainly(text, labels, start, fieldsJoin: true)) return;
        if (start < open && text[start] is '与' or '及') start++; // a name opens with no conjunction (某某）与 某某智库)
        int size = open - start;
        if (size > MaxName) return;
        // A name before the body's word, two characters at least: not a generic body (有关部门和该组织).
        foreach (var word in BodyWords)
            if (text[start..open].EndsWith(word) && size - word.Length >= MinName)
            {
                BioesLabels.Mark(labels, start, open, EntityType.ORG);
                return;
            }
    }

    private static readonly string[] BodyWords = ["组织", "智库", "协会", "学会", "理事会", "委员会", "联盟", "联合会", "研究院", "研究所", "研究中心", "基金会", "商会"];

    /// <summary>Capitals only, three to eight (ISSB, CCG).</summary>
    private static bool IsAbbreviation(ReadOnlySpan<char> gloss)
    {
        if (gloss.Length is < 3 or > 8) return false;
        foreach (char c in gloss) if (!char.IsAsciiLetterUpper(c)) return false;
        return true;
    }
}
