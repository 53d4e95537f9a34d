using System.Collections.Immutable;
using EntityPipeline.Documents;
using EntityPipeline.Text;

namespace EntityPipeline.Figures.Subjects;

/// <summary>
/// What the words that refer to a division (全省, 该市, 本县; <see cref="LevelAnaphora"/>) stand for in one document: the
/// division of that level named last before them, or the one a body is named from (河北省教育厅发布…，全省 → 河北; 清溪县农业农村局
/// → 清溪县), or — when none is named — the whole division itself (全市: a city the report never names, GUIDELINES F7 as the
/// modern golds decide it).
/// </summary>
internal sealed class DivisionReferences(PlaceGazetteer places, string text, ImmutableArray<Sentence> sentences, Func<Sentence, List<PlaceSpan>> placesOf)
{
    private const int AntecedentSentencesBack = 10;

    // The document's lead sentence (LeadSentence), found once.
    private readonly Lazy<int?> _lead = new(() => LeadSentence.Find(text, sentences));

    /// <summary>
    /// The place such a word in [<paramref name="start"/>, <paramref name="end"/>) of sentence <paramref name="index"/> refers to
    /// (Named), or 全省 itself when no province is named before it, unless the document is about a place it names most
    /// (<paramref name="aboutAPlace"/>: 义乌, a 市 no gazetteer lists, stands behind it); else null.
    /// </summary>
    public (PlaceSpan Span, bool Named)? Find(int index, int start, int end, bool aboutAPlace)
    {
        if (LevelAnaphora.Find(text, start, end) is not int at)
            return LevelAnaphora.FindColloquial(text, start, end) is int level && Antecedent(index, level, text[level]) is { } said ? (said, true) : null;
        if (Antecedent(index, at, text[at + 1]) is { } named) return (named, true);
        return LevelAnaphora.IsWhole(text, at) && !aboutAPlace ? (new PlaceSpan(at, LevelAnaphora.End(text, at)), false) : null;
    }

    // The ends of a government office's name (市公安局, 区住建局, 省体彩中心, 市气象台); a hospital, a company or a registry (市民政局婚姻
    // 登记处) named by its level reports on itself.
    private static readonly string[] OfficeEnds = ["局", "委", "厅", "办", "中心", "气象台"];

    /// <summary>
    /// The division an office named by its level alone works for (今年，市公安局计划新增… → 岳川市): the place of that level named
    /// last before it, or the whole division (全市) when the document names none and is not about a place; else null.
    /// </summary>
    public string? ForOffice(int index, PlaceSpan office, bool aboutAPlace)
    {
        char level = text[office.Start];
        if (office.Length <= 2 || level is not ('省' or '市' or '县' or '区') || TextRules.WordBefore(text, office.End, office.Start + 1, OfficeEnds) is null) return null;
        if (Antecedent(index, office.Start, level) is { } named) return text[named.Start..named.End];
        return aboutAPlace ? null : "全" + level;
    }

    /// <summary>
    /// A report whose lead names no one but speaks of 全市 (市中级人民法院发布工作报告。2024年，全市两级法院共受理…) is about that
    /// city throughout: what the first such word of the lead's paragraph stands for (泉湾市统计局发布…：全市常住人口… → 泉湾市),
    /// or the whole city itself when it names none; or null.
    /// </summary>
    public (string Name, int From)? InLead()
    {
        if (_lead.Value is not int index) return null;
        int line = ClauseBounds.LineStart(text, sentences[index].Start);
        for (int s = index; s < sentences.Length && ClauseBounds.LineStart(text, sentences[s].Start) == line; s++)
            if (Find(s, sentences[s].Start, sentences[s].End, aboutAPlace: false) is var (level, _))
                return (LevelAnaphora.Subject(text, level.Start, level.End), level.End);
        return null;
    }

