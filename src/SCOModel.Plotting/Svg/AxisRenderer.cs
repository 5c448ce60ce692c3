using System.Xml.Linq;
using SCOModel.Plotting.Charts;

namespace SCOModel.Plotting.Svg;

/// <summary>
/// Draws the bottom and left axes of a frame: outward ticks (so they never cover data), tick labels and the axis
/// titles; and measures how much room they need, so that the frame can be laid out before anything is drawn.
/// </summary>
internal static class AxisRenderer
{
    private const double LabelGap = 5;
    private const double TitleGap = 12;

    /// <summary>The room below the frame: ticks, a row of labels, the title.</summary>
    public static double BottomRoom =>
        Typography.MajorTickLength + LabelGap + Typography.TickLabelSize + TitleGap + Typography.AxisTitleSize + 4;

    /// <summary>The room left of the frame: ticks, the widest label, the rotated title.</summary>
    public static double LeftRoom(TickSet ticks) =>
        Typography.MajorTickLength + LabelGap + WidestLabel(ticks) + TitleGap + Typography.AxisTitleSize;

    /// <summary>Half the last x label, which may hang past the frame's right edge.</summary>
    public static double RightOverhang(TickSet ticks) =>
        ticks.Labels.Count == 0 ? 0 : TextMetrics.Width(ticks.Labels[^1], Typography.TickLabelSize) / 2;

    public static double WidestLabel(TickSet ticks) =>
        ticks.Labels.Count == 0 ? 0 : ticks.Labels.Max(l => TextMetrics.Width(l, Typography.TickLabelSize));

    public static void DrawBottom(XElement parent, AxisMap map, PlotFrame frame, string title)
    {
        var axis = SvgCanvas.Group(parent, "x-axis");
        var ticks = map.Ticks;
        double spacing = ticks.Major.Count > 1 ? Math.Abs(map.ToPixel(ticks.Major[1]) - map.ToPixel(ticks.Major[0])) : double.MaxValue;

        // Labels too wide for their spacing: label every other tick rather than let them run together.
        int every = WidestLabel(ticks) + 10 > spacing ? 2 : 1;
        double baseline = frame.Bottom + Typography.MajorTickLength + LabelGap + (Typography.TickLabelSize * 0.8);
        for (int i = 0; i < ticks.Major.Count; i++)
        {
            double x = map.ToPixel(ticks.Major[i]);
            Tick(axis, x, frame.Bottom, x, frame.Bottom + Typography.MajorTickLength);
            if (i % every == 0)
            {
                SvgCanvas.Text(axis, x, baseline, ticks.Labels[i], Typography.TickLabelSize, TextAnchor.Middle,
                    cssClass: "tick-label");
            }
        }

        foreach (double v in ticks.Minor)
        {
            double x = map.ToPixel(v);
            Tick(axis, x, frame.Bottom, x, frame.Bottom + Typography.MinorTickLength);
        }

        SvgCanvas.Text(axis, frame.CentreX, baseline + TitleGap + Typography.AxisTitleSize, title,
            Typography.AxisTitleSize, TextAnchor.Middle, cssClass: "axis-title");
    }

    public static void DrawLeft(XElement parent, AxisMap map, PlotFrame frame, string title)
    {
        var axis = SvgCanvas.Group(parent, "y-axis");
        var ticks = map.Ticks;
        double labelRight = frame.Left - Typography.MajorTickLength - LabelGap;
        for (int i = 0; i < ticks.Major.Count; i++)
        {
            double y = map.ToPixel(ticks.Major[i]);
            Tick(axis, frame.Left - Typography.MajorTickLength, y, frame.Left, y);
            SvgCanvas.Text(axis, labelRight, y + (Typography.TickLabelSize * 0.35), ticks.Labels[i],
                Typography.TickLabelSize, TextAnchor.End, cssClass: "tick-label");
        }

        foreach (double v in ticks.Minor)
        {
            double y = map.ToPixel(v);
            Tick(axis, frame.Left - Typography.MinorTickLength, y, frame.Left, y);
        }

        double titleX = labelRight - WidestLabel(ticks) - TitleGap;
        SvgCanvas.Text(axis, titleX, frame.CentreY, title, Typography.AxisTitleSize, TextAnchor.Middle, rotate: -90,
            cssClass: "axis-title");
    }

    /// <summary>Light lines across the frame at the major ticks.</summary>
    public static void DrawGrid(XElement parent, AxisMap x, AxisMap y, PlotFrame frame)
    {
        var grid = SvgCanvas.Group(parent, "grid", ("stroke", Typography.GridLine.Hex), ("stroke-width", 0.8));
        foreach (double v in x.Ticks.Major)
        {
            double px = x.ToPixel(v);
            SvgCanvas.Add(grid, "line", ("x1", px), ("y1", frame.Top), ("x2", px), ("y2", frame.Bottom));
        }

        foreach (double v in y.Ticks.Major)
        {
            double py = y.ToPixel(v);
            SvgCanvas.Add(grid, "line", ("x1", frame.Left), ("y1", py), ("x2", frame.Right), ("y2", py));
        }
    }

    private static void Tick(XElement parent, double x1, double y1, double x2, double y2) =>
        SvgCanvas.Add(parent, "line", ("x1", x1), ("y1", y1), ("x2", x2), ("y2", y2),
            ("stroke", Typography.Frame.Hex), ("stroke-width", 1));
}
