using System.Globalization;
using EntityPipeline.Documents;
using EntityPipeline.Processing;
using EntityPipeline.Text;

namespace EntityPipeline.Dates;

/// <summary>
/// Adds the document's publication date, in the order of trust GUIDELINES F9 gives: a date line in its text,
/// then its file name, then the date the user gives for the whole folder (<paramref name="given"/>, `run
/// --date`). A dateline's month and day take the year it states, else the next source's that has one. The figures stage
/// resolves 今年 and 去年 from it.
/// </summary>
public sealed class DocumentDateStage(DateOnly? given = null) : IStage
{
    public string Name => nameof(DocumentDateStage);
    public Layers Requires => Layers.None;
    public Layers Produces => Layers.Date;

    public void Process(Document document) => document.SetDate(Find(document.Text, document.Id));

    /// <remarks>Traditional characters are read as simplified ones (新華社成都1月25日電 is a dateline).</remarks>
    public DocumentDate Find(string text, string docId)
    {
        text = CharFold.Simplify(text);
        if (DateInText.FullDate(text) is { } stated) return new DocumentDate(stated, DateSource.Text);
        var fromName = DateInFileName.Find(docId);
        var option = given?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (Dateline.Find(text) is { } dateline)
        {
            string year = dateline.Year?.ToString("D4", CultureInfo.InvariantCulture) ?? (fromName ?? option)?[..4] ?? "XXXX";
            return new DocumentDate($"{year}-{dateline.Month:D2}-{dateline.Day:D2}", DateSource.Text);
        }
        if (fromName is not null) return new DocumentDate(fromName, DateSource.Filename);
        if (option is not null) return new DocumentDate(option, DateSource.Option);
        return DocumentDate.Unknown;
    }
}
