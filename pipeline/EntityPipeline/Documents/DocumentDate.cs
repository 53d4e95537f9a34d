namespace EntityPipeline.Documents;

/// <summary>Where a document's date came from, in the order it is trusted: its text, its file name, the user's option.</summary>
public enum DateSource
{
    None,
    Text,
    Filename,
    Option,
}

/// <summary>
/// The day a document was published, as EDTF (2024-03-15; XXXX-03-15 when a dateline gives the day and nothing
/// gives the year), and where it came from. <see cref="Year"/> is what 今年 and 去年 resolve from, <see cref="Month"/> 上月.
/// </summary>
public sealed record DocumentDate(string Value, DateSource Source)
{
    public static readonly DocumentDate Unknown = new("", DateSource.None);

    public int? Year => Value.Length >= 4 && int.TryParse(Value.AsSpan(0, 4), out int year) ? year : null;

    /// <summary>The month, 1 to 12, when the value states one: what 上月 and 本月 resolve from.</summary>
    public int? Month => Value.Length >= 7 && Value[4] == '-' && int.TryParse(Value.AsSpan(5, 2), out int month) && month is >= 1 and <= 12 ? month : null;
}
