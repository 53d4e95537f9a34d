using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// Reads a model file of the first format (models up to November 2026): an ML.NET maximum-entropy model zip with the
/// feature settings and lexicon added as entries, and a second pass as an inner ML.NET zip. The weights are read through
/// ML.NET's public API (<see cref="MaximumEntropyModelParameters"/>'s <c>GetWeights</c> and <c>GetBiases</c>)
/// into a <see cref="LinearLabelScorer"/>, and nothing of ML.NET is kept. Saving writes the current format.
/// </summary>
internal static class LegacyModelFile
{
    private const string HeaderEntry = "EntityPipeline/tagger.json";
    private const string LexiconEntry = "EntityPipeline/lexicon.tsv";
    private const string SecondPassEntry = "EntityPipeline/second-pass.zip";

    /// <summary>The first format's feature settings, with its own defaults (a field absent from an old file took them).</summary>
    private sealed record Features(int HashBits = 20, bool Words = true, bool Pos = true, bool Suffixes = true, bool CharClass = true, bool Lexicon = true,
        int LexiconMinCount = 2, bool Trigrams = false, bool NeighbourWords = false, Segmentation.PosTagging PosSource = Segmentation.PosTagging.Hmm,
        bool SecondPass = false, bool LongNames = false, bool PersonCues = false, bool ShortForms = false, bool CorpusFeatures = false);

    private sealed record Header(int FormatVersion, string[] Labels, Features Features, float OutsideBias = 0, int SecondPassFeatures = 0,
        float FirstTemperature = 0, float SecondTemperature = 0);

    public static bool IsLegacy(ZipArchive zip) => zip.GetEntry(HeaderEntry) is not null;

    public static EntityTagger Load(string path, ZipArchive zip)
    {
        Header header;
        using (var stream = zip.GetEntry(HeaderEntry)!.Open())
            header = JsonSerializer.Deserialize<Header>(stream) ?? throw new InvalidDataException($"{path}: empty {HeaderEntry}");
        var old = header.Features;
        string[] removed = [.. new[] { (old.Trigrams, "character trigrams"), (old.NeighbourWords, "neighbour words"), (old.ShortForms, "short forms"), (old.CorpusFeatures, "corpus features") }
            .Where(g => g.Item1).Select(g => g.Item2)];
        if (header.FormatVersion != 1 || removed.Length > 0)
            throw new InvalidDataException($"{path} is a model of the first file format {(removed.Length > 0 ? $"using feature groups this program no longer computes ({string.Join(", ", removed)})" : $"of an unknown version {header.FormatVersion}")}: "
                + "retrain it with the train command from a recipe (models/msra-pd.recipe.json is the shipped model's)");
        if (!header.Labels.SequenceEqual(TaggerModelFile.Labels()))
            throw new InvalidDataException($"{path}: label set [{string.Join(' ', header.Labels)}] differs from this program's");
        var features = new TaggerFeatureOptions(old.HashBits, old.Words, old.Pos, old.Suffixes, old.CharClass, old.Lexicon, old.LexiconMinCount, old.PosSource,
            old.SecondPass, old.LongNames, old.PersonCues, Places: false, GivenNames: false);
        features.Validate();

        var ml = new MLContext(seed: 0);
        LinearLabelScorer first;
        using (var file = File.OpenRead(path)) // the outer ML.NET model is the whole file
            first = Weights(path, ml.Model.Load(file, out _), features.Dimension);
        LinearLabelScorer? second = null;
        if (zip.GetEntry(SecondPassEntry) is { } secondEntry)
        {
            using var buffer = new MemoryStream();
            using (var inner = secondEntry.Open()) inner.CopyTo(buffer);
            buffer.Position = 0;
            second = Weights(path, ml.Model.Load(buffer, out _), features.Dimension);
        }
        if (features.SecondPass != second is not null)
            throw new InvalidDataException($"{path}: its options say {(features.SecondPass ? "two passes" : "one pass")}, but it holds {(second is null ? "one model" : "two")}");
        if (second is not null && !FirstPassFeatures.Supports(header.SecondPassFeatures))
            throw new InvalidDataException($"{path}: its second pass reads first-pass features of version {header.SecondPassFeatures}, which this program does not compute: retrain the model");
        return new EntityTagger(features, TaggerModelFile.ReadLexicon(path, zip, LexiconEntry), first, header.OutsideBias, second,
            second is null ? FirstPassFeatures.Version : header.SecondPassFeatures, (header.FirstTemperature, header.SecondTemperature));
    }

    private static LinearLabelScorer Weights(string path, ITransformer transformer, int dimension)
    {
        var model = transformer switch
        {
            MulticlassPredictionTransformer<MaximumEntropyModelParameters> m => m,
            TransformerChain<ITransformer> chain => chain.OfType<MulticlassPredictionTransformer<MaximumEntropyModelParameters>>().LastOrDefault(),
            _ => null,
        } ?? throw new InvalidDataException($"{path}: expected a maximum-entropy multiclass model, found {transformer.GetType().Name}");
        VBuffer<float>[] perClass = [];
        model.Model.GetWeights(ref perClass, out int classes);
        var weights = new float[(long)dimension * classes]; // feature-major
        for (int c = 0; c < classes; c++)
        {
            var values = perClass[c].GetValues();
            var indices = perClass[c].GetIndices();
            for (int k = 0; k < values.Length; k++)
                weights[(long)(perClass[c].IsDense ? k : indices[k]) * classes + c] = values[k];
        }
        return new LinearLabelScorer(weights, model.Model.GetBiases().ToArray());
    }
}
