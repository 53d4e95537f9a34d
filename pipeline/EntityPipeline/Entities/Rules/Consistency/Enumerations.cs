using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Consistency;

/// <summary>
/// Lists joined by the enumeration comma 、 hold items of one kind: in 句容、金坛、武进、江阴、张家港 all are places. For
/// each character in such a list, a code of what the first pass made of the list as a whole: the type it tagged most
/// items as (each item exactly one span), and whether that was every item, at least half, or fewer. Read by the second
/// pass (<see cref="FirstPassFeatures"/>, version 4), so an item the first pass missed can follow the others. The lists
/// themselves are read by <see cref="NextList"/>, which <see cref="ListConsistency"/> shares. Stateless.
/// </summary>
internal static class Enumerations
{
    private const char Separator = '、';

    /// <summary>
    /// Writes each character's list code into <paramref name="codes"/>: 0 outside a list of two or more items; else
    /// 1 + 4 × (the majority type + 1, 0 for none) + the share of items of that type (0 fewer than half, 1 at least half, 2 all).
    /// </summary>
    public static void Codes(ReadOnlySpan<char> text, ReadOnlySpan<byte> labels, Span<uint> codes)
    {
        codes.Clear();
        Span<int> counts = stackalloc int[BioesLabels.TypeCount];
        var list = new List<(int Start, int End)>();
        for (int i = 0; i < text.Length; )
        {
            i = NextList(text, i, list);
            if (list.Count < 2) continue;
            counts.Clear();
            foreach (var (start, end) in list)
                if (WholeSpanType(labels, start, end) is int type and >= 0) counts[type]++;
            int items = list.Count, listStart = list[0].Start, majority = -1;
            for (int t = 0; t < counts.Length; t++)
                if (counts[t] > 0 && (majority < 0 || counts[t] > counts[majority])) majority = t;
            int share = majority < 0 ? 0 : counts[majority] == items ? 2 : counts[majority] * 2 >= items ? 1 : 0;
            uint code = (uint)(1 + 4 * (majority + 1) + share);
            for (int k = listStart; k < i; k++)
                if (text[k] != Separator) codes[k] = code;
        }
    }

    /// <summary>
    /// Reads the next list at or after <paramref name="from"/> into <paramref name="items"/>: items separated by 、, from a
    /// character that is not punctuation to the first other punctuation (one item when there is no 、). Returns where
    /// the list ends, or the text's length.
    /// </summary>
    public static int NextList(ReadOnlySpan<char> text, int from, List<(int Start, int End)> items)
    {
        items.Clear();
        int n = text.Length, i = from;
        while (i < n && CharFeatureExtractor.IsSeparator(text[i])) i++;
        if (i == n) return n;
        while (true)
        {
            int start = i;
            while (i < n && !CharFeatureExtractor.IsSeparator(text[i])) i++;
            items.Add((start, i));
            if (i + 1 < n && text[i] == Separator && !CharFeatureExtractor.IsSeparator(text[i + 1])) { i++; continue; }
            return i;
        }
    }

    /// <summary>The type of the one span that covers [start, end) exactly, or −1.</summary>
    private static int WholeSpanType(ReadOnlySpan<byte> labels, int start, int end)
    {
        if (end <= start || labels[start] == BioesLabels.Outside) return -1;
        int first = labels[start], type = (int)BioesLabels.TypeOf(first);
        if (end - start == 1) return BioesLabels.PartOf(first) == BioesLabels.S ? type : -1;
        if (BioesLabels.PartOf(first) != BioesLabels.B || labels[end - 1] != BioesLabels.Label((Documents.EntityType)type, BioesLabels.E)) return -1;
        for (int k = start + 1; k < end - 1; k++)
            if (labels[k] != BioesLabels.Label((Documents.EntityType)type, BioesLabels.I)) return -1;
        return type;
    }
}
