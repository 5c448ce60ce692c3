using SCOModel.Plotting.Charts;

namespace SCOModel.Plotting.Svg;

/// <summary>
/// Draws a <see cref="LatticePicture"/>: sites as discs at their positions (aspect ratio kept, y up), one group per
/// state so the file stays small for thousands of sites, the legend of states to the right, a caption below.
/// </summary>
internal static class LatticePictureRenderer
{
    private const double Margin = 14;

    public static void Render(SvgCanvas canvas, Figure figure, LatticePicture picture)
    {
        var entries = picture.States
            .Select(s => new LegendEntry(s.Label, LegendSwatch.Disc, s.Colour))
            .ToList();
        var (legendWidth, _) = LegendBox.Measure(entries);
        double top = TitleRenderer.TopRoom(figure) + 4;
        double bottom = Margin + (string.IsNullOrWhiteSpace(picture.Caption) ? 0 : Typography.CaptionSize + 8);
        var area = new PlotFrame(Margin, top, figure.WidthPx - (3 * Margin) - legendWidth, figure.HeightPx - top - bottom);
        if (area.Width < 40 || area.Height < 40)
        {
            throw new ArgumentException(
                $"a {figure.WidthPx} x {figure.HeightPx} px figure leaves no room for the lattice beside its legend");
        }

        TitleRenderer.Draw(canvas, figure, area.CentreX);
        var sites = picture.Sites;
        if (sites.Count > 0)
        {
            double spacing = NearestSpacing(sites);
            double minX = sites.Min(s => s.X), maxX = sites.Max(s => s.X);
            double minY = sites.Min(s => s.Y), maxY = sites.Max(s => s.Y);

            // Half a spacing of room around the outermost sites, so their discs are whole.
            double scale = Math.Min(area.Width / (maxX - minX + spacing), area.Height / (maxY - minY + spacing));
            double originX = area.CentreX - (scale * (minX + maxX) / 2);
            double originY = area.CentreY + (scale * (minY + maxY) / 2);
            double radius = Math.Max(0.6, 0.42 * spacing * scale);
            var drawing = SvgCanvas.Group(canvas.Root, "lattice");
            for (int state = 0; state < picture.States.Count; state++)
            {
                var group = SvgCanvas.Group(drawing, "sites", ("data-state", RichText.Plain(picture.States[state].Label)),
                    ("fill", picture.States[state].Colour.Hex));
                foreach (var site in sites.Where(s => s.State == state))
                {
                    SvgCanvas.Add(group, "circle", ("cx", originX + (scale * site.X)), ("cy", originY - (scale * site.Y)),
                        ("r", radius));
                }
            }
        }

        LegendBox.Draw(canvas.Root, entries, figure.WidthPx - Margin - legendWidth, top);
        if (!string.IsNullOrWhiteSpace(picture.Caption))
        {
            SvgCanvas.Text(canvas.Root, Margin, figure.HeightPx - Margin, picture.Caption, Typography.CaptionSize,
                colour: Typography.SecondaryInk, cssClass: "caption");
        }
    }

    /// <summary>
    /// The smallest distance between two distinct sites (the disc size follows it). Exact up to a few thousand sites;
    /// beyond, measured from an even sample of sites to all others, which finds the lattice spacing all the same.
    /// </summary>
    private static double NearestSpacing(IReadOnlyList<LatticeSite> sites)
    {
        int stride = Math.Max(1, sites.Count / 400);
        double best = double.PositiveInfinity;
        for (int i = 0; i < sites.Count; i += stride)
        {
            for (int j = 0; j < sites.Count; j++)
            {
                double dx = sites[i].X - sites[j].X, dy = sites[i].Y - sites[j].Y;
                double d2 = (dx * dx) + (dy * dy);
                if (d2 > 1e-18 && d2 < best)
                {
                    best = d2;
                }
            }
        }

        return double.IsFinite(best) ? Math.Sqrt(best) : 1;
    }
}
