using EntityPipeline.Text;

namespace EntityPipeline.Tests.Text;

public sealed class TabSeparatedPairsTests
{
    private static readonly TabSeparatedPairs.Parse<int> Count = (string text, out int value) => int.TryParse(text, out value) && value > 0;

    [Fact]
    public void Lines_become_pairs_in_order_and_comments_are_skipped_only_when_asked()
    {
        var pairs = TabSeparatedPairs.Read(new StringReader("# places\n\n江苏\t3\n#话题#\t2\n上海\t1\n"), Count, "count", line => $"f:{line}", comments: true);
        Assert.Equal([KeyValuePair.Create("江苏", 3), KeyValuePair.Create("上海", 1)], pairs);

        // Without comments a key may start with # (a hashtag in a lexicon), and an empty line is damage.
        Assert.Equal([KeyValuePair.Create("#话题#", 2)], TabSeparatedPairs.Read(new StringReader("#话题#\t2\n"), Count, "count", line => $"f:{line}"));
        var error = Assert.Throws<InvalidDataException>(() => TabSeparatedPairs.Read(new StringReader("#话题#\t2\n\n"), Count, "count", line => $"f:{line}"));
        Assert.StartsWith("f:2: expected 'string<TAB>count'", error.Message);
    }

    [Theory]
    [InlineData("江苏")]       // no tab
    [InlineData("\t3")]       // no key
    [InlineData("江苏\t0")]    // a value the parser refuses
    [InlineData("江苏\tthree")]
    public void A_malformed_line_is_named_with_its_text(string line)
    {
        var error = Assert.Throws<InvalidDataException>(() => TabSeparatedPairs.Read(new StringReader("上海\t1\n" + line + "\n"), Count, "count", n => $"model.zip: lexicon.tsv line {n}"));
        Assert.Equal($"model.zip: lexicon.tsv line 2: expected 'string<TAB>count', found '{line}'", error.Message);
    }
}
