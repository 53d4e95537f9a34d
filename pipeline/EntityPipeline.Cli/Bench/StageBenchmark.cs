using System.Diagnostics;
using EntityPipeline.Documents;
using EntityPipeline.Input;
using EntityPipeline.Output;
using EntityPipeline.Processing;
using JiebaNet.Segmenter;

namespace EntityPipeline.Cli.Bench;

/// <summary>
/// Times each stage alone (one thread), the table writer, bare jieba.NET Cut on the same text, and the
/// whole run end to end (files in, tables out) at several worker counts. Each figure is the median of runs.
/// </summary>
internal sealed class StageBenchmark(Pipeline pipeline, IReadOnlyList<(string Id, string Text)> corpus)
{
    private readonly long _chars = corpus.Sum(d => (long)d.Text.Length);

    public long Chars => _chars;

    /// <summary>chars/s of each stage and of the writer, one thread; the median of <paramref name="runs"/>.</summary>
    public IReadOnlyList<(string Name, double CharsPerSecond)> Stages(int runs)
    {
        var names = pipeline.Stages.Select(s => s.Name).Append("TableWriter").ToList();
        var seconds = names.ToDictionary(n => n, _ => new List<double>());
        for (int r = 0; r < runs; r++)
        {
            var times = new double[names.Count];
            using var output = new ScratchFolder();
            using (var writer = new TableWriter(output.Path))
            {
                var clock = new Stopwatch();
                foreach (var (id, text) in corpus)
                {
                    var doc = new Document(id, text);
                    for (int s = 0; s < pipeline.Stages.Count; s++)
                    {
                        clock.Restart();
                        pipeline.Stages[s].Process(doc);
                        times[s] += clock.Elapsed.TotalSeconds;
                    }
                    clock.Restart();
                    writer.Write(new DocumentResult(new SourceFile(id, id), doc, "utf-8", DocumentStatus.Ok, ""));
                    times[^1] += clock.Elapsed.TotalSeconds;
                }
                clock.Restart();
                writer.Complete();
                times[^1] += clock.Elapsed.TotalSeconds;
            }
            for (int i = 0; i < names.Count; i++) seconds[names[i]].Add(times[i]);
        }
        return [.. names.Select(n => (n, _chars / Median.Of(seconds[n])))];
    }

    /// <summary>chars/s of jieba.NET's plain Cut (HMM on) over the same documents, one thread.</summary>
    public double JiebaCut(int runs)
    {
        var segmenter = new JiebaSegmenter();
        _ = segmenter.Cut("中华人民共和国", false, true).Count(); // jieba.NET loads its dictionary on first use; the pipeline no longer does
        var seconds = new List<double>();
        for (int r = 0; r < runs; r++)
        {
            var clock = Stopwatch.StartNew();
            long words = 0;
            foreach (var (_, text) in corpus) words += segmenter.Cut(text, false, true).Count();
            seconds.Add(clock.Elapsed.TotalSeconds);
        }
        return _chars / Median.Of(seconds);
    }

    /// <summary>chars/s of a whole run over <paramref name="files"/> (read, decode, stages, write) with <paramref name="workers"/>.</summary>
    public double EndToEnd(IReadOnlyList<SourceFile> files, int workers, int runs)
    {
        var seconds = new List<double>();
        for (int r = 0; r < runs; r++)
        {
            using var output = new ScratchFolder();
            using var writer = new TableWriter(output.Path);
            var summary = new CorpusRunner(new DocumentProcessor(pipeline), workers).Run(files, writer, null, CancellationToken.None);
            seconds.Add(summary.Elapsed.TotalSeconds);
        }
        return _chars / Median.Of(seconds);
    }
}
