using System.Globalization;
using SCOModel.Structure.Contacts;

namespace SCOModel.Structure.Descriptors;

/// <summary>How the descriptor tables write their cells: invariant numbers, empty for undefined, CSV quoting.</summary>
internal static class DescriptorText
{
    /// <summary>A number rounded to <paramref name="decimals"/> places; empty when undefined.</summary>
    public static string Number(double value, int decimals) =>
        double.IsFinite(value) ? Math.Round(value, decimals).ToString("0.##########", CultureInfo.InvariantCulture) : string.Empty;

    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A CSV cell, quoted when it holds a comma, a quote or a line break (RFC 4180).</summary>
    public static string Cell(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    /// <summary>"I", "II", "intermediate" or empty.</summary>
    public static string Geometry(ContactGeometry geometry) => geometry switch
    {
        ContactGeometry.TypeI => "I",
        ContactGeometry.TypeII => "II",
        ContactGeometry.Intermediate => "intermediate",
        _ => string.Empty,
    };

    /// <summary>The words for a dimensionality.</summary>
    public static string Dimensionality(int rank) => rank switch
    {
        0 => "0D (discrete)",
        1 => "1D (chains)",
        2 => "2D (layers)",
        _ => "3D",
    };
}
