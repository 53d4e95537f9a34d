using System.Collections.Frozen;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// An organisation the tagger ran over a verb of setting up (常州设立研发中心, 新加坡设立办公室) names none: the verb says a body is
/// set up somewhere, and no name holds it. The span goes; the place before the verb stays a place when the gazetteer or the
/// dictionary knows it as one (常州). Part of the companies rule. Stateless.
/// </summary>
internal static class FoundingVerbs
{
    private static readonly FrozenSet<string> Verbs =
        new[] { "设立", "成立", "开设", "建立", "设有", "落户", "入驻", "组建", "新建", "筹建" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Cut(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        // Most sentences have no organisation long enough to hold a verb.
        if (!labels.AsSpan(0, length).Contains(BioesLabels.Label(EntityType.ORG, BioesLabels.I))) return;
        var verbs = Verbs.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in words)
        {
            int start = word.Start - baseOffset, end = word.End - baseOffset;
            if (end >= length || start == 0 || !verbs.Contains(text[start..end])) continue;
            // A verb strictly inside an organisation: the labels on both sides of it belong to one span.
            if (BioesLabels.PartOf(labels[start]) is not BioesLabels.I || BioesLabels.TypeOf(labels[start]) != EntityType.ORG
                || BioesLabels.PartOf(labels[end]) is not (BioesLabels.I or BioesLabels.E)) continue;
            int spanStart = start, spanEnd = end;
            while (BioesLabels.PartOf(labels[spanStart]) is not BioesLabels.B) spanStart--;
            while (BioesLabels.PartOf(labels[spanEnd]) is not BioesLabels.E) spanEnd++;
            labels.AsSpan(spanStart, spanEnd + 1 - spanStart).Fill(BioesLabels.Outside);
            var before = text[spanStart..start];
            if (PlaceNames.Lexicon.TypesOf(before) != 0 || DictionaryNames.Lexicon.TypesOf(before) == EntityLexicon.Mask(EntityType.LOC))
                BioesLabels.Mark(labels, spanStart, start, EntityType.LOC);
        }
    }
}
