namespace EntityPipeline.Figures.Evaluation;

/// <summary>
/// One row of a gold figures table (doc_id, start, end, kind, text, value, unit, qualifier, metric,
/// subject, period; value_max optional). Offsets are code points as the file gives them, until
/// <see cref="GoldFigureReader.ToUtf16"/> turns them into .NET string indices. <see cref="Source"/> is the corpus
/// file a row's document comes from (<see cref="CorpusFigureGold"/>; empty in a table over a folder of files), and
/// <see cref="Line"/> the row's line in the table, for errors.
/// </summary>
public sealed record GoldFigure(
    string DocId,
    int Start,
    int End,
    string Kind,
    string Text,
    string Value,
    string ValueMax,
    string Unit,
    string Qualifier,
    string Metric,
    string Subject,
    string Period,
    string Source = "",
    int Line = 0);
