namespace EntityPipeline.Documents;

/// <summary>What sort of quantity a figure is (DESIGN.md, figures.csv `kind`).</summary>
public enum FigureKind
{
    PERCENT,
    MONEY,
    LENGTH,
    AREA,
    WEIGHT,
    QUANTITY,
    COUNT,
    DURATION,
    RATE,
    RATIO,
    ORDINAL,
    DATE,
}
