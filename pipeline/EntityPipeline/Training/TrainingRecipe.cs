using System.Text.Json;
using System.Text.Json.Serialization;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Training.Corpora;

namespace EntityPipeline.Training;

/// <summary>
/// Everything that decides a trained model: its corpora and their weights, dev files, feature settings, trainer, epochs, stacking
/// folds, seed, O bias and stored weight precision; and how a refinement on corrections goes (its epochs, the corrections' weight).
/// The defaults are the shipped model's (models/msra-pd.recipe.json), so a recipe names only its corpora and what it changes.
/// Read from JSON (<see cref="Load"/>); paths are relative to the working folder (the repository root for the shipped recipe).
/// </summary>
public sealed record TrainingRecipe
{
    public IReadOnlyList<RecipeCorpus> Corpora { get; init; } = [];

    /// <summary>Files the trained model is scored on, for its card (MSRA, People's Daily, CLUENER, Weibo or Resume; detected).</summary>
    public IReadOnlyList<string> Dev { get; init; } = [];

    public TaggerFeatureOptions Features { get; init; } = new();

    public TaggerTrainerKind Trainer { get; init; } = TaggerTrainerKind.Perceptron;

    /// <summary>Perceptron epochs from scratch.</summary>
    public int Epochs { get; init; } = 6;

    /// <summary>
    /// With a second pass: the training documents are split into this many folds, and each fold's first-pass labels come from a
    /// first pass trained on the other folds. The fits run in parallel, one per core (3 folds: four fits in two rounds on two cores).
    /// </summary>
    public int StackingFolds { get; init; } = 3;

    /// <summary>Seeds the perceptron's shuffling: a recipe trains the same model every time.</summary>
    public int Seed { get; init; }

    /// <summary>Stored with the model: added to O's log-probability before decoding (below 0 favours recall).</summary>
    public float OutsideBias { get; init; }

    /// <summary>How the model file stores the weights.</summary>
    public WeightPrecision Precision { get; init; } = WeightPrecision.Half;

    /// <summary>
    /// Perceptron epochs when refining a model on corrections. Five, with <see cref="CorrectionsWeight"/> 10, let 200 corrected
    /// sentences win: chosen on sentences of the Resume and Weibo train files that were neither corrected nor rehearsed
    /// (docs/corrections.md), where one epoch at weight 1 gained 3 points and this gains 16 and 9.
    /// </summary>
    public int RefineEpochs { get; init; } = 5;

    /// <summary>
    /// A corrected sentence's weight relative to a corpus sentence (and to a rehearsed one): each mistake on it moves the weights
    /// this many times as far as one did in the model's first training.
    /// </summary>
    public double CorrectionsWeight { get; init; } = 10;

    /// <summary>The corpora as files to read.</summary>
    public IReadOnlyList<CorpusFile> TrainingFiles() => [.. Corpora.Select(c => c.ToCorpusFile())];

    public IReadOnlyList<CorpusFile> DevFiles() => [.. Dev.Select(p => CorpusFile.Detect(p))];

    /// <summary>Reads and checks a recipe; every error names the file, and the line and field where JSON tells them.</summary>
    public static TrainingRecipe Load(string path)
    {
        if (!File.Exists(path))
            throw new RecipeException($"recipe not found: {path}");
        TrainingRecipe recipe;
        try
        {
            using var stream = File.OpenRead(path);
            recipe = JsonSerializer.Deserialize<TrainingRecipe>(stream, JsonOptions) ?? throw new RecipeException($"{path}: the recipe is empty (null)");
        }
        catch (JsonException e)
        {
            // System.Text.Json counts lines from 0; its message ends with the path and position it already gave.
            string message = e.Message.Split(" Path:")[0].Split(" LineNumber:")[0];
            throw new RecipeException(e.LineNumber is { } line ? $"{path}: line {line + 1}{(e.Path is { Length: > 0 } field ? $", {field}" : "")}: {message}" : $"{path}: {message}");
        }
        recipe.Validate(path);
        return recipe;
    }

    /// <summary>Checks the values JSON cannot: ranges, and that each corpus and dev file exists. <paramref name="source"/> names the recipe in errors.</summary>
    public void Validate(string source)
    {
        void Require(bool ok, string field, string problem)
        {
            if (!ok) throw new RecipeException($"{source}: {field}: {problem}");
        }
        Require(Features.HashBits is >= 10 and <= 24, "features.hashBits", $"{Features.HashBits} is outside 10–24");
        Require(Features.LexiconMinCount >= 1, "features.lexiconMinCount", "must be at least 1");
        Require(Epochs >= 1, "epochs", "must be at least 1");
        Require(RefineEpochs >= 1, "refineEpochs", "must be at least 1");
        Require(StackingFolds >= 2, "stackingFolds", "must be at least 2");
        Require(CorrectionsWeight > 0, "correctionsWeight", "must be positive");
        string relative = $"(paths are relative to the folder train runs in: {Environment.CurrentDirectory})";
        for (int i = 0; i < Corpora.Count; i++)
        {
            var corpus = Corpora[i];
            Require(!string.IsNullOrWhiteSpace(corpus.Path), $"corpora[{i}].path", "missing");
            var file = CorpusFile.DataFile(corpus.Path, corpus.Format);
            Require(File.Exists(file), $"corpora[{i}].path", $"not found: {file} {relative}");
            Require(corpus.Weight > 0, $"corpora[{i}].weight", "must be positive");
            Require(corpus.SecondPassWeight >= 0, $"corpora[{i}].secondPassWeight", "must not be negative");
            Require(corpus.Limit is null or > 0, $"corpora[{i}].limit", "must be positive");
        }
        for (int i = 0; i < Dev.Count; i++)
            Require(File.Exists(Dev[i]), $"dev[{i}]", $"not found: {Dev[i]} {relative}");
    }

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Unknown fields are errors (a misspelt setting must not silently train the default).</summary>
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

/// <summary>
/// One training corpus of a recipe: its file, format (detected when absent), the weight of its sentences, the factor on that
/// weight in a second pass's training (0 leaves the corpus out of it, so that its conventions do not decide the final spans),
/// and how many of its first sentences to read (all when absent).
/// </summary>
public sealed record RecipeCorpus(string Path, CorpusFormat? Format = null, double Weight = 1, double SecondPassWeight = 1, int? Limit = null)
{
    public CorpusFile ToCorpusFile() => Format is { } format
        ? new CorpusFile(Path, format, Weight, Limit, SecondPassWeight)
        : CorpusFile.Detect(Path, Weight) with { Limit = Limit, SecondPassWeight = SecondPassWeight };
}

/// <summary>A recipe that cannot be read or used; the message names the file and, where known, the line and field.</summary>
public sealed class RecipeException(string message) : Exception(message);
