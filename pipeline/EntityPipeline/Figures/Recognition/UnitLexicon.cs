using System.Collections.Frozen;
using System.Globalization;
using EntityPipeline.Documents;

namespace EntityPipeline.Figures.Recognition;

/// <summary>
/// The measure words that can follow a number (Figures/Data/units.tsv): longest match at a position.
/// Immutable once loaded; share one instance across threads.
/// </summary>
internal sealed class UnitLexicon
{
    public const string DefaultFile = "Figures/Data/units.tsv";

    private readonly FrozenDictionary<string, UnitEntry> _bySurface;
    private readonly int _maxLength;
    private readonly bool[] _starts = new bool[char.MaxValue + 1];

    public UnitLexicon(IEnumerable<UnitEntry> entries)
    {
        var map = new Dictionary<string, UnitEntry>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            if (!map.TryAdd(e.Surface, e))
                throw new InvalidDataException($"unit '{e.Surface}' is listed twice");
        }
        _bySurface = map.ToFrozenDictionary(StringComparer.Ordinal);
        _maxLength = map.Count == 0 ? 0 : map.Keys.Max(k => k.Length);
        foreach (var surface in map.Keys) _starts[surface[0]] = true;
    }

    public int Count => _bySurface.Count;

    /// <summary>Loads the lexicon shipped beside the assembly.</summary>
    public static UnitLexicon LoadDefault() => Load(Path.Combine(AppContext.BaseDirectory, DefaultFile));

    /// <summary>Loads a TSV of surface, unit, kind and optional not-before characters (header row and # comments allowed); fails with file and line on a bad row.</summary>
    public static UnitLexicon Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"unit lexicon not found: {path}", path);
        var entries = new List<UnitEntry>();
        int line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            if (raw.Length == 0 || raw.StartsWith('#') || raw.StartsWith("surface\t", StringComparison.Ordinal)) continue;
            var cols = raw.Split('\t');
            if (cols.Length is not (3 or 4) || cols[0].Length == 0 || cols[1].Length == 0
                || !Enum.TryParse<FigureKind>(cols[2], ignoreCase: false, out var kind))
                throw new InvalidDataException($"{path}:{line.ToString(CultureInfo.InvariantCulture)}: expected 'surface<TAB>unit<TAB>KIND[<TAB>not-before]', got '{raw}'");
            entries.Add(new UnitEntry(cols[0], cols[1], kind, cols.Length == 4 ? cols[3] : ""));
        }
        return new UnitLexicon(entries);
    }

    /// <summary>The longest unit written at <paramref name="at"/> (before <paramref name="limit"/>), or null.</summary>
    public UnitEntry? Match(string text, int at, int limit)
    {
        if (at >= limit || !_starts[text[at]]) return null;
        int max = Math.Min(_maxLength, limit - at);
        var lookup = _bySurface.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int len = max; len >= 1; len--)
        {
            if (!lookup.TryGetValue(text.AsSpan(at, len), out var entry)) continue;
            // An ASCII unit must end the Latin word: P in 3000P, not in 5Pro.
            if (char.IsAsciiLetter(entry.Surface[^1]) && at + len < limit && char.IsAsciiLetter(text[at + len])) continue;
            // A character that makes a word with the unit's (2亿票房, 第一集团军) leaves no unit there.
            if (at + len < limit && entry.NotBefore.Contains(text[at + len])) continue;
            return entry;
        }
        return null;
    }
}
