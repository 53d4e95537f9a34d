
namespace EntityPipeline.Figures.Recognition;

/// <summary>
/// What a recognizer made of the text at a position: a figure, or a stretch to skip (a numeral inside a
/// name, a formula, a vague amount), or nothing (<see cref="Next"/> is then the position itself).
/// </summary>
internal readonly record struct ScanResult(FigureCandidate? Figure, int Next)
{
    public static ScanResult None(int at) => new(null, at);

    public static ScanResult Skip(int to) => new(null, to);

    public static ScanResult Found(FigureCandidate figure) => new(figure, figure.End);
}