    /// <summary>
    /// The last place of the given level named before <paramref name="before"/>, in this sentence or the few before it: a place,
    /// or the place a body is named from (河北省教育厅发布…，全省 → 河北). A county-level city a report on its prefecture names in
    /// passing (嘉兴市统计局…，增幅最大的是海宁市。全市… → 嘉兴市) gives way to the prefecture named before it, unless the prefecture
    /// is named only by its office's branch there (嘉兴市生态环境局海宁分局…，海宁市… → 海宁市).
    /// </summary>
    private PlaceSpan? Antecedent(int index, int before, char level)
    {
        if (LastOfLevel(index, before, level, index - AntecedentSentencesBack) is not var (found, at)) return null;
        if (level != '市' || places.PrefectureOf(text.AsSpan(found.Start, found.Length)) is not { } prefecture) return found;
        // The prefecture named in the sentences in reach, else in the lead (or the headline above it).
        if (LastOfLevel(at, found.Start, level, index - AntecedentSentencesBack, prefecture) is var (named, _))
            return IsBranchFor(named, found) ? found : named;
        int from = index - AntecedentSentencesBack;
        if (from > 0 && _lead.Value is int lead && lead < from && LastOfLevel(lead, sentences[lead].End, level, 0, prefecture) is var (inLead, _))
            return inLead;
        return found;
    }

    // The prefecture named only in the name of its office's branch in the city (嘉兴市生态环境局海宁分局…，海宁市开展…): a report
    // from that branch is about the city.
    private bool IsBranchFor(PlaceSpan prefecture, PlaceSpan city)
    {
        string name = text[city.Start..city.End].TrimEnd('市');
        int clauseEnd = ClauseBounds.ClauseEnd(text, prefecture.End, city.Start);
        return text.IndexOf(name + "分", prefecture.End, clauseEnd - prefecture.End, StringComparison.Ordinal) > 0;
    }

    /// <summary>
    /// The last place of the given level named before <paramref name="before"/> in sentence <paramref name="index"/> or those before
    /// it down to <paramref name="from"/>, and its sentence; only a place named <paramref name="name"/> (台州市, or 台州) when given.
    /// </summary>
    private (PlaceSpan Span, int Sentence)? LastOfLevel(int index, int before, char level, int from, string? name = null)
    {
        for (int s = index; s >= 0 && s >= from; s--)
        {
            var found = placesOf(sentences[s]);
            for (int p = found.Count - 1; p >= 0; p--)
            {
                if (found[p].End > before) continue;
                if (OfLevel(found[p], level) is { } span && (name is null || IsNamed(span, name))) return (span, s);
            }
        }
        return null;
    }

    // 台州市 or 台州 for 台州市.
    private bool IsNamed(PlaceSpan span, string name) =>
        text.AsSpan(span.Start, span.Length).SequenceEqual(name) || name.Length > 2 && name[^1] == '市' && text.AsSpan(span.Start, span.Length).SequenceEqual(name.AsSpan(0, name.Length - 1));

    /// <summary>The division of the given level <paramref name="place"/> is or is named from (河北省教育厅 → 河北 for 省), else null.</summary>
    private PlaceSpan? OfLevel(PlaceSpan place, char level)
    {
        if (places.IsOfLevel(text.AsSpan(place.Start, place.Length), level)) return place;
        int named = places.NameAt(text, place.Start, place.End);
        if (named > 0 && named < place.Length && places.IsOfLevel(text.AsSpan(place.Start, named), level))
            return new PlaceSpan(place.Start, place.Start + named + LevelAfter(text, place.Start + named));
        if (LevelPrefix(place, level) is int prefix) return new PlaceSpan(place.Start, place.Start + prefix);
        return NationalBodyBranch(place, level);
    }

    // The national bodies whose local branches are named by their division after them (人民银行|嘉兴市|中心支行, 国家税务总局|泉州市|
    // 税务局): the division is whose figures the branch reports.
    private static readonly string[] NationalBodies = ["中国人民银行", "人民银行", "国家税务总局", "国家金融监督管理总局", "国家统计局", "海关总署"];

