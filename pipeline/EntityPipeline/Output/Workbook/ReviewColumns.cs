namespace EntityPipeline.Output.Workbook;

/// <summary>
/// The columns of the review sheet, in order: what a reviewer reads and sets first (mention, type, reviewed, the
/// sentence), then where the mention is. <see cref="OriginalType"/> is the type the run gave, kept so that a type
/// changed on a row not marked reviewed is noticed rather than trained on or lost.
/// </summary>
public static class ReviewColumns
{
    public const string Mention = "mention";
    public const string Type = "type";
    public const string Reviewed = "reviewed";
    public const string Sentence = "sentence";
    public const string Confidence = "confidence";
    public const string DocId = "doc_id";
    public const string SentenceId = "sentence_id";
    public const string Start = "start";
    public const string End = "end";
    public const string OriginalType = "original_type";

    /// <summary>The type that says a row is no entity.</summary>
    public const string Delete = "delete";

    /// <summary>What the type column's validation offers.</summary>
    public const string TypeChoices = "PER,ORG,LOC," + Delete;

    /// <summary>What the reviewed column's validation offers (<c>no</c> is the same as empty).</summary>
    public const string ReviewedChoices = "yes,no";

    internal static readonly IReadOnlyList<SheetColumn> All =
    [
        Text(Mention), Text(Type), Text(Reviewed), Text(Sentence), Number(Confidence),
        Text(DocId), Number(SentenceId), Number(Start), Number(End), Text(OriginalType),
    ];

    private static SheetColumn Text(string name) => new(name, CellKind.Text, ColumnWidths.For(name, CellKind.Text));

    private static SheetColumn Number(string name) => new(name, CellKind.Number, ColumnWidths.For(name, CellKind.Number));
}
