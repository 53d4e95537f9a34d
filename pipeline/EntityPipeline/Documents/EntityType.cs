namespace EntityPipeline.Documents;

/// <summary>The entity types of the MSRA convention.</summary>
public enum EntityType
{
    PER,
    LOC,
    ORG,
}
