using System.Collections.Frozen;
using EntityPipeline.Entities.Rules.Places;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// The one-character abbreviations of China's provinces and regions (湘菜, 桂西, 苏浙皖 as three places), which
/// <see cref="AbbreviationRuns"/> reads in every model's output.
/// </summary>
internal static class ShortForms
{
    private static readonly FrozenSet<char> PlaceAbbreviations = "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀黔滇陕甘陇青宁藏桂蒙港澳台".ToFrozenSet();

    public static bool IsPlaceAbbreviation(char c) => PlaceAbbreviations.Contains(c);
}
