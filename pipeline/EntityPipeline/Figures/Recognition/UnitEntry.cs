using EntityPipeline.Documents;

namespace EntityPipeline.Figures.Recognition;

/// <summary>
/// One row of the unit lexicon: the measure word as written, its base form, the figure kind it makes and the characters
/// that, right after it, make it part of another word instead (票 before 房: 2亿票房; 集 before 团: 第一集团军).
/// </summary>
internal sealed record UnitEntry(string Surface, string Unit, FigureKind Kind, string NotBefore = "")
{
    /// <summary>
    /// Units that follow Arabic digits only, as after Chinese numerals they make words or names: 二手, 九尾狐,
    /// 三包, 十字路口, 三环, 三双, 三杯鸡, 四面八方, 三伏天, 三洞桥, 三门峡, 三两天, 一眼, 一通电话, 一叶知秋, 一钱不值, 一床被子, 一度, 一道风景线,
    /// 九段高手 (247手, 4两, 300万尾, 500包, 800字, 10.9环, 5000双, 2万方, 220伏, 18洞, 1400余门, 120眼, 6.3万通, 5钱, 2叶, 400床,
    /// 16.5度, 40多道, 860段); nor does 首 make them first (首尾, 首页).
    /// </summary>
    public bool OnlyAfterDigits => Surface is "手" or "尾" or "包" or "页" or "字" or "环" or "双" or "杯" or "方" or "伏" or "洞" or "门" or "两" or "眼" or "通" or "钱" or "叶" or "床" or "度" or "道" or "段";

    /// <summary>Place classifiers (两省, 四地): the counted noun is the unit itself, so a figure with one has no metric.</summary>
    public bool IsPlaceClassifier => Kind == FigureKind.COUNT && Unit is "省" or "市" or "县" or "区" or "地" or "国" or "镇" or "村" or "省份" or "城市";

    /// <summary>The games of a record and the rounds played (3胜4平5负, ２胜１和, ３战, 两轮): they add up over a competition.</summary>
    public bool IsTally => Kind == FigureKind.COUNT && Unit is "胜" or "平" or "负" or "和" or "战" or "连胜" or "连败" or "轮";

    /// <summary>
    /// The unit names what is counted, so the figure has no metric (GUIDELINES F7): place classifiers, the games of a
    /// record, the teams of a match and its sets, games and goals (3胜4平5负, ２胜１和, 两战两胜, 5连胜, 两队, 直落3盘,
    /// 先胜两局, 连下两城).
    /// </summary>
    public bool IsCountedNoun => IsPlaceClassifier || (Kind == FigureKind.COUNT && Unit is "胜" or "平" or "负" or "和" or "战" or "连胜" or "队" or "盘" or "局" or "城");
}
