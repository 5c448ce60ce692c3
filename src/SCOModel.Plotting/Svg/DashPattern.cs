using SCOModel.Plotting.Charts;

namespace SCOModel.Plotting.Svg;

/// <summary>SVG stroke-dasharray values for the line dashes, scaled with the line width so thick lines keep their rhythm.</summary>
internal static class DashPattern
{
    public static string? For(LineDash dash, double lineWidth) => dash switch
    {
        LineDash.Dashed => $"{SvgNumber.Format(4 * lineWidth)} {SvgNumber.Format(2.5 * lineWidth)}",
        LineDash.Dotted => $"{SvgNumber.Format(lineWidth)} {SvgNumber.Format(2 * lineWidth)}",
        _ => null,
    };
}
