using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.NotNames;

/// <summary>
/// A fair, a festival, a summit or a games is an event, not a body or a place (guidelines E2: events are no entities, the
/// entities inside them are): MSRA's training text tags none of 博览会, 交易会, 洽谈会, 展览会, 展销会, 文化节, 艺术节, 电影节, 运动会 or
/// 峰会 with its name (163 left untagged). A mention the tagger ran on into one is cut: the body that holds it stays, when
/// what precedes the event's word ends in a body's word (某某组织|峰会); else the place that opens it, when the gazetteer or the
/// countries know one (中国|国际进口博览会, 某地|玉交易会); else nothing is left. Part of the emoticons rule, with the storms'
/// and vessels' names. Stateless.
/// </summary>
internal static class EventWords
{
    /// <summary>The words that end an event's name, longest first where one ends another.</summary>
    private static readonly string[] Events =
        ["博览会", "交易会", "洽谈会", "展览会", "展销会", "文化节", "艺术节", "电影节", "电影展", "音乐节", "美食节", "运动会", "峰会"];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Cut(ReadOnlySpan<char> text, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            int word = EventAt(text[start..end]);
            if (type is not (EntityType.ORG or EntityType.LOC) || word == 0) continue;
            var rest = text[start..(end - word)];
            labels.AsSpan(start, end - start).Fill(BioesLabels.Outside);
            if (rest.Length >= 3 && EntitySuffixes.Classify(rest) == EntitySuffixes.Org) BioesLabels.Mark(labels, start, end - word, EntityType.ORG);
            else if (PlaceAt(rest) is > 0 and var place) BioesLabels.Mark(labels, start, start + place, EntityType.LOC);
        }
    }

    private static int EventAt(ReadOnlySpan<char> mention)
    {
        foreach (var word in Events)
            if (mention.EndsWith(word)) return word.Length;
        return 0;
    }

    /// <summary>The length of the longest country (China too) or place of the gazetteer that opens <paramref name="text"/>, or 0.</summary>
    private static int PlaceAt(ReadOnlySpan<char> text) =>
        Math.Max(text.StartsWith(China) ? China.Length : CountryPlaces.CountryOpening(text), PlaceNames.Lexicon.LongestOpening(text, text.Length));

    private const string China = "中国";
}
