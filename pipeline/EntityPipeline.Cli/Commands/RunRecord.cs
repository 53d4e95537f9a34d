using System.Globalization;
using System.Reflection;
using EntityPipeline.Output;
using EntityPipeline.Processing;

namespace EntityPipeline.Cli.Commands;

/// <summary>The manifest (run.json) of a finished `run`, built after its tables are in place.</summary>
internal static class RunRecord
{
    public static string Version =>
        typeof(RunRecord).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>The model the run uses and its checksum, or null with <c>--tagger dictionary</c>.</summary>
    public static ManifestFile? ModelFile(RunSettings settings) =>
        settings.ModelPath is { } model ? ManifestFile.Of(model, Path.GetFullPath(model)) : null;

    /// <param name="model">The run's <see cref="ModelFile"/>.</param>
    public static RunManifest Of(RunSettings settings, RunSummary summary, DateTimeOffset started, bool modelDomain, ManifestFile? model) => new(
        Program: "entitypipeline",
        Version: Version,
        Input: Path.GetFullPath(settings.Input),
        Model: model,
        Options: new Dictionary<string, string>
        {
            ["tagger"] = settings.Tagger.ToLowerInvariant(),
            ["figures"] = (!settings.NoFigures).ToString().ToLowerInvariant(),
            ["workers"] = settings.Workers.ToString(CultureInfo.InvariantCulture),
            ["byte_order_mark"] = settings.ByteOrderMark.ToString().ToLowerInvariant(),
            ["dialect"] = settings.Plain ? "plain" : "spreadsheet",
        },
        Counts: new Dictionary<string, long>
        {
            ["documents"] = summary.Documents,
            ["failed"] = summary.Failed,
            ["sentences"] = summary.Sentences,
            ["entities"] = summary.Mentions,
            ["figures"] = summary.Figures,
            ["chars"] = summary.Chars,
        }.Concat(modelDomain ? [KeyValuePair.Create("model_domain_documents", (long)summary.DomainDocuments)] : []).ToDictionary(),
        Started: started,
        Finished: DateTimeOffset.UtcNow,
        Files: [.. TableNames.Editable.Where(name => File.Exists(Path.Combine(settings.Out, name)))
            .Select(name => ManifestFile.Of(Path.Combine(settings.Out, name), name))]);
}
