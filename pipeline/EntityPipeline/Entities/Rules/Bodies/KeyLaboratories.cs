using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Bodies;

/// <summary>
/// A state key laboratory is named by its field before the kind of laboratory it is (测绘遥感信息工程国家重点实验室), and by the
/// university or institute that hosts it before that (某某大学土壤与农业可持续发展国家重点实验室): one organisation, as the
/// guidelines make a university's named centre one (中国科学技术大学合肥微尺度物质科学国家研究中心, section 1) and the golds tag
/// such laboratories. The tagger finds the kind alone (国家重点实验室/ORG), which by itself names no laboratory, and leaves the
/// field, or tags the host apart from it. The kind takes the field's words before it (nouns, and a field's 与 or 和 between
/// them), and the host organisation right before the field. A rule on the decoded labels and jieba's words. Part of the bodies
/// rule. Stateless.
/// </summary>
internal static class KeyLaboratories
{
    /// <summary>The kinds of laboratory and centre the state names by field (a category, no name by itself).</summary>
    private static readonly string[] Kinds = ["国家重点实验室", "重点实验室", "国家工程实验室", "国家工程研究中心", "国家工程技术研究中心"];

    /// <summary>The field's own conjunctions (土壤与农业, 材料和器件).</summary>
    private const string Joiners = "与和及";

    /// <summary>The shortest field taken, in characters.</summary>
    private const int MinField = 2;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Join(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        if (text[..length].IndexOf("实验室", StringComparison.Ordinal) < 0 && text[..length].IndexOf("研究中心", StringComparison.Ordinal) < 0) return;
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length).ToList())
        {
            if (type != EntityType.ORG || !IsKind(text[start..end])) continue;
            int from = FieldStart(text, words, baseOffset, labels, start);
            if (start - from < MinField) continue;
            // The host right before the field (某某大学 | 测绘遥感信息工程 | 国家重点实验室); also a host the tagger ran into the field.
            int host = from > 0 ? BioesLabels.StartOfSpanEndingAt(labels, from) : -1;
            if (host >= 0 && BioesLabels.TypeOf(labels[host]) == EntityType.ORG) from = host;
            BioesLabels.Mark(labels, from, end, EntityType.ORG);
        }
    }

    private static bool IsKind(ReadOnlySpan<char> span)
    {
        foreach (var kind in Kinds)
            if (span.SequenceEqual(kind)) return true;
        return false;
    }

    /// <summary>
    /// Where the field's untagged words right before <paramref name="at"/> start: nouns and the words jieba leaves unknown, a
    /// verbal noun, and a conjunction with a noun on each side; <paramref name="at"/> itself when there are none.
    /// </summary>
    private static int FieldStart(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int at)
    {
        int from = at, w = words.Length - 1;
        while (w >= 0 && words[w].Start - baseOffset >= at) w--;
        for (; w >= 0; w--)
        {
            int start = words[w].Start - baseOffset, end = words[w].End - baseOffset;
            if (end != from || start < 0 || !BioesLabels.AllOutside(labels, start, end)) break;
            var word = text[start..end];
            bool joiner = word.Length == 1 && Joiners.Contains(word[0]);
            if (joiner ? from == at || w == 0 || !IsFieldWord(words[w - 1].Pos) : !IsFieldWord(words[w].Pos)) break;
            from = start;
        }
        return from;
    }

    private static bool IsFieldWord(string pos) => pos.StartsWith('n') && pos is not ("nr" or "nrt" or "nrfg") || pos is "vn" or "j" or "x" or "l" or "eng";
}
