using System.Globalization;

namespace SCOModel.Plotting.Svg;

/// <summary>
/// Numbers in SVG attributes: invariant culture (a German locale must not write 12,5), at most two decimals (a
/// hundredth of a pixel is below any display's resolution and keeps files small), no trailing zeros.
/// </summary>
internal static class SvgNumber
{
    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "SVG coordinates must be finite");
        }

        double rounded = Math.Round(value, 2);
        return (rounded == 0 ? 0 : rounded).ToString("0.##", CultureInfo.InvariantCulture);
    }
}
