using System.Globalization;
using System.Text;
using EntityPipeline.Training.Corpora;

namespace EntityPipeline.Training;

/// <summary>What a model is: data it was trained on, options, training time, dev scores. Written as Markdown beside the model.</summary>
public sealed record ModelCard(
    string ModelFile,
    DateTimeOffset Trained,
    IReadOnlyList<(CorpusFile File, int Sentences, long Characters)> TrainingData,
    TrainingRecipe Recipe,
    TimeSpan TrainingTime,
    IReadOnlyList<DevScore> Dev,
    string Command)
{
    /// <summary>The model this one was refined from (a warm start), if any.</summary>
    public string? BaseModel { get; init; }

    /// <summary>The temperatures the perceptron's scores were divided by, per pass (0: fitted as maximum entropy).</summary>
    public (float First, float Second) Temperatures { get; init; }

    /// <summary>The user corrections that went into training, if any.</summary>
    public Corrections.CorrectionSet? Corrections { get; init; }

    /// <summary>How many corrected sentences, of every round, the model tags as corrected (<see cref="Entities.Tagging.TaughtSentences"/>).</summary>
    public int TaughtSentences { get; init; }

    /// <summary>The articles the base model labelled for rehearsal, if any.</summary>
    public Rehearsal.Summary? Rehearsal { get; init; }

    /// <summary>How many words of the user's text the refined model's domain profile counts (<see cref="Entities.Tagging.DomainProfile"/>).</summary>
    public long DomainWords { get; init; }

    /// <summary>How the refined weights and the base model tagged the held-out corrections (<see cref="RefinementCheck"/>), if checked.</summary>
    public RefinementCheck? Refinement { get; init; }

    /// <summary>The O bias the refined weights decode with (fitted on the corrections, <see cref="DomainOutsideBias"/>).</summary>
    public float DomainOutsideBias { get; init; }

    /// <summary>The label rules the refined weights decode without, because the corrections do not follow them (<see cref="DomainRules"/>).</summary>
    public string? DomainRulesOff { get; init; }

    /// <summary>The conventions the refined weights decode with, because the corrections follow them (<see cref="DomainConventions"/>).</summary>
    public string? DomainRulesOn { get; init; }

    /// <summary>The base model's scores on the same dev files, for the before/after comparison.</summary>
    public IReadOnlyList<DevScore> BaseDev { get; init; } = [];

    public static string PathFor(string modelPath) => Path.ChangeExtension(modelPath, ".card.md");

    public string ToMarkdown()
    {
        var c = CultureInfo.InvariantCulture;
        var md = new StringBuilder();
        md.AppendLine(c, $"# Model card: {Path.GetFileName(ModelFile)}");
        md.AppendLine();
        md.AppendLine("Per-character BIOES entity tagger (PER, LOC, ORG): a linear model over hashed character, jieba word/POS, suffix-list and");
        md.AppendLine("training-lexicon features, decoded by a BIOES-constrained Viterbi, stored in the project's own format (docs/model-format.md).");
        md.AppendLine("Its weights were fitted as an averaged structured perceptron (sentences decoded as they are tagged), then divided by a temperature fitted on held-out sentences, so that their softmax estimates each label's probability.");
        if (Recipe.Features.SecondPass)
            md.AppendLine("A second model of the same kind then re-tags each document, reading the first pass's labels and the strings it tagged.");
        md.AppendLine();
        md.AppendLine(c, $"- trained: {Trained.UtcDateTime:yyyy-MM-dd HH:mm} UTC, in {TrainingTime.TotalMinutes:F1} min (featurizing + fitting)");
        md.AppendLine(c, $"- command: `{Command}`");
        md.AppendLine(c, $"- trainer: perceptron, {(BaseModel is null ? Recipe.Epochs : Recipe.RefineEpochs)} epoch(s), seed {Recipe.Seed}; scores divided by a temperature of {Temperatures.First.ToString("0.0", c)} (first pass){(Recipe.Features.SecondPass ? $" and {Temperatures.Second.ToString("0.0", c)} (second pass)" : "")}; decoding: O bias {Recipe.OutsideBias.ToString(c)}; weights stored in {Recipe.Precision} precision");
        var f = Recipe.Features;
        md.AppendLine(c, $"- features: 2^{f.HashBits} hashed slots; char uni/bigrams; words {f.Words}, POS {f.Pos} (source {f.PosSource}), suffixes {f.Suffixes}, char class {f.CharClass}, "
            + $"lexicon {f.Lexicon} (min count {f.LexiconMinCount}, jackknifed in training), long names {f.LongNames}, person cues {f.PersonCues}, places {f.Places}, given names {f.GivenNames}, dictionary names {f.Names}, word clusters {f.Clusters}; "
            + $"{(!f.SecondPass ? "one pass" : BaseModel is null ? $"second pass reading the first pass's labels (trained on labels from {Recipe.StackingFolds} held-out folds)" : "second pass reading the first pass's labels")}");
        md.AppendLine();
        md.AppendLine("## Training data");
        md.AppendLine();
        md.AppendLine(Recipe.Features.SecondPass ? "| file | format | weight (second pass) | sentences | characters |" : "| file | format | weight | sentences | characters |");
        md.AppendLine("|---|---|---:|---:|---:|");
        foreach (var (file, sentences, chars) in TrainingData)
            md.AppendLine(c, $"| {Path.GetFileName(file.Path)} | {file.Format} | {file.Weight}{(Recipe.Features.SecondPass ? $" ({file.Weight * file.SecondPassWeight})" : "")} | {sentences:N0} | {chars:N0} |");
        if (Rehearsal is { } r)
            md.AppendLine(c, $"| rehearsal: {string.Join(", ", r.Paths.Select(p => $"`{p}`"))} ({r.Documents:N0} {(r.Documents == 1 ? "article" : "articles")}, labelled by the base model) | text | 1{(Recipe.Features.SecondPass ? " (1)" : "")} | {r.Sentences:N0} | {r.Characters:N0} |");
        if (BaseModel is not null)
        {
            md.AppendLine();
            md.AppendLine(c, $"Refined from `{Path.GetFileName(BaseModel)}` (warm start from its weights, features and lexicon){(Recipe.Features.SecondPass ? ": the weights of its first pass are kept, its second pass is refined" : "")}.");
            if (Refinement is { Kept: false } dropped)
                md.AppendLine(c, $"The refinement was not kept: by cross-validation on the corrections, the refined weights tagged the held-out corrections with F1 {dropped.RefinedF1:F3} and the base model with {dropped.BaseF1:F3}, so this model tags as its base did, but for the corrected sentences themselves (docs/corrections.md).");
            else
                md.AppendLine(c, $"The file keeps the base model's weights beside the refined ones: a document is tagged with the refined weights when its words read more like the {DomainWords:N0} words of the text refined on (corrections and rehearsal) than like general Chinese, and as the base model tags it otherwise (docs/corrections.md). The refined weights decode with an O bias of {DomainOutsideBias.ToString(c)}, chosen by cross-validation on the corrections{(DomainRulesOff is null ? "" : $", without the label rules the corrections do not follow ({DomainRulesOff.Replace(",", ", ")})")}{(DomainRulesOn is null ? "" : $", with the conventions they follow ({DomainRulesOn.Replace(",", ", ")})")}{(Refinement is { } kept ? $"; on the held-out corrections they score F1 {kept.RefinedF1.ToString("F3", c)}, the base model {kept.BaseF1.ToString("F3", c)}" : "")}.");
        }
        if (Corrections is { } corrections)
        {
            md.AppendLine();
            md.AppendLine("## Corrections");
            md.AppendLine();
            md.AppendLine(c, $"- files: {string.Join(", ", corrections.Files.Select(f => $"`{f}`"))}");
            md.AppendLine(c, $"- reviewed documents: {corrections.Documents:N0}; sentences: {corrections.Sentences:N0}; entities: {corrections.Entities:N0}; weight {corrections.Examples.FirstOrDefault()?.Weight ?? 1:0.##}");
            md.AppendLine(c, $"- tagged as corrected: {TaughtSentences:N0} sentences of this and earlier rounds come out exactly as corrected when tagged again, whatever the weights say");
        }
        if (BaseDev.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("## Before and after (micro F1, exact span and type)");
            md.AppendLine();
            md.AppendLine("| dev file | base model | this model | change |");
            md.AppendLine("|---|---:|---:|---:|");
            foreach (var (before, after) in BaseDev.Zip(Dev))
                md.AppendLine(c, $"| {Path.GetFileName(after.File.Path)} | {before.Report.Micro.F1:F3} | {after.Report.Micro.F1:F3} | {after.Report.Micro.F1 - before.Report.Micro.F1:+0.000;-0.000;0.000} |");
        }
        md.AppendLine();
        md.AppendLine("## Dev scores (exact span and type)");
        md.AppendLine();
        md.AppendLine("Scored when the model was trained, with that day's label rules; `bash scripts/dev-scores.sh MODEL` scores it through today's pipeline.");
        foreach (var dev in Dev)
        {
            md.AppendLine();
            md.AppendLine(c, $"{Path.GetFileName(dev.File.Path)} ({dev.Sentences:N0} sentences; tagging {dev.Speed.CharsPerSecond:N0} chars/s on one thread)");
            md.AppendLine();
            md.AppendLine("| type | gold | predicted | correct | P | R | F1 |");
            md.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
            foreach (var s in dev.Report.PerType.Append(dev.Report.Micro))
                md.AppendLine(c, $"| {s.Type} | {s.Gold} | {s.Predicted} | {s.Correct} | {s.Precision:F3} | {s.Recall:F3} | {s.F1:F3} |");
            md.AppendLine();
            md.AppendLine(c, $"Micro F1 95% interval {dev.F1Low:F3}–{dev.F1High:F3} (bootstrap over {dev.Documents:N0} documents).");
        }
        md.AppendLine();
        md.AppendLine("## Recipe");
        md.AppendLine();
        md.AppendLine(BaseModel is null
            ? "Everything that decided this model; `train --recipe FILE --out MODEL` with this JSON as FILE (from the repository root) trains it again."
            : "The settings of this refinement (its corpora, if any, were read beside the corrections); the base model's features were kept.");
        md.AppendLine();
        md.AppendLine("```json");
        md.AppendLine(Recipe.ToJson());
        md.AppendLine("```");
        return md.ToString();
    }
}
