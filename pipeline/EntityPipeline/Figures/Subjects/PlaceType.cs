namespace EntityPipeline.Figures.Subjects;

/// <summary>The type column of the place gazetteer (Figures/Data/places.tsv).</summary>
internal enum PlaceType
{
    PROVINCE,
    CITY,
    REGION,
    COUNTRY,
    ABBREVIATION,
}
