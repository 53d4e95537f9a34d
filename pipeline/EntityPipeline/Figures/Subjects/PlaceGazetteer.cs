using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using EntityPipeline.Text;

namespace EntityPipeline.Figures.Subjects;

/// <summary>
/// Finds places and organizations in a sentence without the entity layer, from a gazetteer
/// (Figures/Data/places.tsv) and a few rules of Chinese names: an administrative suffix (浙江省), a chain of
/// divisions (浙江省三门县, 江苏盐城), a zone or body named after a place (长三角（湖州）产业合作区, 上海自贸区),
/// a clause that opens with a name ending in an organization suffix (华为青浦研发中心…), and runs of one-character
/// province abbreviations (苏浙皖). Immutable: share one instance.
/// </summary>
internal sealed class PlaceGazetteer
{
    public const string DefaultFile = "Figures/Data/places.tsv";
    public const string CountyCitiesFile = "Figures/Data/county-cities.tsv";
    private const int MaxExtension = 14;
    private const string AdministrativeSuffixes = "省市县区镇乡州";

    private static readonly string[] OrganizationSuffixes =
    [
        "自贸区", "示范区", "合作区", "高新区", "开发区", "新区", "园区", "产业园", "中心", "平台", "研究院", "研究所", "集团",
        "公司", "大学", "学院", "委员会", "执委会", "管委会", "办公室", "高铁", "铁路", "机场", "实验室", "银行", "医院", "政府",
        "委", "局", "厅", "港",
    ];

    // A name with no place in it must end like an organization or a designated zone, not like a facility
    // (高速铁路, 港口 are common nouns).
    private static readonly string[] BodySuffixes =
    [
        "自贸区", "示范区", "合作区", "高新区", "开发区", "中心", "研究院", "研究所", "集团", "公司", "大学", "学院", "委员会",
        "执委会", "管委会", "办公室", "实验室", "银行", "医院", "政府", "委", "局", "厅",
    ];

    private static readonly string[] TimeWords = ["未来", "今年", "去年", "目前", "现在", "如今", "近年来", "同时", "其中", "此外", "近日"];

    private static readonly SearchValues<char> SuffixEnds = SearchValues.Create(string.Concat(OrganizationSuffixes.Select(x => x[^1])));

    private readonly FrozenDictionary<string, PlaceType> _names;
    private readonly byte[] _maxLengthByFirst = new byte[char.MaxValue + 1];   // 0: no name starts with the character
    private readonly FrozenDictionary<string, string> _prefectures;

    public PlaceGazetteer(IEnumerable<(string Name, PlaceType Type)> names, IReadOnlyDictionary<string, string>? prefectures = null)
    {
        _prefectures = (prefectures ?? new Dictionary<string, string>()).ToFrozenDictionary(StringComparer.Ordinal);
        var map = new Dictionary<string, PlaceType>(StringComparer.Ordinal);
        foreach (var (name, type) in names) map[name] = type;
        _names = map.ToFrozenDictionary(StringComparer.Ordinal);
        foreach (var name in map.Keys)
            _maxLengthByFirst[name[0]] = (byte)Math.Max(_maxLengthByFirst[name[0]], Math.Min(name.Length, byte.MaxValue));
    }

    public static PlaceGazetteer LoadDefault() =>
        Load(Path.Combine(AppContext.BaseDirectory, DefaultFile), Path.Combine(AppContext.BaseDirectory, CountyCitiesFile));

