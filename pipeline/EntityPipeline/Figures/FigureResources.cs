namespace EntityPipeline.Figures;

/// <summary>
/// The read-only data of the figures stage, loaded once at startup and shared by every worker: the unit
/// lexicon and the place gazetteer (Figures/Data/).
/// </summary>
public sealed class FigureResources
{
    internal FigureResources(UnitLexicon units, PlaceGazetteer places)
    {
        Units = units;
        Places = places;
    }

    internal UnitLexicon Units { get; }

    internal PlaceGazetteer Places { get; }

    /// <summary>Loads the data files shipped beside the assembly; fails with the file's path when one is missing or malformed.</summary>
    public static FigureResources LoadDefault() => new(UnitLexicon.LoadDefault(), PlaceGazetteer.LoadDefault());
}
