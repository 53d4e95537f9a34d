using System.Text;
using EntityPipeline.Evaluation;

namespace EntityPipeline.Tests.Evaluation;

public sealed class UnitCountsTableTests
{
    [Fact]
    public void Units_read_back_as_written()
    {
        using var folder = new TempFolder();
        var units = new List<UnitCounts> { new(3, 2, 2), new(0, 1, 0), new(5, 5, 4) };
        UnitCountsTable.Write(folder.File("units.csv"), [("msra_dev.bio", units), ("gold.tsv", [new(1, 1, 1)])]);

        var read = UnitCountsTable.Read(folder.File("units.csv"));

        Assert.Equal(units, read["msra_dev.bio"]);
        Assert.Equal([new UnitCounts(1, 1, 1)], read["gold.tsv"]);
    }

    [Fact]
    public void A_bad_row_is_an_error_naming_the_file_and_line()
    {
        using var folder = new TempFolder();
        folder.Write("units.csv", Encoding.UTF8.GetBytes("set,unit,gold,predicted,correct\nmsra,0,3,2,2\nmsra,1,2,2,3\n"));

        var error = Assert.Throws<InvalidDataException>(() => UnitCountsTable.Read(folder.File("units.csv")));

        Assert.StartsWith(folder.File("units.csv") + ":3:", error.Message);
    }
}
