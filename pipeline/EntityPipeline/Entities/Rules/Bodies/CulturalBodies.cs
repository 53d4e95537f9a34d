using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Bodies;

/// <summary>
/// A museum, gallery, library or theatre the text shows acting is an institution, an organisation, as the guidelines make a centre that
/// acts (E9) and as the design golds tag 88 of their 93 museums, galleries and libraries: one that organises (由某某博物馆与…),
/// works with a body (某某美术馆与某某中心签署, 某某博物院联合…), announces (某某博物馆8日宣布) or has a curator or director
/// (某某图书馆馆长). MSRA tags its museums places, as buildings (某某博物馆坐落在…), and the tagger follows it; a museum named
/// without such a sign stays as the tagger found it (MSRA dev's museums all do: making every museum a body cost its score 0.3
/// point, docs/tagger-experiments.md). So does a theatre, which is the company that produces a work (由某某大剧院制作的歌剧) as
/// well as its stage (<see cref="Facilities.VenueNames"/>). Part of the bodies' rule. Stateless.
/// </summary>
internal static class CulturalBodies
{
    private static readonly string[] Institutions = ["博物馆", "博物院", "美术馆", "图书馆", "纪念馆", "科技馆", "艺术馆", "剧院"];

    /// <summary>What such a body does or has right after its name (a day of the month may come between: 某某博物馆8日宣布).</summary>
    private static readonly string[] Acts =
    [
        "与", "联合", "合办", "宣布", "发布", "推出", "馆长", "副馆长", "院长", "副院长", "研究馆员", "研究员", "策展人",
    ];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Retype(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (!text[..length].Contains('馆') && !text[..length].Contains('院')) return; // most sentences name none
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            // Longer than the bare word: 博物馆 alone is generic and never tagged.
            if (type != EntityType.LOC || end - start <= 3 || !Prefixes.EndsWithAny(text[start..end], Institutions)) continue;
            if (Organised(text, labels, start) || Acting(text[end..length])) BioesLabels.Mark(labels, start, end, EntityType.ORG);
        }
    }

    /// <summary>Whether 由 comes right before <paramref name="start"/>, or 与 or 和 after an organisation (由某某博物馆, 某某研究院与某某博物馆).</summary>
    private static bool Organised(ReadOnlySpan<char> text, int[] labels, int start) =>
        start >= 1 && (text[start - 1] == '由'
            || text[start - 1] is '与' or '和' && start >= 2 && labels[start - 2] != BioesLabels.Outside && BioesLabels.TypeOf(labels[start - 2]) == EntityType.ORG);

    /// <summary>Whether <paramref name="after"/>, the text after a museum's name, opens with what a body does or has, a day of the month first or not.</summary>
    private static bool Acting(ReadOnlySpan<char> after)
    {
        int digits = 0;
        while (digits < after.Length && char.IsAsciiDigit(after[digits])) digits++;
        if (digits > 0 && digits < after.Length && after[digits] == '日') after = after[(digits + 1)..];
        return Prefixes.IndexAt(after, Acts) >= 0;
    }
}
