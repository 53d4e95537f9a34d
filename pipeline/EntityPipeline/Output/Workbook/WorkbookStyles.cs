using DocumentFormat.OpenXml.Spreadsheet;

namespace EntityPipeline.Output.Workbook;

/// <summary>The few cell formats the workbook uses (indexes into styles.xml's cellXfs).</summary>
internal static class WorkbookStyles
{
    public const uint Default = 0;
    public const uint Header = 1;
    /// <summary>Wrapped and top-aligned: a sentence reads whole in its cell.</summary>
    public const uint Wrapped = 2;
    /// <summary>The Text number format (@), top-aligned: what a user types into the column stays text (1.5, 2023-09-28).</summary>
    public const uint TypedAsText = 3;
    public const uint Note = 4;
    /// <summary>A number, top-aligned beside a wrapped sentence.</summary>
    public const uint TopNumber = 5;

    /// <summary>The colour of a mention inside its sentence (with bold).</summary>
    public const string MentionColor = "FFC00000";

    public static Stylesheet Create() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new Color { Rgb = MentionColor }, new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 3 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 },
            new CellFormat { FontId = 1, FillId = 0, BorderId = 0, NumberFormatId = 0, ApplyFont = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0, ApplyAlignment = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top }) { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 49, ApplyNumberFormat = true, ApplyAlignment = true },
            new CellFormat { FontId = 2, FillId = 0, BorderId = 0, NumberFormatId = 0, ApplyFont = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top }) { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0, ApplyAlignment = true }) { Count = 6 });
}
