using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Bodies;

/// <summary>
/// A place's discipline commission and supervisory commission work as one body, named together since 2018 (湖南省纪委监委,
/// 中央纪委国家监委), and 监委 ends its name: the tagger, trained on text older than the name, runs it into the word after it,
/// a notice, a website or a verb (湖南省纪委监委通报/ORG, 临泉县纪委监委联合临泉县农业农村局/ORG). Such an organisation ends at
/// jieba's word 监委; where a verb follows and the rest of the span ends in an organisation's word, that rest is a body of its
/// own (临泉县农业农村局). A resident team after it (纪委监委驻…纪检监察组) is left as the tagger has it. Part of the bodies rule.
/// Stateless.
/// </summary>
internal static class DisciplineBodies
{
    private const string Supervisory = "监委";

    /// <summary>A resident team follows its commission in one name (江苏省纪委监委驻江苏省国资委纪检监察组).</summary>
    private const char Resident = '驻';

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Cut(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        if (text[..length].IndexOf(Supervisory) < 0) return; // most sentences name no such body
        var inside = BioesLabels.Label(EntityType.ORG, BioesLabels.I);
        for (int w = 0; w + 1 < words.Length; w++)
        {
            int start = words[w].Start - baseOffset, end = words[w].End - baseOffset;
            if (end >= length || !text[start..end].SequenceEqual(Supervisory) || labels[end - 1] != inside || text[end] == Resident) continue;
            int spanStart = start;
            while (BioesLabels.PartOf(labels[spanStart]) != BioesLabels.B) spanStart--;
            int spanEnd = BioesLabels.EndOfSpanStartingAt(labels, spanStart);
            BioesLabels.Mark(labels, spanStart, end, EntityType.ORG);
            labels.AsSpan(end, spanEnd - end).Fill(BioesLabels.Outside);
            var next = words[w + 1];
            int rest = next.End - baseOffset;
            if (next.Pos == "v" && rest < spanEnd && EntitySuffixes.Classify(text[rest..spanEnd]) == EntitySuffixes.Org)
                BioesLabels.Mark(labels, rest, spanEnd, EntityType.ORG);
        }
    }
}
