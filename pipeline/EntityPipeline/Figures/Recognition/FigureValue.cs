using System.Globalization;

namespace EntityPipeline.Figures.Recognition;

/// <summary>How figure values are written: plain invariant decimals with no exponent and no trailing zeros (16700, 1.5, 22100000000000).</summary>
internal static class FigureValue
{
    public static string Format(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (text.Contains('.')) text = text.TrimEnd('0').TrimEnd('.');
        return text;
    }
}
