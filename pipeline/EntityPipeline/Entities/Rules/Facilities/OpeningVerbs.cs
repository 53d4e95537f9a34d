using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Facilities;

/// <summary>
/// A port, station, line, bridge, park or hall is named without the verb of its opening that news writes right after it (钱凯港开港,
/// 某某站开通, 某某大桥通车, 星桥科技园开园): a place the tagger or <see cref="FacilityNames"/> ran on into such a verb ends before it, where what is left
/// ends in a facility's word. Part of the facilities rule. Stateless.
/// </summary>
internal static class OpeningVerbs
{
    private static readonly string[] Verbs = ["开港", "开通", "通车", "通航", "投运", "启用", "开业", "竣工", "建成", "开工", "开园", "开馆", "开街", "开放"];

    private static readonly string[] Facilities = ["港", "站", "机场", "线", "大桥", "铁路", "高铁", "隧道", "口岸", "码头", "园", "馆", "街", "广场", "景区"];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Cut(ReadOnlySpan<char> text, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.LOC || end - start < 5 || !Prefixes.EndsWithAny(text[start..end], Verbs)) continue;
            int cut = end - 2;
            if (!Prefixes.EndsWithAny(text[start..cut], Facilities)) continue;
            labels.AsSpan(cut, 2).Fill(BioesLabels.Outside);
            BioesLabels.Mark(labels, start, cut, type);
        }
    }
}
