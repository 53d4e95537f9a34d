using System.Collections.Immutable;
using System.Diagnostics;
using EntityPipeline.Entities.Rules;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Evaluation;
using EntityPipeline.Training.Corpora;
using EntityPipeline.Training.Corrections;

namespace EntityPipeline.Training;

/// <summary>
/// The whole of <c>train</c>: read the corpora, train, score on the dev files, then write the model and its
/// card. Both go to temporary files first and are moved into place only when everything succeeded, so an
/// existing model is never replaced by a failed run.
/// </summary>
public static class TaggerTrainingRun
{
    /// <param name="recipe">The corpora, dev files and settings (a refinement uses its <see cref="TrainingRecipe.RefineEpochs"/>; the base model's features).</param>
    /// <param name="corrections">A user's corrections, added to the corpora's sentences (their weight is in each example).</param>
    /// <param name="warmStart">Refine this model (one the perceptron trained); the card compares it with the result on the dev files.</param>
    /// <param name="rehearse">Folders or files of plain articles that <paramref name="warmStart"/>'s model labels for <see cref="Rehearsal"/>.</param>
    public static ModelCard Run(TrainingRecipe recipe, string modelPath, string command, Action<string> log,
        CorrectionSet? corrections = null, (string Path, EntityTagger Tagger)? warmStart = null, IReadOnlyList<string>? rehearse = null)
    {
        var extra = corrections?.Examples;
        if (warmStart is not null) recipe = recipe with { Features = warmStart.Value.Tagger.Features }; // the card shows what was used
        var train = recipe.TrainingFiles();
        var dev = recipe.DevFiles();
        var clock = Stopwatch.StartNew();
        var examples = new List<AnnotatedSentence>();
        var data = new List<(CorpusFile, int, long)>();
        foreach (var file in train)
        {
            var list = file.Read().Where(s => s.Text.Length > 0).ToList();
            examples.AddRange(list);
            data.Add((file, list.Count, list.Sum(s => (long)s.Text.Length)));
            log($"read {list.Count:N0} sentences from {file}");
        }
        if (extra is { Count: > 0 })
        {
            examples.AddRange(extra);
            log($"added {extra.Count:N0} corrected sentences ({corrections!.Documents:N0} documents, {corrections.Entities:N0} entities), weight {extra[0].Weight:0.##}");
        }
        if (corrections?.UntaughtDocuments is { Count: > 0 } untaught)
            log($"{untaught.Count:N0} document(s) the run tagged have no row left in the corrected entities.csv (e.g. {string.Join(", ", untaught.Take(3))}): " +
                "not reviewed, so not taught. If you checked them and they name no entity, type their rows delete instead of deleting them");
        Rehearsal.Summary? rehearsal = null;
        IReadOnlyList<AnnotatedSentence>? foldRehearsal = null;
        if (rehearse is { Count: > 0 })
        {
            var (basePath, baseTagger) = warmStart ?? throw new ArgumentException("rehearsal needs a model to refine: the articles are labelled by it");
            // A sentence annotated by hand (a correction, a corpus sentence) keeps only its own labels; nor is any sentence
            // of a corrected run rehearsed, reviewed or not.
            var annotated = examples.Select(e => e.Text).Concat(corrections?.RunSentences ?? Enumerable.Empty<string>()).ToHashSet(StringComparer.Ordinal);
            (var labelled, rehearsal) = Rehearsal.Label(baseTagger, rehearse, annotated);
            examples.AddRange(labelled);
            if (baseTagger.Domain is not null) // a later round: its cross-validation rehearses on labels that have not seen the corrections
                foldRehearsal = Rehearsal.Label(baseTagger.WithoutDomain(), rehearse, annotated).Examples;
            log(rehearsal.Sentences > 0
                ? $"labelled {rehearsal.Sentences:N0} sentences of {rehearsal.Documents:N0} articles with {Path.GetFileName(basePath)} (rehearsal)"
                : $"nothing to rehearse: every sentence of the {rehearsal.Documents:N0} articles is annotated or in a corrected run (give articles you did not review to rehearse)");
        }
        else if (warmStart is not null && train.All(f => f.Format == CorpusFormat.ClueNer)) // no base corpus sample either
            // Measured (README): corrections in conventions of their own, without rehearsal, cost MSRA dev 7 points; with it, 1.
            log("note: refining on annotations alone; give articles you did not review to rehearse, so the model keeps what it tags right (README, step 4)");
        var trainer = new TaggerTrainer(recipe, log);
        var tagger = trainer.Train(examples, warmStart?.Tagger, foldRehearsal);
        // Whatever the weights learnt, a corrected sentence comes out as corrected when tagged again, over an earlier round's.
        if (extra is { Count: > 0 })
            tagger = tagger.WithTaught(new TaughtSentences(extra.Select(e => (e.Text, e.Entities.Select(x => (x.Start, x.End, x.Type)).ToImmutableArray())))
                .Over(warmStart?.Tagger.Taught ?? TaughtSentences.None));
        var trainingTime = clock.Elapsed;

        var scores = dev.Select(file => Score(tagger, file, "", log)).ToList();
        var baseScores = warmStart is { } start ? dev.Select(file => Score(start.Tagger, file, "base model ", log)).ToList() : [];

        var card = new ModelCard(modelPath, DateTimeOffset.UtcNow, data, recipe, trainingTime, scores, command)
        {
            BaseModel = warmStart?.Path,
            Refinement = trainer.Check,
            Temperatures = tagger.Temperatures,
            DomainWords = tagger.Domain?.Profile.Total ?? 0,
            DomainOutsideBias = tagger.Domain?.Tagger.OutsideBias ?? 0,
            DomainRulesOff = tagger.Domain is { } domain ? LabelRuleSet.NamesOff(domain.Tagger.Rules) : null,
            DomainRulesOn = tagger.Domain is { } refined ? LabelRuleSet.NamesOn(refined.Tagger.Rules) : null,
            Corrections = corrections,
            TaughtSentences = tagger.Taught.Count,
            Rehearsal = rehearsal,
            BaseDev = baseScores,
        };
        var cardPath = ModelCard.PathFor(modelPath);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(cardPath))!);
        var cardTemp = cardPath + $".{Environment.ProcessId}.tmp";
        File.WriteAllText(cardTemp, card.ToMarkdown());
        try
        {
            tagger.Save(modelPath, recipe.Precision);
            File.Move(cardTemp, cardPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(cardTemp)) File.Delete(cardTemp);
        }
        log($"wrote {modelPath} ({new FileInfo(modelPath).Length / 1e6:F1} MB) and {cardPath}");
        return card;
    }

    private static DevScore Score(EntityTagger tagger, CorpusFile file, string label, Action<string> log)
    {
        var sentences = file.Read().ToList();
        var (evaluation, speed) = CorpusEvaluator.Evaluate(tagger, sentences, Path.GetFileName(file.Path));
        var report = evaluation.Report();
        log($"{label}dev {file}: micro P {report.Micro.Precision:F4} R {report.Micro.Recall:F4} F1 {report.Micro.F1:F4}; "
            + string.Join(", ", report.PerType.Select(t => $"{t.Type} {t.F1:F4}")) + $"; {speed.CharsPerSecond:N0} chars/s");
        var (low, high) = Bootstrap.F1Interval(evaluation.Units);
        return new DevScore(file, sentences.Count, report, speed, evaluation.Units.Count, low, high);
    }
}
