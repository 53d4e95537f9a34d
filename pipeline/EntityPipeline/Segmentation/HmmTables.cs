using System.Text.Json;

namespace EntityPipeline.Segmentation;

/// <summary>
/// The tables of jieba's HMM for words not in the dictionary (its "finalseg": states B, M, E, S of a character in a word),
/// read from the same files and with the same start probabilities as jieba.NET 0.42.2's <c>FinalSeg.Viterbi</c>, held as
/// arrays: a missing entry is jieba's <c>MinProb</c>, as its look-ups default to.
/// </summary>
public sealed class HmmTables
{
    public const int B = 0, M = 1, E = 2, S = 3, StateCount = 4;
    public const double MinProb = -3.14e100;
    private const string StateNames = "BMES";

    /// <summary>The states each state may follow, in jieba's order (which decides ties).</summary>
    internal static readonly int[][] Previous = [[E, S], [M, B], [B, M], [S, E]];

    internal static readonly double[] Start = [-0.26268660809250016, MinProb, MinProb, -1.4652633398537678];

    /// <summary>log P(to | from), at [from * <see cref="StateCount"/> + to].</summary>
    internal double[] Transition { get; }

    /// <summary>log P(character | state), at [state][character].</summary>
    internal double[][] Emission { get; }

    private HmmTables(double[] transition, double[][] emission) => (Transition, Emission) = (transition, emission);

    /// <summary>Reads prob_trans.json and prob_emit.json from jieba's resource folder.</summary>
    public static HmmTables Load(string directory)
    {
        var transition = new double[StateCount * StateCount];
        Array.Fill(transition, MinProb);
        Read(Path.Combine(directory, "prob_trans.json"), (from, key, value) => transition[from * StateCount + State(key)] = value);
        var emission = new double[StateCount][];
        for (int s = 0; s < StateCount; s++) Array.Fill(emission[s] = new double[char.MaxValue + 1], MinProb);
        Read(Path.Combine(directory, "prob_emit.json"), (state, key, value) => emission[state][Single(key)] = value);
        return new HmmTables(transition, emission);

        int State(string name) => StateNames.IndexOf(Single(name)) is >= 0 and var s ? s
            : throw new InvalidDataException($"unknown HMM state '{name}'");
        static char Single(string key) => key.Length == 1 ? key[0]
            : throw new InvalidDataException($"expected one character as key, found '{key}'");
        void Read(string path, Action<int, string, double> set)
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            foreach (var state in document.RootElement.EnumerateObject())
            foreach (var entry in state.Value.EnumerateObject())
                set(State(state.Name), entry.Name, entry.Value.GetDouble());
        }
    }
}
