using System.IO.Compression;
using System.Text.Json;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Segmentation;
using EntityPipeline.Tests.Training;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace EntityPipeline.Tests.Entities.Tagging;

/// <summary>The model file (docs/model-format.md): round trips, weight precision, the first format, and damaged files.</summary>
public sealed class TaggerModelFileTests
{
    private static readonly List<string> Sentences =
        [.. TinyCorpus.Sentences().Select(s => s.Text).Append("王建国和李娜昨天从深圳来到清华大学。")];

    [Theory]
    [InlineData(false, WeightPrecision.Single)]
    [InlineData(true, WeightPrecision.Single)]
    [InlineData(true, WeightPrecision.Half)]
    public void A_saved_and_reloaded_model_tags_identically(bool twoPass, WeightPrecision precision)
    {
        using var folder = new TempFolder();
        var path = folder.File("model.zip");
        var original = (twoPass ? TrainedTinyTagger.TwoPass : TrainedTinyTagger.Value).WithOutsideBias(-0.5f);
        original.Save(path, precision);
        var reloaded = EntityTagger.Load(path);

        Assert.Equal((original.Features, original.OutsideBias, twoPass, original.Temperatures), (reloaded.Features, reloaded.OutsideBias, reloaded.HasSecondPass, reloaded.Temperatures));
        Assert.Equal(Sorted(original.Lexicon), Sorted(reloaded.Lexicon));
        // A tagger holds its weights in half precision, rounded from the trainer's floats: a file in either precision reloads them as they were.
        Assert.Equal(original.Scorer.Export(), reloaded.Scorer.Export(), WeightsComparer);
        Assert.Equal(original.SecondPass?.Export(), reloaded.SecondPass?.Export(), NullableWeightsComparer);
        Assert.Equal(Tag(original, 4), Tag(reloaded, 4));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp"));
    }

