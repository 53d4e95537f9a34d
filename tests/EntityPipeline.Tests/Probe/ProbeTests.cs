using EntityPipeline.Documents;
using EntityPipeline.Segmentation;
using Xunit.Abstractions;

namespace EntityPipeline.Tests.Probe;

public class ProbeTests(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        var seg = new SegmentationStage(PosTagging.Lexicon);
        foreach (var text in System.IO.File.ReadAllLines("/tmp/probe.txt"))
        {
            var words = new List<Token>();
            seg.Segment(text, 0, words);
            output.WriteLine(string.Join(" ", words.Select(w => $"{text[w.Start..w.End]}/{w.Pos}")));
        }
    }
}
