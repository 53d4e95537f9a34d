using System.Linq.Expressions;
using System.Reflection;
using CsvHelper;

namespace EntityPipeline.Output.Workbook;

/// <summary>
/// The columns of a table's sheet, read from the same row record as its CSV (names and order from its
/// <see cref="CsvColumnAttribute"/>s), typed as the data dictionary says: whole numbers and confidence are numbers;
/// everything else is text, figures' value and dates included, so a spreadsheet converts nothing. Each column's cell is
/// written by a compiled getter of its property's own type (no boxing, no string per whole number).
/// </summary>
internal static class TableColumns<TRow>
{
    private delegate void CellWriter(TRow row, SheetRowWriter cells, int column, uint textStyle);

    private static readonly (SheetColumn Column, CellWriter Write)[] Layout = Build();

    public static IReadOnlyList<SheetColumn> Columns { get; } = [.. Layout.Select(l => l.Column)];

    /// <summary>Adds the row's cells in column order (<see cref="SheetRowWriter.Cell"/>), text in <paramref name="textStyle"/>.</summary>
    public static void Write(TRow row, SheetRowWriter cells, uint textStyle)
    {
        for (int i = 0; i < Layout.Length; i++)
            Layout[i].Write(row, cells, i, textStyle);
    }

    private static (SheetColumn, CellWriter)[] Build() =>
        [.. typeof(TRow).GetProperties()
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<CsvColumnAttribute>()))
            .Where(p => p.Attribute?.Name is not null)
            .OrderBy(p => p.Attribute!.Index)
            .Select(p => Column(p.Attribute!.Name!, p.Property))];

    private static (SheetColumn, CellWriter) Column(string name, PropertyInfo property)
    {
        // The row records hold whole numbers and text only (confidence is text, formatted as the CSV has it).
        var type = property.PropertyType;
        var kind = type == typeof(int) || name == "confidence" ? CellKind.Number : CellKind.Text;
        bool number = kind == CellKind.Number;
        CellWriter write;
        if (type == typeof(int))
        {
            var get = Getter<int>(property);
            write = (row, cells, i, _) => cells.Number(i, get(row));
        }
        else if (type == typeof(string))
        {
            var get = Getter<string?>(property);
            write = (row, cells, i, style) => cells.Cell(i, get(row) ?? "", number, style);
        }
        else throw new NotSupportedException($"{typeof(TRow).Name}.{property.Name}: a table column is an int or a string, not {type.Name}");
        return (new SheetColumn(name, kind, ColumnWidths.For(name, kind)), write);
    }

    private static Func<TRow, T> Getter<T>(PropertyInfo property)
    {
        var row = Expression.Parameter(typeof(TRow));
        return Expression.Lambda<Func<TRow, T>>(Expression.Convert(Expression.Property(row, property), typeof(T)), row).Compile();
    }
}
