using System.Collections.Frozen;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// Short forms of names a character n-gram cannot pool: the one-character abbreviations of China's provinces and regions
/// (湘菜, 桂西, 苏浙皖 as three places), and a given name that doubles one character after a surname (张欢欢). The features
/// are read only by models with <see cref="TaggerFeatureOptions.ShortForms"/>; <see cref="AbbreviationRuns"/> reads the
/// abbreviations for every model's output.
/// </summary>
internal static class ShortForms
{
    private static readonly FrozenSet<char> PlaceAbbreviations = "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀黔滇陕甘陇青宁藏桂蒙港澳台".ToFrozenSet();

    public static bool IsPlaceAbbreviation(char c) => PlaceAbbreviations.Contains(c);

    /// <summary>
    /// Where the character stands in a doubled given name: 0 none; 1 the surname before it (张 of 张欢欢); 2 the first
    /// doubled character; 3 the second. Only after a common surname (<see cref="PersonCues.Surname"/>), so 常常 and 看看 stay 0.
    /// </summary>
    public static uint DoubledName(ReadOnlySpan<char> text, int i) =>
        Doubles(text, i + 1) ? 1u : Doubles(text, i) ? 2u : Doubles(text, i - 1) ? 3u : 0u;

    /// <summary>Whether the characters at <paramref name="at"/> and after it are one doubled after a surname.</summary>
    private static bool Doubles(ReadOnlySpan<char> text, int at) =>
        at >= 1 && at + 1 < text.Length && text[at] == text[at + 1] && text[at] != text[at - 1] && PersonCues.Surname(text, at - 1) == 1;
}