    /// <summary>The division of the given level named right after a national body's name that opens <paramref name="body"/>, else null.</summary>
    private PlaceSpan? NationalBodyBranch(PlaceSpan body, char level)
    {
        if (TextRules.WordAt(text, body.Start, body.End, NationalBodies) is not { } national) return null;
        int at = body.Start + national.Length;
        int named = places.NameAt(text, at, body.End);
        return named > 0 && at + named < body.End && places.IsOfLevel(text.AsSpan(at, named), level)
            ? new PlaceSpan(at, at + named + LevelAfter(text, at + named)) : null;
    }

    /// <summary>
    /// 1 when the level of a city, county or district follows its gazetteer name at <paramref name="at"/> in a body's name (周口|市|农业
    /// 农村局 → 周口市, as the golds write a city's figures), the length of an autonomous county's, prefecture's or banner's level with
    /// the peoples it is named for (丰宁|满族自治县), else 0: a province keeps its short name (河北省教育厅 → 河北).
    /// </summary>
    public static int LevelAfter(string text, int at)
    {
        if (at < text.Length && text[at] is '市' or '县' or '区') return 1;
        // 丰宁|满族自治县林业和草原局, 长阳|土家族自治县: an autonomous county's or prefecture's level, with the peoples it is named for.
        int self = text.IndexOf("自治", at, Math.Min(AutonomousReach, text.Length - at), StringComparison.Ordinal);
        if (self < 0 || self + 2 >= text.Length || text[self + 2] is not ('县' or '州' or '旗')) return 0;
        return self == at || text[self - 1] == '族' && HanCharacters.AllHan(text.AsSpan(at, self - at)) ? self + 3 - at : 0;
    }

    // 公园城市, 智慧城市, 文明城市: two characters and the word 城市, not a city's name (a name before 城市 has two or three
    // characters with 城 as the last: 项城市, 韩城市).
    private static bool IsCityWord(string text, int start, int k) => k == start + 3 && text[k - 1] == '城';

    private const int MaxBannerName = 7;

    // How far after a gazetteer name its autonomous level may end (双江|拉祜族佤族布朗族傣族自治县).
    private const int AutonomousReach = 12;

    /// <summary>
    /// The length of the division a body no gazetteer knows is named from (清溪县 in 清溪县农业农村局, for 全县): its name up to the
    /// first character of the level, two to four characters in, or null (市中级人民法院 names none).
    /// </summary>
    private int? LevelPrefix(PlaceSpan body, char level) => OpeningDivision(text, body.Start, body.End, level);

    /// <summary>
    /// The length of the division a body's name opens with by its shape (清溪县 of 清溪县农业农村局): up to the first character of a
    /// level (<paramref name="level"/>, or any of 省市县区), two to four characters in and <paramref name="after"/> (two) before the
    /// name's end, or a county of one character (单县发展和改革局); else null. Not a market (城西农贸市场, 南门夜市)
    /// nor a phrase ending in the word 城市 (成都市公园城市建设管理局 opens with 成都市 alone).
    /// </summary>
    public static int? OpeningDivision(string text, int start, int end, char? level = null, int after = 2)
    {
        // 单县, 沛县, 歙县: a county's name may be one character (no level word or 全, 本, 该 before 县).
        if (end - start >= 2 + after && text[start + 1] == '县' && level is null or '县' && !"省市县区全本该各".Contains(text[start])) return 2;
        // A banner's name runs longer (科尔沁右翼前旗, 达尔罕茂明安联合旗).
        int last = Math.Min(start + (level == '旗' ? MaxBannerName : 4), end - after);
        // 丰宁满族自治县林业和草原局: an autonomous county's name, two to four characters before the peoples it is named for.
        for (int k = start + 2; k <= last && k < end; k++)
            if (LevelAfter(text, k) is > 1 and var autonomous && k + autonomous <= end - after && (level is null || text[k + autonomous - 1] == level))
                return k + autonomous - start;
        for (int k = start + 2; k <= last && k < end; k++)
            if ((level is { } l ? text[k] == l : text[k] is '省' or '市' or '县' or '区') && !(text[k] == '市' && (k + 1 < end && text[k + 1] == '场' || text[k - 1] == '夜' || IsCityWord(text, start, k))))
                return k + 1 - start;
        return null;
    }
}