    /// <summary>
    /// The gazetteer of <paramref name="path"/> (name&lt;TAB&gt;TYPE lines), with the county-level cities' prefectures of
    /// <paramref name="countyCities"/> (name&lt;TAB&gt;prefecture lines) when given.
    /// </summary>
    public static PlaceGazetteer Load(string path, string? countyCities = null)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"place gazetteer not found: {path}", path);
        var names = new List<(string, PlaceType)>();
        int line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            if (raw.Length == 0 || raw.StartsWith('#') || raw.StartsWith("name\t", StringComparison.Ordinal)) continue;
            var cols = raw.Split('\t');
            if (cols.Length != 2 || cols[0].Length == 0 || !Enum.TryParse<PlaceType>(cols[1], ignoreCase: false, out var type))
                throw new InvalidDataException($"{path}:{line.ToString(CultureInfo.InvariantCulture)}: expected 'name<TAB>TYPE', got '{raw}'");
            names.Add((cols[0], type));
        }
        return new PlaceGazetteer(names, countyCities is null ? null : LoadPrefectures(countyCities));
    }

    // name<TAB>prefecture lines under a header of the same shape.
    private static Dictionary<string, string> LoadPrefectures(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"county-level cities table not found: {path}", path);
        using var reader = File.OpenText(path);
        var pairs = TabSeparatedPairs.Read(reader, (string text, out string prefecture) => (prefecture = text).Length > 0 && !text.Contains('\t'),
            "prefecture", line => $"{path}:{line.ToString(CultureInfo.InvariantCulture)}", comments: true);
        return pairs.Where(p => p.Key != "name").ToDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// The prefecture-level city a county-level city belongs to, as news writes both (温岭市 → 台州市; the short form 温岭 too), or
    /// null when <paramref name="city"/> is no county-level city of the table (Figures/Data/county-cities.tsv).
    /// </summary>
    public string? PrefectureOf(ReadOnlySpan<char> city)
    {
        var lookup = _prefectures.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(city, out var prefecture)) return prefecture;
        return city.Length is >= 2 and <= 6 && city[^1] != '市' && lookup.TryGetValue(string.Concat(city, "市"), out prefecture) ? prefecture : null;
    }

    /// <summary>The places and organizations of [start, end), in text order, not overlapping.</summary>
    public List<PlaceSpan> Find(string text, int start, int end)
    {
        var found = new List<PlaceSpan>();
        int i = start;
        bool clauseStart = true;
        while (i < end)
        {
            char c = text[i];
            if (!HanCharacters.IsHan(c))
            {
                clauseStart = ClauseBounds.IsBreak(c) || clauseStart && char.IsWhiteSpace(c);
                i++;
                continue;
            }
            int e = MatchName(text, i, end);
            if (e > i)
            {
                e = Extend(text, e, end);
                found.Add(new PlaceSpan(i, e));
                i = e;
            }
            else if (clauseStart && OpeningOrganization(text, i, end) is (var orgStart, var orgEnd) && orgEnd > 0)
            {
                found.Add(new PlaceSpan(orgStart, orgEnd));
                i = orgEnd;
            }
            else i++;
            clauseStart = false;
        }
        return found;
    }

    /// <summary>
    /// True when <paramref name="place"/> is a division of the level that <paramref name="level"/> names (省, 市, 县,
    /// 区, 镇; 街 for a subdistrict, 街道): it ends with that character (or with 街道), or is a province (省), a city or municipality
    /// (市, 北京 and 沪 too) or an autonomous region (区, 新疆) of the gazetteer.
    /// </summary>
    public bool IsOfLevel(ReadOnlySpan<char> place, char level)
    {
        if (place.Length == 0) return false;
        if (level == '街') return place.EndsWith("街道");
        if (place[^1] == level) return true;
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(place, out var type) && (type, level) is (PlaceType.PROVINCE, '省') or (PlaceType.CITY, '市')
            || level == '区' && Regions.Contains(place.ToString())
            || (level, place.ToString()) is ('市', "北京" or "天津" or "上海" or "重庆" or "京" or "津" or "沪" or "渝");
    }

    /// <summary>
    /// <paramref name="name"/> without the divisions written in full that open it before another (湖北省宜昌市 → 宜昌市, 山东省临沂市兰山区
    /// → 兰山区, 江苏省昆山市图书馆 → 昆山市图书馆, 安徽省歙县 → 歙县; an autonomous region by its usual short name too: 广西柳州市 → 柳州市):
    /// a figure is about the innermost division a chain names, as every figure gold writes it. Other short forms stay (江苏盐城, as the
    /// seed page writes it; 广州南沙新区).
    /// </summary>
    public string Innermost(string name)
    {
        int at = 0;
        while (DivisionEnd(name, at) is int next && next < name.Length && (IsLevelChar(name[next - 1]) || Regions.Contains(name[at..next]))
               && DivisionEnd(name, next) is not null)
            at = next;
        return at == 0 ? name : name[at..];
    }

    // The autonomous regions, which news names without 自治区.
    private static readonly string[] Regions = ["广西", "内蒙古", "新疆", "西藏", "宁夏"];

    private static bool IsLevelChar(char c) => c is '省' or '市' or '县' or '区';

    /// <summary>
    /// The end of the division that opens <paramref name="name"/> at <paramref name="at"/>, its level with it (宜昌 + 市): a gazetteer
    /// name, or by its shape one the gazetteer does not hold (兰山区, 昆山市图书馆, 歙县, 天荒坪镇: <see cref="DivisionReferences.OpeningDivision"/>);
    /// else null.
    /// </summary>
    private int? DivisionEnd(string name, int at)
    {
        int own = NameAt(name, at, name.Length);
        if (own > 0) return at + own + (at + own < name.Length && IsLevelChar(name[at + own]) ? 1 : 0);
        return (DivisionReferences.OpeningDivision(name, at, name.Length, after: 0) ?? DivisionReferences.OpeningDivision(name, at, name.Length, '镇', after: 0))
            is int shaped ? at + shaped : null;
    }

    /// <summary>The length of the gazetteer name (or run of abbreviations) that [<paramref name="start"/>, <paramref name="end"/>) opens with, or 0.</summary>
    public int NameAt(string text, int start, int end) => MatchName(text, start, end) - start;

    /// <summary>The end of a gazetteer name (or a run of abbreviations) at <paramref name="i"/>, else <paramref name="i"/>.</summary>
    private int MatchName(string text, int i, int end)
    {
        if (i >= end || _maxLengthByFirst[text[i]] == 0) return i;
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int len = Math.Min(_maxLengthByFirst[text[i]], end - i); len >= 2; len--)
            if (lookup.TryGetValue(text.AsSpan(i, len), out _)) return i + len;
        int j = i;
        while (j < end && lookup.TryGetValue(text.AsSpan(j, 1), out var type) && type == PlaceType.ABBREVIATION && !StartsLongerName(text, j, end)) j++;
        return j - i >= 2 ? j : i;
    }

    private bool StartsLongerName(string text, int j, int end)
    {
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int len = Math.Min(_maxLengthByFirst[text[j]], end - j); len >= 2; len--)
            if (lookup.TryGetValue(text.AsSpan(j, len), out _)) return true;
        return false;
    }

    /// <summary>Adds what belongs to a place name after it: 省/市, further divisions, adjacent places, a bracketed place, a zone or body.</summary>
    private int Extend(string text, int e, int end)
    {
        while (true)
        {
            if (e < end && AdministrativeSuffixes.Contains(text[e]) && !(e + 1 < end && text[e + 1] is '场' or '民' or '委' or '长' or '政' or '级' or '内' or '域' or '外')) { e++; continue; }
            int next = MatchName(text, e, end);
            if (next > e) { e = next; continue; }
            int division = Division(text, e, end);
            if (division > e) { e = division; continue; }
            break;
        }
        int bracket = e;
        if (bracket < end && text[bracket] is '（' or '(')
        {
            int close = text.IndexOfAny(['）', ')'], bracket, Math.Min(6, end - bracket));
            if (close > bracket) bracket = close + 1;
        }
        int body = OrganizationEnd(text, bracket, end, OrganizationSuffixes);
        return body > bracket ? body : e;
    }

    /// <summary>2–3 Han characters and an administrative suffix right after a place: 三门县, 闵行区, 花桥镇.</summary>
    private static int Division(string text, int e, int end)
    {
        for (int len = 3; len >= 2; len--)
        {
            int s = e + len;
            if (s >= end || !AdministrativeSuffixes.Contains(text[s]) || text[s] == '州') continue;
            bool ok = true;
            for (int k = e; k < s && ok; k++) ok = HanCharacters.IsHan(text[k]) && !TextRules.IsNameBreak(text[k]) && !AdministrativeSuffixes.Contains(text[k]);
            if (ok) return s + 1;
        }
        return e;
    }

    /// <summary>The longest stretch after <paramref name="at"/> (up to a function character or punctuation) ending in an organization or zone suffix.</summary>
    private static int OrganizationEnd(string text, int at, int end, string[] suffixes)
    {
        int limit = at;
        while (limit < end && limit - at < MaxExtension && HanCharacters.IsHan(text[limit]) && !TextRules.IsNameBreak(text[limit])) limit++;
        for (int e = limit; e > at; e--)
        {
            if (!SuffixEnds.Contains(text[e - 1])) continue;
            foreach (var suffix in suffixes)
                if (e - at >= suffix.Length && text.AsSpan(e - suffix.Length, suffix.Length).SequenceEqual(suffix) && !InsideWord(text, e, end)) return e;
        }
        return at;
    }

    /// <summary>A one-character suffix that begins a longer word: 局势, 局面, 委托, 港口, 港澳.</summary>
    private static bool InsideWord(string text, int e, int end) =>
        e < end && text[e - 1] switch
        {
            '局' => "势面限部".Contains(text[e]),
            '委' => "托屈婉".Contains(text[e]),
            '港' => "口湾澳区".Contains(text[e]),
            _ => false,
        };

    /// <summary>
    /// A clause opening with a name that ends in an organization suffix (华为青浦研发中心…, 国家发展改革委会同…):
    /// its start, after any time word (未来合作区… → 合作区), and end; or (0, 0).
    /// </summary>
    private static (int Start, int End) OpeningOrganization(string text, int i, int end)
    {
        foreach (var w in TimeWords)
            if (i + w.Length < end && text.AsSpan(i, w.Length).SequenceEqual(w)) { i += w.Length; break; }
        int e = OrganizationEnd(text, i, end, BodySuffixes);
        return e - i >= 3 ? (i, e) : (0, 0);
    }
}
