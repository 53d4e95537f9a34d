using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Consistency;

/// <summary>
/// Items of a list joined by the enumeration comma 、 are of one kind: when most items of 句容、金坛、武进、江阴、常熟 are
/// tagged as places, the untagged ones are places too. An item counts when it lies between two 、 or is exactly one
/// mention; when at least <see cref="MinVotes"/> counted items, and at least half of them, are exactly one mention of the
/// same type, every counted item with no mention in it becomes a mention of that type. The first and last items are
/// only voters: where they begin or end is not known (这条高铁将句容、…). A filled-in item says source = rule and takes the
/// lowest confidence of the items that voted for its type times 0.8: a rule-made mention is never surer than its evidence. Stateless.
/// </summary>
public static class ListConsistency
{
    public const int MinVotes = 2;
    /// <summary>Longer items are phrases, not names.</summary>
    public const int MaxItemLength = 8;
    private const double FillDiscount = 0.8;

    /// <summary>Returns <paramref name="mentions"/> (sorted by start, not overlapping) with the list items filled in, still sorted.</summary>
    public static List<Mention> Complete(string text, IReadOnlyList<Mention> mentions)
    {
        var result = new List<Mention>(mentions);
        var byStart = new Dictionary<int, Mention>();
        var covered = new bool[text.Length];
        foreach (var m in mentions)
        {
            byStart.TryAdd(m.Start, m);
            covered.AsSpan(m.Start, m.End - m.Start).Fill(true);
        }
        var items = new List<(int Start, int End)>();
        for (int i = 0; i < text.Length; )
        {
            i = Enumerations.NextList(text, i, items);
            if (items.Count >= 2) Fill(items, byStart, covered, result);
        }
        if (result.Count > mentions.Count) result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private static void Fill(List<(int Start, int End)> items, Dictionary<int, Mention> byStart, bool[] covered, List<Mention> result)
    {
        Span<int> votes = stackalloc int[BioesLabels.TypeCount];
        Span<double> confidence = stackalloc double[BioesLabels.TypeCount];
        confidence.Fill(1);
        int counted = 0;
        for (int k = 0; k < items.Count; k++)
        {
            var (start, end) = items[k];
            bool inner = k > 0 && k < items.Count - 1, whole = byStart.TryGetValue(start, out var m) && m.End == end;
            if (!whole && !(inner && end - start <= MaxItemLength)) continue;
            counted++;
            if (!whole) continue;
            votes[(int)m.Type]++;
            confidence[(int)m.Type] = Math.Min(confidence[(int)m.Type], m.Confidence);
        }
        int type = 0;
        for (int t = 1; t < votes.Length; t++)
            if (votes[t] > votes[type]) type = t;
        if (votes[type] < MinVotes || votes[type] * 2 < counted) return;
        for (int k = 1; k < items.Count - 1; k++)
        {
            var (start, end) = items[k];
            if (end - start > MaxItemLength || covered.AsSpan(start, end - start).Contains(true)) continue;
            result.Add(new Mention(start, end, (EntityType)type, MentionSource.Rule, Math.Round(confidence[type] * FillDiscount, 4)));
        }
    }
}
