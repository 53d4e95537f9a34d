namespace EntityPipeline.Figures.Recognition;

/// <summary>
/// A numeral read from the text: its value and how many characters it took. <see cref="IsLoneOne"/> is
/// set for a bare 一 (or 壹), which before a classifier is usually the indefinite article ("一家企业"),
/// not a count. <see cref="IsVague"/> marks runs such as 三五 or 十几 that name no definite value.
/// <see cref="IntegerDigits"/> counts the digits written before any point (4 for 2023 and 二〇二三).
/// </summary>
internal readonly record struct ParsedNumeral(decimal Value, int Length, bool IsChinese, bool IsLoneOne, bool IsVague, int IntegerDigits);
