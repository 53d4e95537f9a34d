using EntityPipeline.Documents;

namespace EntityPipeline.Processing;

/// <summary>What a run did, for the final report and the exit code.</summary>
public sealed class RunSummary
{
    public int Documents { get; private set; }
    public int Failed { get; private set; }
    public int Warnings { get; private set; }
    public int Sentences { get; private set; }
    public int Figures { get; private set; }
    public long Chars { get; private set; }

    /// <summary>Documents tagged with what a refined model learnt of its user's text (<see cref="Document.TaggedInModelDomain"/>).</summary>
    public int DomainDocuments { get; private set; }
    public Dictionary<EntityType, int> MentionsByType { get; } = Enum.GetValues<EntityType>().ToDictionary(t => t, _ => 0);
    public List<string> Errors { get; } = [];
    public TimeSpan Elapsed { get; internal set; }
    public bool Cancelled { get; internal set; }
    public int Mentions => MentionsByType.Values.Sum();
    public double CharsPerSecond => Elapsed.TotalSeconds > 0 ? Chars / Elapsed.TotalSeconds : 0;

    internal void Add(DocumentResult result)
    {
        Documents++;
        switch (result.Status)
        {
            case DocumentStatus.Error:
                Failed++;
                Errors.Add($"{result.Source.DocId}: {result.Message}");
                return;
            case DocumentStatus.Warning:
                Warnings++;
                break;
        }
        var doc = result.Document!;
        Chars += doc.Text.Length;
        if (doc.Has(Layers.Sentences)) Sentences += doc.Sentences.Length;
        if (doc.TaggedInModelDomain) DomainDocuments++;
        if (doc.Has(Layers.Figures)) Figures += doc.Figures.Length;
        if (doc.Has(Layers.Mentions))
            foreach (var m in doc.Mentions) MentionsByType[m.Type]++;
    }
}
