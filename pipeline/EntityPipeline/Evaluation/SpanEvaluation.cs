using System.Collections.Immutable;
using EntityPipeline.Documents;

namespace EntityPipeline.Evaluation;

/// <summary>
/// Accumulates exact span-and-type matches between gold and predicted entities, text by text, and keeps
/// the errors. A predicted span counts as correct only when its start, end and type all equal a gold span's.
/// Not thread-safe.
/// </summary>
public sealed class SpanEvaluation
{
    private readonly int[] _gold = new int[Types.Length];
    private readonly int[] _predicted = new int[Types.Length];
    private readonly int[] _correct = new int[Types.Length];
    private readonly List<EvaluationError> _errors = [];

    private static readonly EntityType[] Types = Enum.GetValues<EntityType>();

    public IReadOnlyList<EvaluationError> Errors => _errors;

    /// <summary>Scores one text (a sentence or a document) identified by <paramref name="id"/>.</summary>
    public void Add(string id, string text, IEnumerable<(int Start, int End, EntityType Type)> gold, IEnumerable<(int Start, int End, EntityType Type)> predicted)
    {
        var goldByRange = new Dictionary<(int, int), EntityType>();
        foreach (var g in gold)
        {
            if (!goldByRange.TryAdd((g.Start, g.End), g.Type))
                throw new ArgumentException($"{id}: gold span [{g.Start}, {g.End}) appears twice");
            _gold[(int)g.Type]++;
        }
        var matched = new HashSet<(int, int)>();
        foreach (var p in predicted)
        {
            _predicted[(int)p.Type]++;
            if (goldByRange.TryGetValue((p.Start, p.End), out var goldType))
            {
                matched.Add((p.Start, p.End));
                if (goldType == p.Type) _correct[(int)p.Type]++;
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
        return new EvaluationReport(perType, micro);
    }
}
