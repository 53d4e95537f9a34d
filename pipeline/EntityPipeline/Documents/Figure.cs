namespace EntityPipeline.Documents;

/// <summary>
/// A numeric figure: [Start, End) of the document text (number plus unit), what kind of quantity it
/// is and what it says. <see cref="Value"/> is a plain invariant decimal ("22100000000000") or, for
/// dates, an EDTF string ("2023-09-28", "XXXX-11-30"); <see cref="ValueMax"/> is the upper bound of a
/// range ("3至5年"), else empty. Metric, subject and period are short phrases of the text, or empty.
/// </summary>
public sealed record Figure(
    int Start,
    int End,
    FigureKind Kind,
    string Value,
    string ValueMax,
    string Unit,
    Qualifier Qualifier,
    string Metric,
    string Subject,
    string Period)
{
    public int Length => End - Start;
}
