using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// A count of divisions after a place (福州、莆田、宁德三市; 东北三省) counts the places before it and is no part of the last one:
/// the place ends before the numeral (MSRA: 东北/LOC 三省). A division named with a numeral keeps it (郑州二七区, 吉林九台区: the
/// gazetteer names it). A run of abbreviations before the count comes out one place per character (苏浙粤三省: 苏, 浙, 粤; E6).
/// A count tagged alone (粤桂两省区, 两市) is no place (MSRA tags none of its 40-odd; 九州 and 四国 are names).
/// Part of the division-chains rule. Stateless.
/// </summary>
internal static class DivisionCounts
{
    private const string Numerals = "两二三四五六七八九十几";

    private const string Divisions = "省市县区州国";

    /// <summary>Whether a division's name of three to five characters ends the place (郑州 二七区, 吉林 九台区).</summary>
    private static bool EndsInDivision(ReadOnlySpan<char> place)
    {
        for (int len = 3; len <= Math.Min(5, place.Length); len++)
            if (PlaceNames.Lexicon.TypesOf(place[^len..]) != 0) return true;
        return false;
    }

    /// <summary>两省区, 三市: a numeral and division words only.</summary>
    private static bool IsCountAlone(ReadOnlySpan<char> span) =>
        span.Length >= 2 && Numerals.Contains(span[0]) && !span[1..].ContainsAnyExcept("省市县区");

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels.</summary>
    public static void Cut(ReadOnlySpan<char> text, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type == Documents.EntityType.LOC && IsCountAlone(text[start..end]))
            {
                labels.AsSpan(start, end - start).Fill(BioesLabels.Outside);
                continue;
            }
            if (type != Documents.EntityType.LOC || end - start < 4 || !Divisions.Contains(text[end - 1]) || !Numerals.Contains(text[end - 2])
                || EndsInDivision(text[start..end])) continue;
            labels.AsSpan(end - 2, 2).Fill(BioesLabels.Outside);
            // A run of abbreviations the count followed is one place per character, as AbbreviationRuns (which ran before) makes it.
            if (AbbreviationRuns.IsRun(text[start..(end - 2)])) labels.AsSpan(start, end - 2 - start).Fill(BioesLabels.Label(type, BioesLabels.S));
            else BioesLabels.Mark(labels, start, end - 2, type);
        }
    }
}
