namespace EntityPipeline.Figures.Recognition;

/// <summary>
/// What date resolution remembers while it reads one document in order: the year 今年 means (and the month of 本月), the last
/// year stated (for 同年 / 当年), the months of the last period stated (for YYYY年同期) and the month of the last day
/// stated (for ２月１日、３日). One per document.
/// </summary>
internal sealed class DateContext(int? referenceYear, int? referenceMonth = null)
{
    /// <summary>The year of 今年, or null when neither the caller nor the document tells it.</summary>
    public int? ReferenceYear { get; } = referenceYear;

    /// <summary>The month of 本月 in <see cref="ReferenceYear"/>, or null when the document's date does not tell it.</summary>
    public int? ReferenceMonth { get; } = referenceMonth;

    public int? LastYear { get; set; }

    public (int First, int Last)? LastMonths { get; set; }

    /// <summary>Where the last date with a month and a day ended and its year-month (XXXX-02), for a list of days after it.</summary>
    public (int End, string YearMonth)? LastDay { get; set; }
}
