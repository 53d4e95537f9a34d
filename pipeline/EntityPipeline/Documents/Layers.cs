namespace EntityPipeline.Documents;

/// <summary>The annotation layers of a <see cref="Document"/>; stages declare which they need and add.</summary>
[Flags]
public enum Layers
{
    None = 0,
    Sentences = 1,
    Tokens = 2,
    Mentions = 4,
    Figures = 8,
    Date = 16,
}
