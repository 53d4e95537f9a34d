namespace EntityPipeline.Documents;

/// <summary>How the text qualifies a figure's value.</summary>
public enum Qualifier
{
    Exact,
    Approx,
    Over,
    Under,
    Target,
}
