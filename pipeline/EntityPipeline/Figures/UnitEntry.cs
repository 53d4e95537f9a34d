using EntityPipeline.Documents;

namespace EntityPipeline.Figures;

/// <summary>One row of the unit lexicon: the measure word as written, its base form and the figure kind it makes.</summary>
internal sealed record UnitEntry(string Surface, string Unit, FigureKind Kind)
{
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
