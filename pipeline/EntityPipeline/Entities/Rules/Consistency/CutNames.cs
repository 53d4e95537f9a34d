using System.Runtime.InteropServices;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Consistency;

/// <summary>
/// A place or organisation the tagger cut a character or two short on the left (台跨境电子商务综合试验区 after 芸台市商务局; 川 after
/// 蓼川国际陆港), where the document spells the name whole at the start of another mention: the mention takes back the uncovered
/// characters before it when they and its own first characters are how another place or organisation of the document begins,
/// one whose own left edge is clean (it opens its clause or follows a function word, so it is no run-on error itself), and
/// when the characters taken back end no dictionary word begun before them (现任欣旺达, 换乘广州地铁: the verb's, not the name's)
/// and do not open with a character that opens no MSRA entity (驻港).
/// Invented and rare names (a rare first character the tagger doubts) are cut so; names it knows are not. A repaired mention
/// says source = rule. Stateless.
/// </summary>
public static class CutNames
{
    private const int MaxCut = 2;

    // Characters that stand right before an MSRA training entity 100 times or more and open one less than a tenth as often
    // (在 3,715 times before, never opening; 驻 171 and 9; 任 334 and 33): a verb, preposition or particle, not a name's start.
    private const string NeverOpening = "在的和对了是与为到者报由据向从同年使任有理及统席访员给来讯个入着而胜被驻届练过将进名习但记用把持手出就都问赴望求往号受见";

    /// <summary>Returns <paramref name="mentions"/> (sorted by start, not overlapping) with cut names repaired, still sorted.</summary>
    public static List<Mention> Repair(string text, IReadOnlyList<Mention> mentions)
    {
        var result = new List<Mention>(mentions);
        var heads = Heads(text, mentions);
        for (int i = 0; i < result.Count; i++)
        {
            var m = result[i];
            if (m.Type == EntityType.PER) continue;
            int floor = i > 0 ? result[i - 1].End : 0;
            for (int cut = MaxCut; cut >= 1; cut--)
            {
                int start = m.Start - cut;
                if (start < floor || !HanCharacters.AllHan(text.AsSpan(start, m.Start - start)) || NeverOpening.Contains(text[start]) || EndsWordBefore(text, start, floor)) continue;
                if (!OpensAnother(text, heads, start, m)) continue;
                result[i] = m with { Start = start, Source = MentionSource.Rule };
                break;
            }
        }
        return result;
    }

    /// <summary>
    /// How many places and organisations with a clean left edge open with each head of two or three characters shorter than
    /// themselves: read once a document, so that looking a head up is no pass over every mention.
    /// </summary>
    private static Dictionary<string, int> Heads(string text, IReadOnlyList<Mention> mentions)
    {
        var heads = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in mentions)
            if (m.Type != EntityType.PER && OpensCleanly(text, m.Start))
                for (int length = 2; length <= MaxCut + 1 && length < m.Length; length++)
                    CollectionsMarshal.GetValueRefOrAddDefault(heads, text.Substring(m.Start, length), out _)++;
        return heads;
    }

    /// <summary>Whether the text from <paramref name="start"/> into <paramref name="m"/> is how another place or organisation of the document begins.</summary>
    private static bool OpensAnother(string text, Dictionary<string, int> heads, int start, Mention m)
    {
        int length = m.Start - start + 1;   // the cut characters and the mention's first
        var head = text.AsSpan(start, length);
        if (!heads.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(head, out int count)) return false;
        // Not the mention itself, where it opens with the same characters.
        bool own = length < m.Length && OpensCleanly(text, m.Start) && text.AsSpan(m.Start, length).SequenceEqual(head);
        return count > (own ? 1 : 0);
    }

    /// <summary>
    /// Whether a mention's left edge can be trusted: it opens its text or clause, or follows a function word (记者从芸台市商务局获悉),
    /// not a word the tagger may have run into it (现任欣旺达, 乘广深港高铁).
    /// </summary>
    private static bool OpensCleanly(string text, int start) =>
        start == 0 || !HanCharacters.IsHan(text[start - 1]) || FunctionCharacters.Contains(text[start - 1]);

    /// <summary>Whether the character at <paramref name="start"/> ends a word of jieba's dictionary begun before it (现任, 换乘).</summary>
    private static bool EndsWordBefore(string text, int start, int floor)
    {
        for (int from = start - 1; from >= Math.Max(floor, start - 2); from--)
            if (HanCharacters.AllHan(text.AsSpan(from, start - from)) && Segmentation.JiebaResources.Dictionary.ContainsWord(text.AsSpan(from, start - from + 1))) return true;
        return false;
    }
}
