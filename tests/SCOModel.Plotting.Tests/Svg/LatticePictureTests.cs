using SCOModel.Plotting.Charts;
using SCOModel.Plotting.Svg;
using SCOModel.Plotting.Tests.Support;

namespace SCOModel.Plotting.Tests.Svg;

public sealed class LatticePictureTests
{
    [Fact]
    public void EverySiteIsADiscInTheGroupOfItsStateWithALegendOfStates()
    {
        var sites = new[] { new LatticeSite(0, 0, 0), new LatticeSite(1, 0, 1), new LatticeSite(2, 0, 1) };
        var picture = new LatticePicture(sites, [new SiteState("HS", Palette.Vermillion), new SiteState("LS", Palette.Blue)]);

        var document = SvgQuery.Parse(SvgRenderer.Render(new Figure(picture)));

        var groups = SvgQuery.ByClass(document, "sites").ToList();
        Assert.Equal(["HS", "LS"], groups.Select(g => SvgQuery.Attribute(g, "data-state")));
        Assert.Equal([1, 2], groups.Select(g => g.Elements(SvgQuery.Svg + "circle").Count()));
        Assert.Equal(Palette.Vermillion.Hex, SvgQuery.Attribute(groups[0], "fill"));
        Assert.Equal(["HS", "LS"], SvgQuery.ByClass(document, "legend-entry").Select(e => SvgQuery.Attribute(e, "data-name")));
    }

    [Fact]
    public void ASiteReferringToAMissingStateIsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new LatticePicture([new LatticeSite(0, 0, 2)], [new SiteState("HS", Palette.Vermillion)]));
        Assert.Contains("site 0 refers to state 2", error.Message);
    }
}
