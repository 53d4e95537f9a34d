using EntityPipeline.Documents;
using EntityPipeline.Training;

namespace EntityPipeline.Tests.Training;

public sealed class LatinNameSubstitutionTests
{
    private static readonly LatinNameSubstitution Forms = new([new("微软", "Microsoft"), new("克林顿", "Bill Clinton"), new("北京", "Beijing")]);

    private static AnnotatedSentence Sentence(string text, params (string Name, EntityType Type)[] entities) =>
        new(text, [.. entities.Select(e => new EntitySpan(text.IndexOf(e.Name, StringComparison.Ordinal), text.IndexOf(e.Name, StringComparison.Ordinal) + e.Name.Length, e.Type))]);

    private static string[] Mentions(AnnotatedSentence s) => [.. s.Entities.Select(e => $"{s.Text[e.Start..e.End]}/{e.Type}")];

    [Fact]
    public void Every_mention_with_a_form_is_written_in_it_and_keeps_its_type_and_context()
    {
        // Given a sentence with two names that have a Latin-script form, one that has none, and Latin letters beside one of them
        var sentence = Sentence("克林顿在北京会见了微软CEO和张伟。",
            ("克林顿", EntityType.PER), ("北京", EntityType.LOC), ("微软", EntityType.ORG), ("张伟", EntityType.PER));

        // When every mention that can be is written in Latin script
        var (result, written) = Forms.Apply([sentence], share: 1, seed: 0);

        // Then the words around them stay, a space keeps Microsoft apart from CEO, and each span covers its new text
        var rewritten = Assert.Single(result);
        Assert.Equal("Bill Clinton在Beijing会见了Microsoft CEO和张伟。", rewritten.Text);
        Assert.Equal(["Bill Clinton/PER", "Beijing/LOC", "Microsoft/ORG", "张伟/PER"], Mentions(rewritten));
        Assert.Equal(3, written);
    }

    [Fact]
    public void The_same_seed_writes_the_same_mentions_and_nothing_else_changes()
    {
        var sentences = Enumerable.Range(0, 40).Select(i => Sentence($"第{i}天，克林顿到了北京。", ("克林顿", EntityType.PER), ("北京", EntityType.LOC))).ToList();

        var (first, written) = Forms.Apply(sentences, share: 0.3, seed: 7);
        var (again, _) = Forms.Apply(sentences, share: 0.3, seed: 7);
        var (other, _) = Forms.Apply(sentences, share: 0.3, seed: 8);
        var (none, zero) = Forms.Apply(sentences, share: 0, seed: 7);

        Assert.Equal(first.Select(s => s.Text), again.Select(s => s.Text));
        Assert.NotEqual(first.Select(s => s.Text), other.Select(s => s.Text));
        Assert.InRange(written, 10, 40); // about 30% of 80
        Assert.Equal(first.Sum(s => s.Entities.Count(e => s.Text[e.Start] is 'B')), written); // Bill Clinton or Beijing
        Assert.Equal(sentences, none);
        Assert.Equal(0, zero);
    }

    [Fact]
    public void The_shipped_forms_load_and_a_damaged_file_is_refused_with_its_line()
    {
        var shipped = LatinNameSubstitution.Load();
        var (result, _) = shipped.Apply([Sentence("谷歌和比亚迪", ("谷歌", EntityType.ORG), ("比亚迪", EntityType.ORG))], share: 1, seed: 0);
        Assert.Equal("Google和BYD", result[0].Text);

        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "forms.tsv");
        File.WriteAllLines(path, ["# comment", "微软\tMicrosoft", "谷歌"]);
        var error = Assert.Throws<InvalidDataException>(() => LatinNameSubstitution.Load(path));
        Assert.Contains($"{path}:3", error.Message);
    }
}
