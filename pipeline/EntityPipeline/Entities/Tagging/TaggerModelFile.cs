using System.Buffers.Binary;
using System.Collections.Immutable;
using System.IO.Compression;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// The model file, the project's own format (docs/model-format.md): a zip holding <c>model.json</c> (format name and version,
/// labels, feature settings, O bias, and per pass its weights entry and temperature), one binary weights entry per pass
/// (biases as float32, then the feature-major weights in the stated precision, little-endian) and <c>lexicon.tsv</c>.
/// A file of the first format (an ML.NET model zip) is read by <see cref="LegacyModelFile"/>.
/// Saving writes a temporary file beside the target and moves it into place only when complete.
/// </summary>
internal static partial class TaggerModelFile
{
    public const string Format = "entitypipeline-tagger";
    /// <summary>Version 3 adds a refined model's domain; a model without one is written as version 2, which older programs read.</summary>
    public const int FormatVersion = 3;
    private const int WithoutDomain = 2;
    private const string HeaderEntry = "model.json";
    private const string LexiconEntry = "lexicon.tsv";
    private static readonly string[] PassEntries = ["first-pass.weights", "second-pass.weights"];
    private const string DomainPrefix = "domain-", DomainWordsEntry = "domain-words.tsv", TaughtEntry = "taught.json";

    /// <param name="FirstPassFeatures">For the second pass: the <see cref="Tagging.FirstPassFeatures"/> version it reads.</param>
    private sealed record PassHeader(string Weights, float Temperature, int? FirstPassFeatures = null);

    private sealed record Header(string Format, int FormatVersion, string[] Labels, TaggerFeatureOptions Features, float OutsideBias,
        WeightPrecision Precision, PassHeader[] Passes, string Lexicon,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DomainHeader? Domain = null,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SortedDictionary<string, string>? Data = null,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Taught = null);

    /// <summary>
    /// One sentence a user corrected (<see cref="TaughtSentences"/>), with its entities as corrected: offsets into its text. The
    /// model's <c>taught.json</c> holds them as an array, sorted by text; a program from before them refuses the model's header.
    /// </summary>
    private sealed record TaughtSentence(string Text, TaughtEntity[] Entities);

    private sealed record TaughtEntity(int Start, int End, EntityType Type);

