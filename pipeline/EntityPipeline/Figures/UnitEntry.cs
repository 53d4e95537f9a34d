using EntityPipeline.Documents;

namespace EntityPipeline.Figures;

/// <summary>One row of the unit lexicon: the measure word as written, its base form and the figure kind it makes.</summary>
internal sealed record UnitEntry(string Surface, string Unit, FigureKind Kind)
{
    /// <summary>Place classifiers (两省, 四地): the counted noun is the unit itself, so a figure with one has no metric.</summary>
    public bool IsPlaceClassifier => Kind == FigureKind.COUNT && Unit is "省" or "市" or "县" or "区" or "地" or "国" or "镇" or "村" or "省份" or "城市";
}
