using System.Diagnostics;
using EntityPipeline.Input;
using EntityPipeline.Output;

namespace EntityPipeline.Processing;

/// <summary>
/// Runs every file through the pipeline on <c>workers</c> threads and hands the results to the table
/// writer in doc_id order, so the tables are the same whatever the number of workers. Tables reach their
/// final names only when the whole run completed; a cancelled run leaves the previous tables untouched.
/// </summary>
public sealed class CorpusRunner(DocumentProcessor processor, int workers)
{
    public RunSummary Run(IReadOnlyList<SourceFile> files, TableWriter writer, IProgress<RunProgress>? progress, CancellationToken cancel)
    {
        var summary = new RunSummary();
        var clock = Stopwatch.StartNew();
        try
        {
            foreach (var result in OrderedParallel.Map(files, processor.Process, workers, cancel))
            {
                writer.Write(result);
                summary.Add(result);
                progress?.Report(new RunProgress(summary.Documents, files.Count, summary.Chars, clock.Elapsed));
            }
            cancel.ThrowIfCancellationRequested();
            writer.Complete();
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            summary.Cancelled = true;
        }
        summary.Elapsed = clock.Elapsed;
        return summary;
    }
}
