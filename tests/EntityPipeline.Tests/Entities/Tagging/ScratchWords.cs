using EntityPipeline.Documents;
using EntityPipeline.Segmentation;
namespace EntityPipeline.Tests.Entities.Tagging;
public sealed class ScratchWords
{
    [Fact]
    public void Show()
    {
        var seg = new SegmentationStage(PosTagging.Lexicon);
        var sb = new System.Text.StringBuilder();
        foreach (var line in File.ReadAllLines("/tmp/s37/words-in.txt"))
        {
            var words = new List<Token>();
            seg.Segment(line, 0, words);
            sb.AppendLine(string.Join(" ", words.Select(w => line[w.Start..w.End] + "/" + w.Pos)));
        }
        File.WriteAllText("/tmp/s37/words-out.txt", sb.ToString());
    }
}
