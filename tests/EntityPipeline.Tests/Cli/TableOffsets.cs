using EntityPipeline.Input;
using EntityPipeline.Output;
using EntityPipeline.Text;

namespace EntityPipeline.Tests.Cli;

/// <summary>Checks that every row of every table with offsets has text == document text[start..end].</summary>
internal static class TableOffsets
{
    /// <param name="unescape">Undo the spreadsheet escape (<see cref="TableFormat.UnescapeCell"/>) before comparing: tables written without --plain.</param>
    public static void AssertEveryRowIsItsSlice(string outputFolder, string inputFolder, bool unescape = false)
    {
        var texts = new Dictionary<string, string>();
        string TextOf(string docId) => texts.TryGetValue(docId, out var t) ? t
            : texts[docId] = TextDecoder.Decode(File.ReadAllBytes(Path.Combine(inputFolder, docId))).Text;

        int checkedRows = 0;
        foreach (var table in new[] { TableNames.Sentences, TableNames.Entities, TableNames.Figures })
        {
            var csv = CsvTable.Read(Path.Combine(outputFolder, table));
            int doc = csv.IndexOf("doc_id"), start = csv.IndexOf("start"), end = csv.IndexOf("end"), text = csv.IndexOf("text");
            foreach (var row in csv.Rows)
            {
                var full = TextOf(row.Get(doc));
                int s = int.Parse(row.Get(start)), e = int.Parse(row.Get(end));
                Assert.InRange(s, 0, e - 1);
                Assert.InRange(e, s + 1, full.Length);
                Assert.Equal(full[s..e], unescape ? TableFormat.UnescapeCell(row.Fields[text]) : row.Fields[text]);
                checkedRows++;
            }
        }
        Assert.True(checkedRows > 0, "no rows with offsets were written");
    }
}
