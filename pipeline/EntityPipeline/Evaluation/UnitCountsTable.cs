using System.Globalization;
using EntityPipeline.Input;

namespace EntityPipeline.Evaluation;

/// <summary>
/// The per-unit counts of an evaluation (documents or sentences, each with its gold, predicted and correct mentions), as CSV, so
/// that two evaluations made apart can be compared by the paired bootstrap (<see cref="Bootstrap.DifferenceInterval"/>): a model
/// trained on other data tables is refused by a build that reads different ones, so a retraining that changes a table is scored
/// by each build in turn (`evaluate --units`, then `--compare-units`).
/// </summary>
public static class UnitCountsTable
{
    /// <summary>Writes each set's units, in order, via a temporary file.</summary>
    public static void Write(string path, IEnumerable<(string Set, IReadOnlyList<UnitCounts> Units)> sets) =>
        EvaluationCsv.Write(path, sets.SelectMany(s => s.Units.Select((u, i) => new UnitRow(s.Set, i, u.Gold, u.Predicted, u.Correct))), byteOrderMark: false);

    /// <summary>The units of each set in a file <see cref="Write"/> wrote; a bad row is an error naming the file and line.</summary>
    public static Dictionary<string, List<UnitCounts>> Read(string path)
    {
        var table = CsvTable.Read(path);
        string[] columns = ["set", "unit", "gold", "predicted", "correct"];
        if (columns.FirstOrDefault(c => !table.Has(c)) is { } missing)
            throw new InvalidDataException($"{path}:1: no '{missing}' column; a units table has {string.Join(", ", columns)}");
        var sets = new Dictionary<string, List<UnitCounts>>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var cells = columns.Select(c => row.Get(table.IndexOf(c))).ToArray();
            var numbers = cells[1..].Select(c => int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : -1).ToArray();
            var units = sets.TryGetValue(cells[0], out var list) ? list : sets[cells[0]] = [];
            if (numbers.Any(n => n < 0) || numbers[0] != units.Count || numbers[3] > Math.Min(numbers[1], numbers[2]))
                throw new InvalidDataException($"{path}:{row.Line}: expected unit {units.Count} of set '{cells[0]}' with counts gold ≥ correct and predicted ≥ correct, got '{string.Join(",", cells)}'");
            units.Add(new UnitCounts(numbers[1], numbers[2], numbers[3]));
        }
        return sets;
    }
}
