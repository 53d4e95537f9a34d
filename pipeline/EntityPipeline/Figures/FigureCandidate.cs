using EntityPipeline.Documents;
using EntityPipeline.Figures.Recognition;

namespace EntityPipeline.Figures;

/// <summary>
/// A figure as the recognizers find it, before the qualifier is refined from its context and before
/// metric, subject and period are attached. <see cref="UnitEntry"/> is the lexicon row of its unit, if any;
/// <see cref="Metric"/> is set when the form itself says what is measured (a score's 比分).
/// </summary>
internal sealed record FigureCandidate(
    int Start,
    int End,
    FigureKind Kind,
    string Value,
    string ValueMax,
    string Unit,
    Qualifier Qualifier,
    UnitEntry? UnitEntry = null,
    string? Metric = null)
{
    public bool IsClockTime => Kind == FigureKind.DATE && Value.StartsWith('T');
}
