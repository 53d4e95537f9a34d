using System.Diagnostics;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Evaluation;
using EntityPipeline.Training.Corpora;

namespace EntityPipeline.Training;

/// <summary>
/// The whole of <c>train</c>: read the corpora, train, score on the dev files, then write the model and its
/// card. Both go to temporary files first and are moved into place only when everything succeeded, so an
/// existing model is never replaced by a failed run.
/// </summary>
public static class TaggerTrainingRun
{
    /// <param name="extra">In-memory examples added to the files' (e.g. a user's corrections, with <see cref="AnnotatedSentence.Weight"/> &gt; 1).</param>
    /// <param name="warmStart">Start from this model's weights (needs <see cref="TaggerTrainerKind.Lbfgs"/>).</param>
    public static ModelCard Run(IReadOnlyList<CorpusFile> train, IReadOnlyList<CorpusFile> dev, TaggerTrainingOptions options,
        string modelPath, string command, Action<string> log, int? maxSentencesPerFile = null,
        IReadOnlyList<AnnotatedSentence>? extra = null, EntityTagger? warmStart = null)
    {
        if (warmStart is not null) options = options with { Features = warmStart.Features }; // the card shows what was used
        var clock = Stopwatch.StartNew();
        var examples = new List<AnnotatedSentence>();
        var data = new List<(CorpusFile, int, long)>();
        foreach (var file in train)
        {
            var sentences = file.Read().Where(s => s.Text.Length > 0);
            if (maxSentencesPerFile is { } max) sentences = sentences.Take(max);
            var list = sentences.ToList();
            examples.AddRange(list);
            data.Add((file, list.Count, list.Sum(s => (long)s.Text.Length)));
            log($"read {list.Count:N0} sentences from {file}");
        }
        if (extra is { Count: > 0 })
        {
            examples.AddRange(extra);
            log($"added {extra.Count:N0} in-memory examples");
        }
        var tagger = new TaggerTrainer(options, log).Train(examples, warmStart);
        var trainingTime = clock.Elapsed;

        var scores = new List<DevScore>();
        foreach (var file in dev)
        {
            var sentences = file.Read().ToList();
            var (evaluation, speed) = CorpusEvaluator.Evaluate(tagger, sentences, Path.GetFileName(file.Path));
            var report = evaluation.Report();
            scores.Add(new DevScore(file, sentences.Count, report, speed));
            log($"dev {file}: micro P {report.Micro.Precision:F4} R {report.Micro.Recall:F4} F1 {report.Micro.F1:F4}; "
                + string.Join(", ", report.PerType.Select(t => $"{t.Type} {t.F1:F4}")) + $"; {speed.CharsPerSecond:N0} chars/s");
        }

        var card = new ModelCard(modelPath, DateTimeOffset.UtcNow, data, options, trainingTime, scores, command);
        var cardPath = ModelCard.PathFor(modelPath);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(cardPath))!);
        var cardTemp = cardPath + $".{Environment.ProcessId}.tmp";
        File.WriteAllText(cardTemp, card.ToMarkdown());
        try
        {
            tagger.Save(modelPath);
            File.Move(cardTemp, cardPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(cardTemp)) File.Delete(cardTemp);
        }
        log($"wrote {modelPath} ({new FileInfo(modelPath).Length / 1e6:F1} MB) and {cardPath}");
        return card;
    }
}
