using EntityPipeline.Input;

namespace EntityPipeline.Tests.Input;

public sealed class DocumentSourceTests
{
    [Fact]
    public void Lists_every_txt_recursively_in_doc_id_order_with_slash_separators()
    {
        using var folder = new TempFolder();
        foreach (var name in new[] { "b.txt", "a/z.txt", "a/b c 中文.txt", "a/skip.csv", "C.TXT" })
            folder.Write(name, [0x41]);

        var files = DocumentSource.List(folder.Path);

        Assert.Equal(["C.TXT", "a/b c 中文.txt", "a/z.txt", "b.txt"], files.Select(f => f.DocId));
        Assert.All(files, f => Assert.True(File.Exists(f.FullPath)));
    }

    [Fact]
    public void A_symbolic_link_loop_is_walked_once()
    {
        using var folder = new TempFolder();
        folder.Write("sub/a.txt", [0x41]);
        Directory.CreateSymbolicLink(folder.File("sub/loop"), folder.Path);

        var files = DocumentSource.List(folder.Path);

        Assert.Equal(["sub/a.txt"], files.Select(f => f.DocId));
    }

    [Fact]
    public void A_missing_folder_is_an_error_naming_it()
    {
        var e = Assert.Throws<DirectoryNotFoundException>(() => DocumentSource.List("/no/such/folder"));
        Assert.Contains("/no/such/folder", e.Message);
    }
}
