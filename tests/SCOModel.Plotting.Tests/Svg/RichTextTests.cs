using SCOModel.Plotting.Svg;

namespace SCOModel.Plotting.Tests.Svg;

public sealed class RichTextTests
{
    [Fact]
    public void BracedSubAndSuperscriptsAreMarkupAndBareUnderscoresAreNot()
    {
        Assert.Equal(
            [("n", Baseline.Normal), ("HS", Baseline.Subscript), (" in Å", Baseline.Normal), ("3", Baseline.Superscript)],
            RichText.Parse("n_{HS} in Å^{3}"));
        Assert.Equal([("n_hs_stderr", Baseline.Normal)], RichText.Parse("n_hs_stderr"));
        Assert.Equal([("x_{", Baseline.Normal)], RichText.Parse("x_{"));
        Assert.Equal("T1/2↑ = 206.3 K", RichText.Plain("T_{1/2}↑ = 206.3 K"));
    }
}
