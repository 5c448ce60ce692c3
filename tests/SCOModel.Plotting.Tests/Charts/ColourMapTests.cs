using SCOModel.Plotting.Charts;

namespace SCOModel.Plotting.Tests.Charts;

public sealed class ColourMapTests
{
    [Fact]
    public void ViridisRunsFromDarkPurpleToYellowThroughItsPublishedColours()
    {
        Assert.Equal("#440154", ColourMap.Viridis.At(0).Hex);
        Assert.Equal("#21918c", ColourMap.Viridis.At(0.5).Hex);
        Assert.Equal("#fde725", ColourMap.Viridis.At(1).Hex);
        Assert.Equal("#fde725", ColourMap.Viridis.At(7).Hex);
    }

    [Fact]
    public void ViridisLightnessRisesMonotonicallySoItReadsInGreyscale()
    {
        double previous = -1;
        for (int i = 0; i <= 200; i++)
        {
            double luminance = RelativeLuminance(ColourMap.Viridis.At(i / 200.0));
            Assert.True(luminance > previous, $"luminance falls at t = {i / 200.0}");
            previous = luminance;
        }
    }

    [Fact]
    public void OkabeItoSeriesColoursAreDistinctAndCycle()
    {
        Assert.Equal(8, Palette.Series.Distinct().Count());
        Assert.Equal(Palette.ForSeries(0), Palette.ForSeries(8));
    }

    private static double RelativeLuminance(Colour c)
    {
        static double Linear(byte channel)
        {
            double v = channel / 255.0;
            return v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Linear(c.R)) + (0.7152 * Linear(c.G)) + (0.0722 * Linear(c.B));
    }
}
