using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using CsvHelper;

namespace EntityPipeline.Output.Workbook;

/// <summary>
/// The columns of a table's sheet, read from the same row record as its CSV (names and order from its
/// <see cref="CsvColumnAttribute"/>s), typed as the data dictionary says: whole numbers and confidence are numbers;
/// everything else is text, figures' value and dates included, so a spreadsheet converts nothing.
/// </summary>
internal static class TableColumns<TRow>
{
    private static readonly (SheetColumn Column, Func<TRow, object?> Get)[] Layout = Build();

    public static IReadOnlyList<SheetColumn> Columns { get; } = [.. Layout.Select(l => l.Column)];

    /// <summary>The row's cells in column order, numbers in invariant culture.</summary>
    public static string[] Cells(TRow row)
    {
        var cells = new string[Layout.Length];
        for (int i = 0; i < cells.Length; i++)
            cells[i] = Convert.ToString(Layout[i].Get(row), CultureInfo.InvariantCulture) ?? "";
        return cells;
    }

    private static (SheetColumn, Func<TRow, object?>)[] Build() =>
        [.. typeof(TRow).GetProperties()
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<CsvColumnAttribute>()))
            .Where(p => p.Attribute?.Name is not null)
            .OrderBy(p => p.Attribute!.Index)
            .Select(p => (Column(p.Attribute!.Name!, p.Property.PropertyType), Getter(p.Property)))];

    private static SheetColumn Column(string name, Type type)
    {
        var kind = type == typeof(int) || type == typeof(long) || name == "confidence" ? CellKind.Number : CellKind.Text;
        return new SheetColumn(name, kind, ColumnWidths.For(name, kind));
    }

    private static Func<TRow, object?> Getter(PropertyInfo property)
    {
        var row = Expression.Parameter(typeof(TRow));
        return Expression.Lambda<Func<TRow, object?>>(Expression.Convert(Expression.Property(row, property), typeof(object)), row).Compile();
    }
}
