using SCOModel.Core.Protocols;
using SCOModel.Plotting.Charts;

namespace SCOModel.Plotting.SpinCrossover;

/// <summary>
/// How each branch of a path is drawn, the same in every SCOModel chart: heating is warm (vermillion), solid, with
/// filled right-pointing triangles; cooling is cool (blue), dashed, with open left-pointing triangles. Colour, dash,
/// fill and marker direction each tell the branches apart, so the figure survives greyscale print and colour blindness.
/// Pressure branches follow the spin state they drive to: compression (towards LS) is blue, solid, with filled
/// right-pointing triangles (pressure rises to the right); decompression (towards HS) is vermillion, dashed, open,
/// left-pointing.
/// </summary>
public static class BranchStyles
{
    /// <summary>The style of a branch.</summary>
    public static SeriesStyle For(Branch branch) => branch switch
    {
        Branch.Heating => new SeriesStyle
        {
            Colour = Palette.Vermillion,
            Dash = LineDash.Solid,
            Marker = MarkerShape.TriangleRight,
            Fill = MarkerFill.Filled,
        },
        Branch.Cooling => new SeriesStyle
        {
            Colour = Palette.Blue,
            Dash = LineDash.Dashed,
            Marker = MarkerShape.TriangleLeft,
            Fill = MarkerFill.Open,
        },
        Branch.Compression => new SeriesStyle
        {
            Colour = Palette.Blue,
            Dash = LineDash.Solid,
            Marker = MarkerShape.TriangleRight,
            Fill = MarkerFill.Filled,
        },
        Branch.Decompression => new SeriesStyle
        {
            Colour = Palette.Vermillion,
            Dash = LineDash.Dashed,
            Marker = MarkerShape.TriangleLeft,
            Fill = MarkerFill.Open,
        },
        Branch.Irradiation => new SeriesStyle
        {
            Colour = Palette.ReddishPurple,
            Dash = LineDash.Solid,
            Marker = MarkerShape.Circle,
            Fill = MarkerFill.Filled,
        },
        Branch.Relaxation => new SeriesStyle
        {
            Colour = Palette.Black,
            Dash = LineDash.Dashed,
            Marker = MarkerShape.Circle,
            Fill = MarkerFill.Open,
        },
        _ => new SeriesStyle
        {
            Colour = Palette.BluishGreen,
            Dash = LineDash.Solid,
            Marker = MarkerShape.Circle,
            Fill = MarkerFill.Filled,
        },
    };

    /// <summary>The colour of a branch (for marks that belong to it, such as its T1/2 line).</summary>
    public static Colour ColourOf(Branch branch) => For(branch).Colour ?? Palette.Black;

    /// <summary>The legend label of a branch.</summary>
    public static string Label(Branch branch) => branch switch
    {
        Branch.Heating => "Heating",
        Branch.Cooling => "Cooling",
        Branch.Scan => "Equilibrium scan",
        Branch.Compression => "Compression",
        Branch.Decompression => "Decompression",
        Branch.Irradiation => "Irradiation (light on)",
        Branch.Relaxation => "Relaxation (dark)",
        _ => branch.ToString(),
    };
}
