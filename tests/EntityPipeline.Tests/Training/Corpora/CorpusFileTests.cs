using System.Text;
using EntityPipeline.Training.Corpora;

namespace EntityPipeline.Tests.Training.Corpora;

public sealed class CorpusFileTests
{
    [Fact]
    public void Sentences_carry_their_corpus_annotation_convention_with_MSRA_as_the_target()
    {
        using var folder = new TempFolder();
        var msra = folder.Write("msra.bio", Encoding.UTF8.GetBytes("李\tB-PER\n鹏\tI-PER\n说\tO\n\n"));
        var pku = folder.Write("pd.txt", Encoding.UTF8.GetBytes("19980101-01-001-001/m  李/nr  鹏/nr  说/v\n"));
        var cluener = folder.Write("train.json", Encoding.UTF8.GetBytes("""{"text": "李鹏说", "label": {"name": {"李鹏": [[0, 1]]}}}""" + "\n"));

        int Convention(string path) => Assert.Single(CorpusFile.Detect(path).Read()).Convention;

        Assert.Equal(0, Convention(msra));
        Assert.Equal(1, Convention(pku));
        Assert.Equal(2, Convention(cluener));
        // Weights are applied alongside.
        Assert.Equal(0.5, Assert.Single(new CorpusFile(pku, CorpusFormat.PeoplesDaily, 0.5).Read()).Weight);
    }
}
