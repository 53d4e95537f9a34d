using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// The conventional names of China's economic regions (长三角, 珠三角, 大湾区, 京津冀) are places kept whole (guidelines E5), which
/// the corpora of 1998–2009 hardly write, so the tagger leaves them untagged (送往珠三角) or cuts them (大湾/LOC 区). Such a name
/// that no span covers, or that a place the tagger ended inside it opens, is one place; one inside a longer name the tagger
/// found (长三角数字经济示范园) is left to it. Part of the abbreviations rule. Stateless.
/// </summary>
internal static class EconomicRegions
{
    /// <summary>The names, the longer before the shorter they end (粤港澳大湾区 before 大湾区).</summary>
    private static readonly string[] Names = ["粤港澳大湾区", "长三角", "珠三角", "大湾区", "京津冀", "长株潭", "环渤海"];

    /// <summary>Whether a name is one of the economic regions (长三角, 京津冀).</summary>
    internal static bool IsRegion(ReadOnlySpan<char> name)
    {
        foreach (var region in Names)
            if (name.SequenceEqual(region)) return true;
        return false;
    }

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels.</summary>
    public static void Tag(ReadOnlySpan<char> text, int[] labels, int length)
    {
        foreach (var name in Names)
        {
            for (int from = 0; text[from..length].IndexOf(name, StringComparison.Ordinal) is int found and >= 0; from += found + name.Length)
            {
                int start = from + found, end = start + name.Length;
                if (end < length && !BioesLabels.CanStart(labels[end])) continue; // a span runs on past it
                if (BioesLabels.AllOutside(labels, start, end) || CutInside(labels, start, end))
                    BioesLabels.Mark(labels, start, end, EntityType.LOC);
            }
        }
    }

    /// <summary>Whether a place the tagger found opens at <paramref name="start"/> and ends inside the name, with nothing after it.</summary>
    private static bool CutInside(int[] labels, int start, int end)
    {
        if (labels[start] != BioesLabels.Label(EntityType.LOC, BioesLabels.B) && labels[start] != BioesLabels.Label(EntityType.LOC, BioesLabels.S)) return false;
        int spanEnd = BioesLabels.EndOfSpanStartingAt(labels, start);
        return spanEnd < end && BioesLabels.AllOutside(labels, spanEnd, end);
    }
}
