namespace LogMetrics.Language.Text;

/// <summary>
/// A position as mtail keeps it: one 0-based line and 0-based start and end byte columns on it.
/// mtail's positions never span lines; merging two positions on different lines keeps the first,
/// and diagnostics must point where mtail points, so this type reproduces that rule.
/// </summary>
public readonly record struct SourcePos(int Line, int StartColumn, int EndColumn)
{
    /// <summary>The union of two positions on one line; on different lines, <paramref name="a"/>.</summary>
    public static SourcePos Merge(SourcePos a, SourcePos b)
    {
        if (a.Line != b.Line)
        {
            return a;
        }
        return new SourcePos(a.Line, Math.Min(a.StartColumn, b.StartColumn), Math.Max(a.EndColumn, b.EndColumn));
    }

    /// <summary>Merges nullable positions the way mtail merges optional child positions.</summary>
    public static SourcePos? Merge(SourcePos? a, SourcePos? b) =>
        a is null ? b : b is null ? a : Merge(a.Value, b.Value);

    /// <summary>Converts to the printed, 1-based form.</summary>
    public Diagnostics.SourceLocation ToLocation(string file) =>
        new(file, Line + 1, StartColumn + 1, EndColumn + 1);
}