    /// <summary>
    /// A refined model's domain (<see cref="TaggerDomain"/>): its tagger's weights entry per pass (the model's own entry for a pass
    /// it shares), lexicon and profile (<c>word&lt;TAB&gt;count</c> lines), and its O bias when it has one of its own (fitted on the
    /// corrections, <c>Training.DomainOutsideBias</c>; absent in older files), the default label rules the corrections turned off
    /// (<c>Training.DomainRules</c>) and the conventions they turned on (<c>Training.DomainConventions</c>; comma-separated names,
    /// absent when none). Temperatures and features are the model's.
    /// </summary>
    private sealed record DomainHeader(string[] Weights, string Lexicon, string Words,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] float? OutsideBias = null,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RulesOff = null,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RulesOn = null);

    public static void Save(EntityTagger tagger, string path, WeightPrecision precision)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + $".{Environment.ProcessId}.tmp";
        try
        {
            using (var zip = ZipFile.Open(temp, ZipArchiveMode.Create))
            {
                var passes = Passes(tagger);
                var domain = tagger.Domain is { } d
                    ? new DomainHeader([.. Passes(d.Tagger).Select((pass, p) => ReferenceEquals(pass, passes[p]) ? PassEntries[p] : DomainPrefix + PassEntries[p])],
                        DomainPrefix + LexiconEntry, DomainWordsEntry, d.Tagger.OutsideBias == tagger.OutsideBias ? null : d.Tagger.OutsideBias,
                        LabelRuleSet.NamesOff(d.Tagger.Rules), LabelRuleSet.NamesOn(d.Tagger.Rules))
                    : null;
                var header = new Header(Format, domain is null ? WithoutDomain : FormatVersion, Labels(), tagger.Features, tagger.OutsideBias, precision,
                    [.. passes.Select((_, p) => new PassHeader(PassEntries[p], p == 0 ? tagger.Temperatures.First : tagger.Temperatures.Second,
                        p == 0 ? null : tagger.Stacking!.FeatureVersion))], LexiconEntry, domain, FeatureData.Of(tagger.Features),
                    tagger.Taught.Count == 0 ? null : TaughtEntry);
                using (var stream = zip.CreateEntry(HeaderEntry).Open())
                    JsonSerializer.Serialize(stream, header, HeaderJson.Default.Header);
                WritePasses(zip, passes, PassEntries, precision);
                WriteLines(zip, LexiconEntry, tagger.Lexicon.Entries.Select(e => (e.Key, (int)e.Value)));
                if (tagger.Domain is { } learnt)
                {
                    var own = Passes(learnt.Tagger);
                    WritePasses(zip, own, domain!.Weights, precision, skip: p => ReferenceEquals(own[p], passes[p]));
                    WriteLines(zip, domain.Lexicon, learnt.Tagger.Lexicon.Entries.Select(e => (e.Key, (int)e.Value)));
                    WriteLines(zip, domain.Words, learnt.Profile.Counts.Select(e => (e.Key, e.Value)));
                }
                if (header.Taught is { } taught)
                {
                    using var stream = zip.CreateEntry(taught, CompressionLevel.Optimal).Open();
                    JsonSerializer.Serialize(stream, [.. tagger.Taught.Sentences.OrderBy(t => t.Text, StringComparer.Ordinal)
                        .Select(t => new TaughtSentence(t.Text, [.. t.Entities.Select(e => new TaughtEntity(e.Start, e.End, e.Type))]))], HeaderJson.Default.TaughtSentenceArray);
                }
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private static LinearLabelScorer[] Passes(EntityTagger tagger) => tagger.SecondPass is { } second ? [tagger.Scorer, second] : [tagger.Scorer];

    private static void WritePasses(ZipArchive zip, LinearLabelScorer[] passes, string[] entries, WeightPrecision precision, Func<int, bool>? skip = null)
    {
        for (int p = 0; p < passes.Length; p++)
        {
            if (skip?.Invoke(p) == true) continue;
            using var stream = zip.CreateEntry(entries[p], CompressionLevel.Optimal).Open();
            WriteWeights(stream, passes[p], precision);
        }
    }

    /// <summary>One "key&lt;TAB&gt;number" line per pair, sorted by key, so the file is deterministic.</summary>
    private static void WriteLines(ZipArchive zip, string entry, IEnumerable<(string Key, int Value)> lines)
    {
        using var writer = new StreamWriter(zip.CreateEntry(entry).Open(), new System.Text.UTF8Encoding(false));
        foreach (var (key, value) in lines.OrderBy(l => l.Key, StringComparer.Ordinal))
            writer.Write($"{key}\t{value}\n");
    }

    public static EntityTagger Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"tagger model not found: {path}", path);
        ZipArchive zip;
        try { zip = ZipFile.OpenRead(path); }
        catch (InvalidDataException) { throw new InvalidDataException($"{path} is not a tagger model (not a zip file)"); }
        using (zip)
        {
            if (zip.GetEntry(HeaderEntry) is not { } headerEntry)
                return LegacyModelFile.IsLegacy(zip) ? LegacyModelFile.Load(path, zip)
                    : throw new InvalidDataException($"{path} is not a tagger model (no {HeaderEntry} inside)");
            Header header;
            try
            {
                using var stream = headerEntry.Open();
                var json = System.Text.Json.Nodes.JsonNode.Parse(stream) ?? throw new JsonException("empty");
                header = json.Deserialize(HeaderJson.Default.Header) ?? throw new JsonException("empty");
                // A feature group added since a model was written is off in it (the model was trained without it).
                if (json["features"]?["places"] is null) header = header with { Features = header.Features with { Places = false } };
                if (json["features"]?["givenNames"] is null) header = header with { Features = header.Features with { GivenNames = false } };
                if (json["features"]?["names"] is null) header = header with { Features = header.Features with { Names = false } };
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}: {HeaderEntry} is not a model header this program reads ({e.Message})");
            }
            if (header.Format != Format || header.FormatVersion is not (WithoutDomain or FormatVersion) || (header.FormatVersion == WithoutDomain) != (header.Domain is null))
                throw new InvalidDataException($"{path}: model format '{header.Format}' version {header.FormatVersion}{(header.Domain is null ? "" : " with a domain")}; this program reads '{Format}' versions {WithoutDomain} and {FormatVersion} (with a domain)");
            if (!header.Labels.SequenceEqual(Labels()))
                throw new InvalidDataException($"{path}: label set [{string.Join(' ', header.Labels)}] differs from this program's");
            if (header.Passes.Length != (header.Features.SecondPass ? 2 : 1) || header.Domain is { } d && d.Weights.Length != header.Passes.Length)
                throw new InvalidDataException($"{path}: its features say {(header.Features.SecondPass ? "two passes" : "one pass")}, but it holds {header.Passes.Length}{(header.Domain is null ? "" : $" and its domain {header.Domain.Weights.Length}")}");
            header.Features.Validate();
            if (FeatureData.Changed(header.Data, header.Features) is { } table)
                throw new InvalidDataException($"{path}: trained with another {table} than this program's, which its features read: tag with the program " +
                    "it was trained with, or train it again with this one (a model refined on your corrections: train --corrections … on this program's shipped model)");
            var read = new Dictionary<string, LinearLabelScorer>(StringComparer.Ordinal); // a pass the domain shares is read once
            LinearLabelScorer Weights(string entry) =>
                read.TryGetValue(entry, out var scorer) ? scorer : read[entry] = ReadWeights(path, zip, entry, header.Features.Dimension, header.Precision);
            int stacking = header.Passes.Length > 1 ? header.Passes[1].FirstPassFeatures ?? 0 : FirstPassFeatures.Version;
            if (!FirstPassFeatures.Supports(stacking))
                throw new InvalidDataException($"{path}: its second pass reads first-pass features of version {stacking}, which this program does not compute ({FirstPassFeatures.SupportedVersions}): retrain the model");
            var temperatures = (header.Passes[0].Temperature, header.Passes.ElementAtOrDefault(1)?.Temperature ?? 0);
            EntityTagger Tagger(string[] weights, string lexicon, float outsideBias, TaggerDomain? domain = null)
            {
                var scorers = weights.Select(Weights).ToArray();
                return new EntityTagger(header.Features, ReadLexicon(path, zip, lexicon), scorers[0], outsideBias,
                    scorers.ElementAtOrDefault(1), stacking, temperatures, domain);
            }
            var learnt = header.Domain is { } h
                ? new TaggerDomain(ReadProfile(path, zip, h.Words), Tagger(h.Weights, h.Lexicon, h.OutsideBias ?? header.OutsideBias)
                    .WithRules(LabelRuleSet.Defaults & ~ParseRules(path, h.RulesOff) | ParseRules(path, h.RulesOn) & LabelRuleSet.Conventions))
                : null;
            var model = Tagger([.. header.Passes.Select(p => p.Weights)], header.Lexicon, header.OutsideBias, learnt);
            return header.Taught is { } taught ? model.WithTaught(ReadTaught(path, zip, taught)) : model;
        }
    }

    private static TaughtSentences ReadTaught(string path, ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new InvalidDataException($"{path}: taught sentences entry {name} missing");
        try
        {
            using var stream = entry.Open();
            var sentences = JsonSerializer.Deserialize(stream, HeaderJson.Default.TaughtSentenceArray) ?? throw new JsonException("empty");
            return new TaughtSentences(sentences.Select(s => (s.Text, ImmutableArray.CreateRange(s.Entities.Select(e => (e.Start, e.End, e.Type))))));
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            throw new InvalidDataException($"{path}: {name} is not a list of taught sentences this program reads ({e.Message})");
        }
    }

    private static LabelRules ParseRules(string path, string? names) => names is null ? LabelRules.None
        : LabelRuleSet.Parse(names) ?? throw new InvalidDataException($"{path}: unknown label rules '{names}' in its domain (known: {LabelRuleSet.Names})");

    internal static string[] Labels() => [.. Enumerable.Range(0, BioesLabels.Count).Select(BioesLabels.Name)];

    /// <summary>The biases (float32), then each feature's label weights in <paramref name="precision"/>, all little-endian.</summary>
    private static void WriteWeights(Stream stream, LinearLabelScorer scorer, WeightPrecision precision)
    {
        int L = scorer.LabelCount, size = precision == WeightPrecision.Half ? 2 : 4;
        var bytes = new byte[Math.Max(L * 4, ChunkFeatures * L * size)];
        for (int y = 0; y < L; y++) BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(y * 4), scorer.Biases[y]);
        stream.Write(bytes, 0, L * 4);
        for (int f0 = 0; f0 < scorer.Dimension; f0 += ChunkFeatures)
        {
            int count = Math.Min(ChunkFeatures, scorer.Dimension - f0), at = 0;
            for (int f = f0; f < f0 + count; f++)
                foreach (Half v in scorer.Row(f))
                {
                    if (precision == WeightPrecision.Half) BinaryPrimitives.WriteHalfLittleEndian(bytes.AsSpan(at), v);
                    else BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(at), (float)v);
                    at += size;
                }
            stream.Write(bytes, 0, at);
        }
    }

    private const int ChunkFeatures = 4096;

    /// <summary>A pass's weights entry, inflated once, straight into the scorer's rows (a file in single precision rounded to half).</summary>
    private static LinearLabelScorer ReadWeights(string path, ZipArchive zip, string name, int dimension, WeightPrecision precision)
    {
        var entry = zip.GetEntry(name) ?? throw new InvalidDataException($"{path}: weights entry {name} missing");
        int L = BioesLabels.Count, size = precision == WeightPrecision.Half ? 2 : 4;
        if (entry.Length != L * 4 + (long)dimension * L * size)
            throw new InvalidDataException($"{path}: {name} holds {entry.Length} bytes, expected {L * 4 + (long)dimension * L * size} (2^{Math.Log2(dimension)} features × {L} labels in {precision} precision)");
        var bytes = new byte[Math.Max(L * 4, ChunkFeatures * L * size)];
        var weights = new Half[ChunkFeatures * L];
        var biases = new float[L];
        using var stream = entry.Open();
        stream.ReadExactly(bytes, 0, L * 4);
        for (int y = 0; y < L; y++) biases[y] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(y * 4));
        void ReadRows(Action<int, ReadOnlySpan<Half>> add)
        {
            for (int f0 = 0; f0 < dimension; f0 += ChunkFeatures)
            {
                int count = Math.Min(ChunkFeatures, dimension - f0);
                stream.ReadExactly(bytes, 0, count * L * size);
                add(f0, Decode(bytes.AsSpan(0, count * L * size), weights.AsSpan(0, count * L), precision));
            }
        }
        try { return new LinearLabelScorer(dimension, biases, ReadRows); }
        catch (InvalidDataException e) { throw new InvalidDataException($"{path}: {name}: {e.Message}"); }
    }

    /// <summary>Little-endian weights as halves: half precision as it is, single precision rounded (a chunk at a time in vector instructions).</summary>
    private static ReadOnlySpan<Half> Decode(ReadOnlySpan<byte> bytes, Span<Half> weights, WeightPrecision precision)
    {
        if (BitConverter.IsLittleEndian && precision == WeightPrecision.Half)
            return MemoryMarshal.Cast<byte, Half>(bytes);
        if (BitConverter.IsLittleEndian)
            TensorPrimitives.ConvertToHalf(MemoryMarshal.Cast<byte, float>(bytes), weights);
        else
            for (int i = 0; i < weights.Length; i++)
                weights[i] = precision == WeightPrecision.Half ? BinaryPrimitives.ReadHalfLittleEndian(bytes[(i * 2)..]) : (Half)BinaryPrimitives.ReadSingleLittleEndian(bytes[(i * 4)..]);
        return weights;
    }

    internal static EntityLexicon ReadLexicon(string path, ZipArchive zip, string name) =>
        new(ReadLines(path, zip, name, "type mask", (string text, out byte value) => byte.TryParse(text, out value)));

    private static DomainProfile ReadProfile(string path, ZipArchive zip, string name) =>
        new(ReadLines(path, zip, name, "count", (string text, out int value) => int.TryParse(text, out value) && value > 0));

    /// <summary>The "key&lt;TAB&gt;value" lines of an entry (none when the entry is absent).</summary>
    private static List<KeyValuePair<string, T>> ReadLines<T>(string path, ZipArchive zip, string name, string valueName, TabSeparatedPairs.Parse<T> parse)
    {
        if (zip.GetEntry(name) is not { } entry) return [];
        using var reader = new StreamReader(entry.Open());
        return TabSeparatedPairs.Read(reader, parse, valueName, line => $"{path}: {name} line {line}");
    }

    /// <summary>
    /// Every field must be present and known: a file this program half understands is refused, not guessed at. Generated at
    /// build time: reflecting over the header's types took a tenth of a second of every start-up.
    /// </summary>
    [JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
        RespectRequiredConstructorParameters = true, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = [typeof(CamelCaseEnum<WeightPrecision>), typeof(CamelCaseEnum<Segmentation.PosTagging>), typeof(JsonStringEnumConverter<EntityType>)])]
    [JsonSerializable(typeof(Header))]
    [JsonSerializable(typeof(TaughtSentence[]))]
    private sealed partial class HeaderJson : JsonSerializerContext;

    private sealed class CamelCaseEnum<T>() : JsonStringEnumConverter<T>(JsonNamingPolicy.CamelCase) where T : struct, Enum;
}
