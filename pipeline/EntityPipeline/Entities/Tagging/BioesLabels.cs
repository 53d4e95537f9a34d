using EntityPipeline.Documents;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// The per-character label set: O, then B/I/E/S for each entity type (13 labels for PER/LOC/ORG).
/// Index 0 is O; label 1 + 4·type + part, with part 0 = B, 1 = I, 2 = E, 3 = S.
/// </summary>
public static class BioesLabels
{
    public const int Outside = 0;
    public const int B = 0, I = 1, E = 2, S = 3;

    public static readonly int TypeCount = Enum.GetValues<EntityType>().Length;
    public static readonly int Count = 1 + 4 * TypeCount;

    public static int Label(EntityType type, int part) => 1 + 4 * (int)type + part;

    public static EntityType TypeOf(int label) => (EntityType)((label - 1) / 4);

    public static int PartOf(int label) => (label - 1) % 4;

    /// <summary>True when <paramref name="label"/> may open a sentence or follow the end of a span (O, B, S).</summary>
    public static bool CanStart(int label) => label == Outside || PartOf(label) is B or S;

    /// <summary>True when a sentence may end on <paramref name="label"/> (O, E, S).</summary>
    public static bool CanEnd(int label) => label == Outside || PartOf(label) is E or S;

    /// <summary>BIOES grammar: inside a span only I/E of the same type may follow; after O/E/S any starting label.</summary>
    public static bool CanFollow(int previous, int next)
    {
        if (previous != Outside && PartOf(previous) is B or I)
            return next != Outside && PartOf(next) is I or E && TypeOf(next) == TypeOf(previous);
        return CanStart(next);
    }

    /// <summary><see cref="CanFollow"/> for every pair of labels, [previous, next].</summary>
    internal static readonly bool[,] Transitions = BuildTransitions();

    /// <summary>
    /// The labels each label may follow (<see cref="CanFollow"/>), in label order, shared by the labels that follow the same ones:
    /// every label that opens a span (O, B, S) follows O, E and S, and a type's I and E follow its B and I, so a sum or a best over
    /// a label's predecessors is computed once per group (4 for 13 labels). <c>Lists[GroupOf[y]]</c> are label y's predecessors.
    /// </summary>
    internal static readonly (int[][] Lists, int[] GroupOf) Predecessors = Group(previous: true);

    /// <summary>As <see cref="Predecessors"/>, the labels each label may precede.</summary>
    internal static readonly (int[][] Lists, int[] GroupOf) Successors = Group(previous: false);

    private static (int[][] Lists, int[] GroupOf) Group(bool previous)
    {
        var lists = new List<int[]>();
        var groupOf = new int[Count];
        for (int y = 0; y < Count; y++)
        {
            int[] list = [.. Enumerable.Range(0, Count).Where(q => previous ? Transitions[q, y] : Transitions[y, q])];
            groupOf[y] = lists.FindIndex(l => l.AsSpan().SequenceEqual(list));
            if (groupOf[y] < 0) { groupOf[y] = lists.Count; lists.Add(list); }
        }
        return ([.. lists], groupOf);
    }

    private static bool[,] BuildTransitions()
    {
        var allowed = new bool[Count, Count];
        for (int p = 0; p < Count; p++)
            for (int y = 0; y < Count; y++)
                allowed[p, y] = CanFollow(p, y);
        return allowed;
    }

    public static string Name(int label) =>
        label == Outside ? "O" : $"{"BIES"[PartOf(label)]}-{TypeOf(label)}";

    /// <summary>Writes the labels of <paramref name="spans"/> (ordered, not overlapping) over a text of labels.Length characters.</summary>
    public static void Encode<TSpans>(TSpans spans, Span<int> labels) where TSpans : IEnumerable<(int Start, int End, EntityType Type)>
    {
        labels.Clear();
        foreach (var (start, end, type) in spans) Mark(labels, start, end, type);
    }

    /// <summary>Labels the characters [<paramref name="start"/>, <paramref name="end"/>) as one span of <paramref name="type"/>.</summary>
    public static void Mark(Span<int> labels, int start, int end, EntityType type)
    {
        if (end - start == 1)
        {
            labels[start] = Label(type, S);
            return;
        }
        labels[start] = Label(type, B);
        labels[(start + 1)..(end - 1)].Fill(Label(type, I));
        labels[end - 1] = Label(type, E);
    }

    /// <summary>Marks [start, end) as <see cref="Mark"/> does, over any span inside it, unless a span crosses one of its edges.</summary>
    public static void MarkUnlessCrossed(Span<int> labels, int length, int start, int end, EntityType type)
    {
        if (CanStart(labels[start]) && (end == length || CanStart(labels[end]))) Mark(labels, start, end, type);
    }

    /// <summary>Whether no span covers any of [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static bool AllOutside(ReadOnlySpan<int> labels, int start, int end) => !labels[start..end].ContainsAnyExcept(Outside);

    /// <summary>Whether every label in [start, end) is O or of <paramref name="type"/>: no other entity is in the way.</summary>
    public static bool OnlyOutsideOr(ReadOnlySpan<int> labels, int start, int end, EntityType type)
    {
        foreach (int label in labels[start..end])
            if (label != Outside && TypeOf(label) != type) return false;
        return true;
    }

    /// <summary>Where the span that ends right before <paramref name="at"/> starts, or −1 when none ends there.</summary>
    public static int StartOfSpanEndingAt(ReadOnlySpan<int> labels, int at)
    {
        if (at == 0 || labels[at - 1] == Outside || PartOf(labels[at - 1]) is not (E or S)) return -1;
        int start = at - 1;
        while (PartOf(labels[start]) is not (B or S)) start--;
        return start;
    }

    /// <summary>Whether [<paramref name="start"/>, <paramref name="stop"/>) is one mention exactly.</summary>
    public static bool IsOneSpan(int[] labels, int start, int stop) =>
        labels[start] != Outside && CanStart(labels[start]) && EndOfSpanStartingAt(labels, start) == stop;

    /// <summary>Where the span that starts at <paramref name="at"/> (its B or S label) ends, exclusive.</summary>
    public static int EndOfSpanStartingAt(ReadOnlySpan<int> labels, int at)
    {
        int end = at;
        while (PartOf(labels[end]) is not (E or S)) end++;
        return end + 1;
    }

    /// <summary>Reads the spans out of a valid BIOES sequence (as the decoder produces): its first <paramref name="length"/> labels, or all.</summary>
    public static IEnumerable<(int Start, int End, EntityType Type)> Spans(int[] labels, int? length = null)
    {
        int start = -1;
        for (int i = 0; i < (length ?? labels.Length); i++)
        {
            int label = labels[i];
            if (label == Outside) { start = -1; continue; }
            switch (PartOf(label))
            {
                case S: yield return (i, i + 1, TypeOf(label)); start = -1; break;
                case B: start = i; break;
                case E when start >= 0: yield return (start, i + 1, TypeOf(label)); start = -1; break;
            }
        }
    }
}
