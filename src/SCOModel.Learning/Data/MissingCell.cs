namespace SCOModel.Learning.Data;

/// <summary>The spellings of a missing value in a CSV cell: empty, NA, N/A, NaN, null, or a lone dash.</summary>
public static class MissingCell
{
    private static readonly string[] Spellings = ["", "na", "n/a", "nan", "null", "-", "?"];

    public static bool IsMissing(string? cell) =>
        cell is null || Array.IndexOf(Spellings, cell.Trim().ToLowerInvariant()) >= 0;
}
