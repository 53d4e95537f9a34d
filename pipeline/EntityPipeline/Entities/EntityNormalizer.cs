using System.Text;
using EntityPipeline.Text;

namespace EntityPipeline.Entities;

/// <summary>The `normalized` form of a mention, by which entity_summary.csv groups: full-width letters and
/// digits folded to ASCII, white space removed, Latin letters upper-cased.</summary>
public static class EntityNormalizer
{
    public static string Normalize(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var f = CharFold.Fold(c);
            if (char.IsWhiteSpace(f)) continue;
            sb.Append(f is >= 'a' and <= 'z' ? char.ToUpperInvariant(f) : f);
        }
        return sb.ToString();
    }
}
