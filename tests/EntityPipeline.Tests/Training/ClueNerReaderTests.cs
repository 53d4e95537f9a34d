using System.Text;
using EntityPipeline.Documents;
using EntityPipeline.Training;
using EntityPipeline.Training.Corpora;

namespace EntityPipeline.Tests.Training;

public sealed class ClueNerReaderTests
{
    [Fact]
    public void Pretty_printed_records_map_types_and_make_the_inclusive_end_exclusive()
    {
        using var folder = new TempFolder();
        var path = folder.Write("train.json", Encoding.UTF8.GetBytes("""
            {
              "text": "王小明在杭州的阿里巴巴上班，读了《三体》。",
              "label": {
                "name": {"王小明": [[0, 2]]},
                "address": {"杭州": [[4, 5]]},
                "company": {"阿里巴巴": [[7, 10]]},
                "book": {"《三体》": [[16, 19]]}
              }
            }
            {"text": "没有实体。", "label": {}}
            """));

        var sentences = ClueNerReader.Read(path).ToList();

        Assert.Equal(2, sentences.Count);
        Assert.Equal<EntitySpan>([new EntitySpan(0, 3, EntityType.PER), new EntitySpan(4, 6, EntityType.LOC), new EntitySpan(7, 11, EntityType.ORG)],
            sentences[0].Entities);
        Assert.Empty(sentences[1].Entities);
        Assert.Equal(["record 1", "record 2"], sentences.Select(s => s.DocumentId)); // unrelated records: each its own document
    }

    [Fact]
    public void A_limit_takes_the_first_records_and_overlaps_keep_the_longer_span()
    {
        using var folder = new TempFolder();
        var path = folder.Write("train.json", Encoding.UTF8.GetBytes(
            "{\"text\": \"浙江省政府\", \"label\": {\"government\": {\"浙江省政府\": [[0, 4]]}, \"address\": {\"浙江省\": [[0, 2]]}}}\n" +
            "{\"text\": \"第二条\", \"label\": {}}\n"));

        var sentences = ClueNerReader.Read(path, limit: 1).ToList();

        var only = Assert.Single(sentences);
        Assert.Equal(new EntitySpan(0, 5, EntityType.ORG), Assert.Single(only.Entities));
    }

    [Fact]
    public void A_span_outside_the_text_is_an_error_naming_the_record()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bad.json", Encoding.UTF8.GetBytes("{\"text\": \"短\", \"label\": {\"name\": {\"短\": [[0, 5]]}}}"));
        var e = Assert.Throws<InvalidDataException>(() => ClueNerReader.Read(path).ToList());
        Assert.Contains("record 1", e.Message);
    }
}
