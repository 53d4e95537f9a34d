using System.Text;
using EntityPipeline.Training.Corpora;

namespace EntityPipeline.Tests.Training.Corpora;

public sealed class CorpusFileTests
{
    [Fact]
    public void Formats_are_detected_and_weights_applied()
    {
        using var folder = new TempFolder();
        var msra = folder.Write("msra.bio", Encoding.UTF8.GetBytes("李\tB-PER\n鹏\tI-PER\n说\tO\n\n"));
        var pku = folder.Write("pd.txt", Encoding.UTF8.GetBytes("19980101-01-001-001/m  李/nr  鹏/nr  说/v\n"));
        var cluener = folder.Write("train.json", Encoding.UTF8.GetBytes("""{"text": "李鹏说", "label": {"name": {"李鹏": [[0, 1]]}}}""" + "\n"));

        Assert.Equal(CorpusFormat.MsraBio, CorpusFile.Detect(msra).Format);
        Assert.Equal(CorpusFormat.PeoplesDaily, CorpusFile.Detect(pku).Format);
        Assert.Equal(CorpusFormat.ClueNer, CorpusFile.Detect(cluener).Format);
        var weibo = folder.Write("weibo.dev", Encoding.UTF8.GetBytes("20\tO\n李0\tB-PER.NAM\n\n"));
        var resume = folder.Write("dev.char.bmes", Encoding.UTF8.GetBytes("李 B-NAME\n鹏 E-NAME\n\n"));
        Assert.Equal(CorpusFormat.WeiboNer, CorpusFile.Detect(weibo).Format);
        Assert.Equal(CorpusFormat.ResumeNer, CorpusFile.Detect(resume).Format);
        Assert.Equal(0.5, Assert.Single(new CorpusFile(pku, CorpusFormat.PeoplesDaily, 0.5).Read()).Weight);
    }
}
