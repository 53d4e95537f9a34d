using EntityPipeline.Figures.Recognition;
using EntityPipeline.Figures.Subjects;

namespace EntityPipeline.Figures;

/// <summary>
/// The read-only data of the figures stage, loaded once at startup and shared by every worker: the unit
/// lexicon, the place gazetteer and the words with numerals that are not figures (Figures/Data/).
/// </summary>
public sealed class FigureResources
{
    internal FigureResources(UnitLexicon units, PlaceGazetteer places, LexicalisedWords notFigures)
    {
        Units = units;
        Places = places;
        NotFigures = notFigures;
    }

    internal UnitLexicon Units { get; }

    internal PlaceGazetteer Places { get; }

    internal LexicalisedWords NotFigures { get; }

    private static readonly Lazy<FigureResources> Loaded = new(LoadDefault);

    /// <summary>The data files shipped beside the assembly, loaded once per process on first use (by whichever thread is free first at start-up).</summary>
    public static FigureResources Default => Loaded.Value;

    /// <summary>Loads the data files shipped beside the assembly; fails with the file's path when one is missing or malformed.</summary>
    public static FigureResources LoadDefault() => new(UnitLexicon.LoadDefault(), PlaceGazetteer.LoadDefault(), LexicalisedWords.LoadDefault());
}
