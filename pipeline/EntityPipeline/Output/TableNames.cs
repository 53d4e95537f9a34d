namespace EntityPipeline.Output;

/// <summary>The file names of the output tables (DESIGN.md).</summary>
public static class TableNames
{
    public const string Documents = "documents.csv";
    public const string Sentences = "sentences.csv";
    public const string Entities = "entities.csv";
    public const string Figures = "figures.csv";
    public const string EntitySummary = "entity_summary.csv";

    /// <summary>The review workbook written beside the tables (the same rows, typed, and a review sheet); not a CSV, so not in <see cref="All"/>.</summary>
    public const string Workbook = "review.xlsx";

    public static readonly IReadOnlyList<string> All = [Documents, Sentences, Entities, Figures, EntitySummary];

    /// <summary>Every file a run writes that a user may edit: the tables and the workbook (what run.json guards).</summary>
    public static readonly IReadOnlyList<string> Editable = [.. All, Workbook];
}
