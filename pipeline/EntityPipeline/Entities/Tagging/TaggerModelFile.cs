using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// The model file: the ML.NET model zip (loadable with <c>MLContext.Model.Load</c>), plus entries holding
/// the feature options it was trained with (so a model always featurizes as it was trained), its lexicon,
/// and, for a two-pass model, the second pass's ML.NET model zip.
/// Saving writes a temporary file beside the target and moves it into place only when complete.
/// </summary>
internal static class TaggerModelFile
{
    private const string OptionsEntry = "EntityPipeline/tagger.json";
    private const string LexiconEntry = "EntityPipeline/lexicon.tsv";
    private const string SecondPassEntry = "EntityPipeline/second-pass.zip";
    private const int FormatVersion = 1;

    /// <param name="SecondPassFeatures">The <see cref="FirstPassFeatures.Version"/> a second pass was trained with (0: none).</param>
    /// <param name="FirstTemperature">See <see cref="EntityTagger.Temperatures"/> (absent in files written before the perceptron: 0).</param>
    private sealed record Header(int FormatVersion, string[] Labels, TaggerFeatureOptions Features, float OutsideBias = 0, int SecondPassFeatures = 0,
        float FirstTemperature = 0, float SecondTemperature = 0);

    public static void Save(string path, MLContext ml, ITransformer model, DataViewSchema inputSchema, TaggerFeatureOptions features, EntityLexicon lexicon, float outsideBias,
        ITransformer? secondPass = null, int secondPassFeatures = 0, (float First, float Second) temperatures = default)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + $".{Environment.ProcessId}.tmp";
        try
        {
            ml.Model.Save(model, inputSchema, temp);
            using (var zip = ZipFile.Open(temp, ZipArchiveMode.Update))
            {
                var entry = zip.CreateEntry(OptionsEntry);
                using var stream = entry.Open();
                var labels = Enumerable.Range(0, BioesLabels.Count).Select(BioesLabels.Name).ToArray();
                JsonSerializer.Serialize(stream, new Header(FormatVersion, labels, features, outsideBias, secondPass is null ? 0 : secondPassFeatures, temperatures.First, temperatures.Second), JsonOptions);
            }
            using (var zip = ZipFile.Open(temp, ZipArchiveMode.Update))
            {
                // One "string<TAB>type mask" line per entry, sorted, so the file is deterministic.
                using var writer = new StreamWriter(zip.CreateEntry(LexiconEntry).Open(), new System.Text.UTF8Encoding(false));
                foreach (var (key, types) in lexicon.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
                    writer.Write($"{key}\t{types}\n");
            }
            if (secondPass is not null)
            {
                // Stored, not compressed again: the inner file is already a zip.
                using var zip = ZipFile.Open(temp, ZipArchiveMode.Update);
                using var stream = zip.CreateEntry(SecondPassEntry, CompressionLevel.NoCompression).Open();
                ml.Model.Save(secondPass, inputSchema, stream);
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    public static (MulticlassPredictionTransformer<MaximumEntropyModelParameters> Model, DataViewSchema Schema, TaggerFeatureOptions Features, EntityLexicon Lexicon, float OutsideBias,
        MulticlassPredictionTransformer<MaximumEntropyModelParameters>? SecondPass, int SecondPassFeatures, (float First, float Second) Temperatures) Load(string path, MLContext ml)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"tagger model not found: {path}", path);
        Header header;
        MulticlassPredictionTransformer<MaximumEntropyModelParameters>? second = null;
        var lexicon = new List<KeyValuePair<string, byte>>();
        using (var zip = ZipFile.OpenRead(path))
        {
            if (zip.GetEntry(LexiconEntry) is { } lexiconEntry)
            {
                using var reader = new StreamReader(lexiconEntry.Open());
                string? line;
                while ((line = reader.ReadLine()) is not null)
                {
                    int tab = line.IndexOf('\t');
                    if (tab <= 0 || !byte.TryParse(line.AsSpan(tab + 1), out byte types))
                        throw new InvalidDataException($"{path}: bad lexicon line '{line}'");
                    lexicon.Add(KeyValuePair.Create(line[..tab], types));
                }
            }
            if (zip.GetEntry(SecondPassEntry) is { } secondEntry)
            {
                using var buffer = new MemoryStream();
                using (var inner = secondEntry.Open()) inner.CopyTo(buffer);
                buffer.Position = 0;
                var loaded = ml.Model.Load(buffer, out _);
                second = Unwrap(loaded) ?? throw new InvalidDataException($"{path}: the second pass is not a maximum-entropy multiclass model");
            }
            var entry = zip.GetEntry(OptionsEntry)
                ?? throw new InvalidDataException($"{path} is not an EntityPipeline tagger model (no {OptionsEntry} inside)");
            using var stream = entry.Open();
            header = JsonSerializer.Deserialize<Header>(stream, JsonOptions)
                ?? throw new InvalidDataException($"{path}: empty {OptionsEntry}");
        }
        if (header.FormatVersion != FormatVersion)
            throw new InvalidDataException($"{path}: model format {header.FormatVersion}, this program reads {FormatVersion}");
        if (header.Features.SecondPass != second is not null) // the trainer and the tagger each trust one of the two
            throw new InvalidDataException($"{path}: its options say {(header.Features.SecondPass ? "two passes" : "one pass")}, but it holds {(second is null ? "one model" : "two")}");
        if (second is not null && !FirstPassFeatures.Supports(header.SecondPassFeatures))
            throw new InvalidDataException($"{path}: its second pass reads first-pass features of version {header.SecondPassFeatures}, which this program does not compute (it computes {FirstPassFeatures.SupportedVersions}): retrain the model");
        var expected = Enumerable.Range(0, BioesLabels.Count).Select(BioesLabels.Name);
        if (!header.Labels.SequenceEqual(expected))
            throw new InvalidDataException($"{path}: label set [{string.Join(' ', header.Labels)}] differs from this program's");

        var transformer = ml.Model.Load(path, out var schema);
        var model = Unwrap(transformer)
            ?? throw new InvalidDataException($"{path}: expected a maximum-entropy multiclass model, found {transformer.GetType().Name}");
        return (model, schema, header.Features, new EntityLexicon(lexicon), header.OutsideBias, second, header.SecondPassFeatures, (header.FirstTemperature, header.SecondTemperature));
    }

    private static MulticlassPredictionTransformer<MaximumEntropyModelParameters>? Unwrap(ITransformer transformer) => transformer switch
    {
        MulticlassPredictionTransformer<MaximumEntropyModelParameters> m => m,
        TransformerChain<ITransformer> chain => chain.OfType<MulticlassPredictionTransformer<MaximumEntropyModelParameters>>().LastOrDefault(),
        _ => null,
    };

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };
}
