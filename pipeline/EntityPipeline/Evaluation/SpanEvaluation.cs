using System.Collections.Immutable;
using EntityPipeline.Documents;
using EntityPipeline.Text;

namespace EntityPipeline.Evaluation;

/// <summary>
/// Accumulates exact span-and-type matches between gold and predicted entities, text by text, and keeps
/// the errors. A predicted span counts as correct only when its start, end and type all equal a gold span's.
/// The counts are also kept per sampling unit (a document, or a sentence), for <see cref="Bootstrap"/> intervals.
/// Not thread-safe.
/// </summary>
public sealed class SpanEvaluation
{
    private readonly int[] _gold = new int[Types.Length];
    private readonly int[] _predicted = new int[Types.Length];
    private readonly int[] _correct = new int[Types.Length];
    private readonly List<EvaluationError> _errors = [];
    private readonly List<UnitCounts> _units = [];
    private readonly List<UnitCounts> _latinUnits = [];

    private static readonly EntityType[] Types = Enum.GetValues<EntityType>();

    public IReadOnlyList<EvaluationError> Errors => _errors;

    /// <summary>Micro counts per sampling unit, in the order the units were scored.</summary>
    public IReadOnlyList<UnitCounts> Units => _units;

    /// <summary>As <see cref="Units"/>, counting only the mentions with a Latin letter (the report's <c>latin</c> row).</summary>
    public IReadOnlyList<UnitCounts> LatinUnits => _latinUnits;

    /// <summary>What is scored from now on counts towards a new sampling unit (by default each text scored is one).</summary>
    public void StartUnit()
    {
        _units.Add(default);
        _latinUnits.Add(default);
    }

    /// <summary>
    /// Scores one text (a sentence or a document) identified by <paramref name="id"/>. Its counts go to a new sampling
    /// unit, or with <paramref name="sameUnit"/> to the current one; with <paramref name="unitStarts"/> (ascending offsets,
    /// the first 0), the text is that many units, and each span counts towards the one it starts in.
    /// </summary>
    public void Add(string id, string text, IEnumerable<(int Start, int End, EntityType Type)> gold, IEnumerable<(int Start, int End, EntityType Type)> predicted,
        bool sameUnit = false, int[]? unitStarts = null)
    {
        if (!sameUnit || _units.Count == 0) StartUnit();
        int firstUnit = _units.Count - 1;
        for (int u = 1; u < (unitStarts?.Length ?? 0); u++) StartUnit();
        var units = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_units);
        var latinUnits = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_latinUnits);
        ref UnitCounts UnitOf(Span<UnitCounts> all, int start)
        {
            int at = unitStarts is null ? 0 : Array.BinarySearch(unitStarts, start);
            return ref all[firstUnit + Math.Max(0, at >= 0 ? at : ~at - 1)]; // the last unit starting at or before the span
        }

        var goldByRange = new Dictionary<(int, int), EntityType>();
        foreach (var g in gold)
        {
            if (!goldByRange.TryAdd((g.Start, g.End), g.Type))
                throw new ArgumentException($"{id}: gold span [{g.Start}, {g.End}) appears twice");
            _gold[(int)g.Type]++;
            if (HasLatin(text, g.Start, g.End)) UnitOf(latinUnits, g.Start).Gold++;
            UnitOf(units, g.Start).Gold++;
        }
        var matched = new HashSet<(int, int)>();
        foreach (var p in predicted)
        {
            _predicted[(int)p.Type]++;
            bool latin = HasLatin(text, p.Start, p.End);
            if (latin) UnitOf(latinUnits, p.Start).Predicted++;
            UnitOf(units, p.Start).Predicted++;
            if (goldByRange.TryGetValue((p.Start, p.End), out var goldType))
            {
                matched.Add((p.Start, p.End));
                if (goldType == p.Type)
                {
                    _correct[(int)p.Type]++;
                    if (latin) UnitOf(latinUnits, p.Start).Correct++;
                    UnitOf(units, p.Start).Correct++;
                }
                else _errors.Add(new EvaluationError(id, p.Start, p.End, text[p.Start..p.End], EvaluationErrorKind.WrongType, goldType, p.Type));
            }
            else
            {
                _errors.Add(new EvaluationError(id, p.Start, p.End, text[p.Start..p.End], EvaluationErrorKind.Spurious, null, p.Type));
            }
        }
        foreach (var ((start, end), type) in goldByRange)
            if (!matched.Contains((start, end)))
                _errors.Add(new EvaluationError(id, start, end, text[start..end], EvaluationErrorKind.Missed, type, null));
    }

    public EvaluationReport Report()
    {
        var perType = Types.Select(t => new TypeScores(t.ToString(), _gold[(int)t], _predicted[(int)t], _correct[(int)t])).ToImmutableArray();
        var micro = new TypeScores("micro", _gold.Sum(), _predicted.Sum(), _correct.Sum());
        var latin = new TypeScores("latin", _latinUnits.Sum(u => u.Gold), _latinUnits.Sum(u => u.Predicted), _latinUnits.Sum(u => u.Correct));
        return new EvaluationReport(perType, micro, latin);
    }

    /// <summary>A span with a Latin letter in it (Google, ESPN卫视), a part of modern text the corpora of 1998–2009 hardly hold.</summary>
    private static bool HasLatin(string text, int start, int end)
    {
        foreach (char c in text.AsSpan(start, end - start))
            if (CharFold.IsLatinLetter(c)) return true;
        return false;
    }
}
