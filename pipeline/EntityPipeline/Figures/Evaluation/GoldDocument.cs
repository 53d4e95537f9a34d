namespace EntityPipeline.Figures.Evaluation;

/// <summary>A document of a gold figures table: its id, its text, and its gold figures with UTF-16 offsets into that text.</summary>
public sealed record GoldDocument(string Id, string Text, IReadOnlyList<GoldFigure> Figures);