    [Fact]
    public void A_model_written_before_a_feature_group_existed_is_read_with_it_off()
    {
        // A version-2 header without "places", "givenNames" or "names" (models trained before the place gazetteer, the given-name
        // table or the dictionary of names) featurizes without them.
        using var folder = new TempFolder();
        var path = folder.File("old.zip");
        var withPlaces = new EntityPipeline.Training.TaggerTrainer(new EntityPipeline.Training.TrainingRecipe { Epochs = 1, Features = new TaggerFeatureOptions(HashBits: 14, SecondPass: false, Names: true) })
            .Train(TinyCorpus.Sentences());
        withPlaces.Save(path);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("model.json")!;
            string json;
            using (var reader = new StreamReader(entry.Open())) json = reader.ReadToEnd();
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("model.json").Open());
            writer.Write(System.Text.RegularExpressions.Regex.Replace(json, @",\s*""(places|givenNames|names)"": (true|false)", ""));
        }
        Assert.True(withPlaces.Features.Places && withPlaces.Features.GivenNames && withPlaces.Features.Names);
        var read = EntityTagger.Load(path).Features;
        Assert.False(read.Places || read.GivenNames || read.Names);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Word_clusters_are_named_in_a_model_only_when_on_so_older_programs_read_a_model_without_them(bool clusters)
    {
        using var folder = new TempFolder();
        var path = folder.File("model.zip");
        new EntityPipeline.Training.TaggerTrainer(new EntityPipeline.Training.TrainingRecipe { Epochs = 1, Features = new TaggerFeatureOptions(HashBits: 14, SecondPass: false, Clusters: clusters) })
            .Train(TinyCorpus.Sentences()).Save(path);
        string header;
        using (var zip = ZipFile.OpenRead(path))
        using (var reader = new StreamReader(zip.GetEntry("model.json")!.Open())) header = reader.ReadToEnd();
        var json = System.Text.Json.Nodes.JsonNode.Parse(header)!;
        Assert.Equal(clusters, json["features"]!["clusters"] is not null);
        Assert.Equal(clusters, json["data"]!["clusters"] is not null);
        Assert.Equal(clusters, EntityTagger.Load(path).Features.Clusters);
    }

    [Fact]
    public void A_model_trained_with_other_data_tables_is_refused_naming_the_table_and_one_without_fingerprints_is_read()
    {
        // Given a model whose features read the place gazetteer, the given-name table and the dictionary of names
        using var folder = new TempFolder();
        var path = folder.File("model.zip");
        new EntityPipeline.Training.TaggerTrainer(new EntityPipeline.Training.TrainingRecipe { Epochs = 1, Features = new TaggerFeatureOptions(HashBits: 14, SecondPass: false) })
            .Train(TinyCorpus.Sentences()).Save(path);
        void EditHeader(Func<string, string> edit)
        {
            using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
            var entry = zip.GetEntry("model.json")!;
            string json;
            using (var reader = new StreamReader(entry.Open())) json = reader.ReadToEnd();
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("model.json").Open());
            writer.Write(edit(json));
        }
        string header;
        using (var zip = ZipFile.OpenRead(path))
        using (var reader = new StreamReader(zip.GetEntry("model.json")!.Open())) header = reader.ReadToEnd();
        var data = System.Text.Json.Nodes.JsonNode.Parse(header)!["data"]!.AsObject();
        Assert.Equal(["givenNames", "names", "places"], data.Select(d => d.Key));
        Assert.NotNull(EntityTagger.Load(path));

        // When the dictionary it was trained with differs from this program's, it is refused, naming the table
        EditHeader(json => System.Text.RegularExpressions.Regex.Replace(json, $@"""names"":\s*""{data["names"]}""", @"""names"":""0000000000000000"""));
        var e = Assert.Throws<InvalidDataException>(() => EntityTagger.Load(path));
        Assert.Contains("Entities/Data/dictionary-names.tsv", e.Message);
        Assert.Contains(path, e.Message);

        // A model written before fingerprints (no "data") is read as before
        EditHeader(json => System.Text.RegularExpressions.Regex.Replace(json, @",\s*""data"":\s*\{[^}]*\}", ""));
        Assert.NotNull(EntityTagger.Load(path));
    }

    [Fact]
    public void Half_precision_is_half_the_size_of_float32_before_compression()
    {
        using var folder = new TempFolder();
        TrainedTinyTagger.TwoPass.Save(folder.File("half.zip"), WeightPrecision.Half);
        TrainedTinyTagger.TwoPass.Save(folder.File("single.zip"), WeightPrecision.Single);
        long Raw(string name, string entry)
        {
            using var zip = ZipFile.OpenRead(folder.File(name));
            return zip.GetEntry(entry)!.Length;
        }
        int L = BioesLabels.Count, dimension = TrainedTinyTagger.TwoPass.Features.Dimension;
        Assert.Equal(L * 4 + dimension * L * 2L, Raw("half.zip", "first-pass.weights"));
        Assert.Equal(L * 4 + dimension * L * 4L, Raw("single.zip", "second-pass.weights"));
        Assert.True(new FileInfo(folder.File("half.zip")).Length < new FileInfo(folder.File("single.zip")).Length);
    }

    [Fact]
    public void A_model_of_the_first_format_loads_through_ML_NETs_public_API_and_tags_as_ML_NET_scores()
    {
        // Given an ML.NET maximum-entropy model zip with the first format's header and lexicon (as models/msra-pd.zip was
        // until the format changed), when it is loaded, then its label probabilities are ML.NET's own, and saving it writes
        // the current format, which reloads with the same weights.
        using var folder = new TempFolder();
        var path = folder.File("legacy.zip");
        const int hashBits = 12;
        var (ml, model, schema) = TrainMaximumEntropy(hashBits);
        ml.Model.Save(model, schema, path);
        WriteLegacyEntries(path, $$"""{"FormatVersion": 1, "Labels": {{JsonSerializer.Serialize(TaggerModelFile.Labels())}}, "Features": {"HashBits": {{hashBits}}, "PosSource": 1}, "OutsideBias": 0 }""");

        var legacy = EntityTagger.Load(path);
        Assert.False(legacy.HasSecondPass);
        Assert.False(legacy.Refinable); // no temperature: a maximum-entropy model, which the perceptron cannot refine
        Assert.Equal(PosTagging.Lexicon, legacy.Features.PosSource);
        Assert.Equal(2, legacy.Features.LexiconMinCount); // the first format's default, where its header says nothing
        Assert.Contains(legacy.Lexicon.Entries, e => e.Key == "深圳");

        int[] features = [3, 77, 1000, 4095];
        var row = new Row { Label = 1, Features = new VBuffer<float>(1 << hashBits, features.Length, [1f, 1f, 1f, 1f], features) };
        var data = ml.Data.LoadFromEnumerable([row], Row.Schema(1 << hashBits));
        var scores = ml.Data.CreateEnumerable<ScoreRow>(model.Transform(data), reuseRowObject: false).Single().Score;
        var logProbs = new float[BioesLabels.Count];
        legacy.Scorer.LogProbabilities(features, features.Length, logProbs);
        for (int y = 0; y < BioesLabels.Count; y++)
            Assert.Equal(scores[y], MathF.Exp(logProbs[y]), 4);

        var converted = folder.File("converted.zip");
        legacy.Save(converted, WeightPrecision.Single);
        Assert.Equal(legacy.Scorer.Export(), EntityTagger.Load(converted).Scorer.Export(), WeightsComparer);
        Assert.Throws<ArgumentException>(() => new EntityPipeline.Training.TaggerTrainer(new()).Train(TinyCorpus.Sentences(), warmStart: legacy));
    }

    [Fact]
    public void A_model_of_the_first_format_with_a_removed_feature_group_is_refused_with_how_to_retrain()
    {
        using var folder = new TempFolder();
        var path = folder.File("trigrams.zip");
        var (ml, model, schema) = TrainMaximumEntropy(12);
        ml.Model.Save(model, schema, path);
        WriteLegacyEntries(path, $$"""{"FormatVersion": 1, "Labels": {{JsonSerializer.Serialize(TaggerModelFile.Labels())}}, "Features": {"HashBits": 12, "Trigrams": true} }""");

        var error = Assert.Throws<InvalidDataException>(() => EntityTagger.Load(path));
        Assert.Contains(path, error.Message);
        Assert.Contains("character trigrams", error.Message);
        Assert.Contains("retrain it with the train command from a recipe", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused_naming_it()
    {
        using var folder = new TempFolder();
        var text = folder.Write("notes.zip", "not a zip"u8.ToArray());
        Assert.Contains($"{text} is not a tagger model", Assert.Throws<InvalidDataException>(() => EntityTagger.Load(text)).Message);

        var zip = folder.File("other.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create)) archive.CreateEntry("readme.txt");
        Assert.Contains($"{zip} is not a tagger model", Assert.Throws<InvalidDataException>(() => EntityTagger.Load(zip)).Message);
    }

    [Theory]
    [InlineData(WeightPrecision.Half, new byte[] { 0x00, 0x7C })]             // +infinity
    [InlineData(WeightPrecision.Single, new byte[] { 0x00, 0x00, 0xC0, 0x7F })] // NaN
    [InlineData(WeightPrecision.Single, new byte[] { 0x00, 0x00, 0x80, 0x47 })] // 65,536: infinite in half precision
    public void A_file_whose_weights_are_not_finite_is_refused_naming_it(WeightPrecision precision, byte[] weight)
    {
        using var folder = new TempFolder();
        var path = folder.File("model.zip");
        TrainedTinyTagger.TwoPass.Save(path, precision);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("second-pass.weights")!;
            byte[] bytes;
            using (var stream = new MemoryStream()) { using (var read = entry.Open()) read.CopyTo(stream); bytes = stream.ToArray(); }
            weight.CopyTo(bytes, BioesLabels.Count * 4 + 1000 * weight.Length); // a weight of feature 76
            entry.Delete();
            using var write = zip.CreateEntry("second-pass.weights").Open();
            write.Write(bytes);
        }
        var error = Assert.Throws<InvalidDataException>(() => EntityTagger.Load(path));
        Assert.Contains(path, error.Message);
        Assert.Contains("NaN or infinity", error.Message);
    }

    [Theory]
    [InlineData("\"formatVersion\": 2", "\"formatVersion\": 3", "version 3")]
    [InlineData("\"secondPass\": true", "\"secondPass\": false", "one pass")]
    [InlineData("\"firstPassFeatures\": 4", "\"firstPassFeatures\": 1", "retrain")]
    [InlineData("\"hashBits\": 14", "\"hashBits\": 15", "expected")]
    [InlineData("\"outsideBias\"", "\"outsideBiass\"", "model.json")]
    public void A_damaged_or_newer_header_is_refused_naming_the_file(string from, string to, string expected)
    {
        using var folder = new TempFolder();
        var path = folder.File("model.zip");
        TrainedTinyTagger.TwoPass.Save(path);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("model.json")!;
            string json;
            using (var reader = new StreamReader(entry.Open())) json = reader.ReadToEnd();
            Assert.Contains(from, json);
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("model.json").Open());
            writer.Write(json.Replace(from, to));
        }
        var error = Assert.Throws<InvalidDataException>(() => EntityTagger.Load(path));
        Assert.Contains(path, error.Message);
        Assert.Contains(expected, error.Message);
    }

    /// <summary>Each sentence's mentions, confidences rounded to <paramref name="digits"/> places.</summary>
    private static List<string> Tag(EntityTagger tagger, int digits)
    {
        var session = tagger.CreateSession();
        var segmentation = new SegmentationStage(tagger.Features.Segmentation);
        var result = new List<string>();
        foreach (var text in Sentences)
        {
            var mentions = new List<Mention>();
            session.Tag(text, segmentation, mentions);
            result.AddRange(mentions.Select(m => $"{text[m.Start..m.End]} {m.Type} {Math.Round(m.Confidence, digits)}"));
        }
        return result;
    }

    private static List<KeyValuePair<string, byte>> Sorted(EntityLexicon lexicon) => [.. lexicon.Entries.OrderBy(e => e.Key, StringComparer.Ordinal)];

    private static readonly IEqualityComparer<(float[] Weights, float[] Biases)> WeightsComparer = EqualityComparer<(float[] Weights, float[] Biases)>.Create(
        (a, b) => a.Weights.SequenceEqual(b.Weights) && a.Biases.SequenceEqual(b.Biases), w => w.Weights.Length);

    private static readonly IEqualityComparer<(float[] Weights, float[] Biases)?> NullableWeightsComparer = EqualityComparer<(float[] Weights, float[] Biases)?>.Create(
        (a, b) => a is null ? b is null : b is not null && WeightsComparer.Equals(a.Value, b.Value), w => w?.Weights.Length ?? 0);

    /// <summary>A maximum-entropy model of the tiny corpus's first sentences, fitted by ML.NET as the first format's trainers did.</summary>
    private static (MLContext, ITransformer, DataViewSchema) TrainMaximumEntropy(int hashBits)
    {
        var ml = new MLContext(seed: 0);
        var random = new Random(1);
        var rows = Enumerable.Range(0, 200).Select(i =>
        {
            int[] indices = [.. Enumerable.Range(0, 4).Select(_ => random.Next(1 << hashBits)).Distinct().Order()];
            return new Row { Label = (uint)(i % BioesLabels.Count), Features = new VBuffer<float>(1 << hashBits, indices.Length, [.. indices.Select(_ => 1f)], indices) };
        }).ToList();
        var data = ml.Data.LoadFromEnumerable(rows, Row.Schema(1 << hashBits));
        var model = ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(nameof(Row.Label), nameof(Row.Features), maximumNumberOfIterations: 5).Fit(data);
        return (ml, model, data.Schema);
    }

    private static void WriteLegacyEntries(string path, string header)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        using (var writer = new StreamWriter(zip.CreateEntry("EntityPipeline/tagger.json").Open())) writer.Write(header);
        using (var writer = new StreamWriter(zip.CreateEntry("EntityPipeline/lexicon.tsv").Open())) writer.Write("深圳\t2\n清华大学\t4\n");
    }

    private sealed class Row
    {
        public uint Label { get; set; }
        public VBuffer<float> Features { get; set; }

        public static SchemaDefinition Schema(int dimension)
        {
            var schema = SchemaDefinition.Create(typeof(Row));
            schema[nameof(Label)].ColumnType = new KeyDataViewType(typeof(uint), BioesLabels.Count);
            schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
            return schema;
        }
    }

    private sealed class ScoreRow
    {
        public float[] Score { get; set; } = [];
    }
}
