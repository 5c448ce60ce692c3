using System.Text.Json.Nodes;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;
using SCOModel.Mechanics.WineRack;

namespace SCOModel.Mechanics.Tests.WineRack;

/// <summary>The NLC figures of summary.json: where each axis has K &lt; 0, in ranges and stretches of the path.</summary>
public class NegativeLinearCompressibilityTests
{
    private static PointResult Point(Branch branch, double pressure, double ka, double kb) =>
        new(branch, new ControlPoint(300, pressure), Estimate.Exact(0.5), Estimate.Exact(0), Estimate.Exact(double.NaN))
        {
            Observables = new ModelObservables(
            [
                (WineRackObservables.CompressibilityA, Estimate.Exact(ka)),
                (WineRackObservables.CompressibilityB, Estimate.Exact(kb)),
            ]),
        };

    /// <summary>NLC along a on compression below and above a masked window, none along b.</summary>
    private static readonly PointResult[] Masked =
    [
        Point(Branch.Compression, 0.0, -0.03, 0.1),
        Point(Branch.Compression, 0.1, -0.02, 0.1),
        Point(Branch.Compression, 0.2, 0.15, 0.3),
        Point(Branch.Compression, 0.3, -0.01, 0.1),
        Point(Branch.Compression, 0.4, -0.025, 0.1),
        Point(Branch.Decompression, 0.4, -0.025, 0.1),
        Point(Branch.Decompression, 0.3, 0.2, 0.1),
    ];

    [Fact]
    public void TheAxisWithNlcHasItsRangesStretchesAndMinimum()
    {
        var a = NegativeLinearCompressibility.Along(Masked, WineRackObservables.CompressibilityA);
        Assert.True(a.Negative);
        Assert.Equal(5, a.Points);
        Assert.Equal((0.0, 0.4), a.PressureRangeGPa);
        Assert.Equal((300.0, 300.0), a.TemperatureRangeK);
        Assert.Equal(-0.03, a.Minimum!.Value.PerGPa);
        Assert.Equal(0.0, a.Minimum!.Value.At.PressureGPa);

        // The SCO window at 0.2 GPa splits the compression branch; the turning point starts a new branch.
        Assert.Equal(
            [(Branch.Compression, 2, 0.0, 0.1), (Branch.Compression, 2, 0.3, 0.4), (Branch.Decompression, 1, 0.4, 0.4)],
            a.Stretches.Select(s => (s.Branch, s.Points, s.FromPressureGPa, s.ToPressureGPa)));
    }

    [Fact]
    public void AnAxisWithoutNlcHasNoRange()
    {
        var b = NegativeLinearCompressibility.Along(Masked, WineRackObservables.CompressibilityB);
        Assert.False(b.Negative);
        Assert.Null(b.PressureRangeGPa);
        Assert.Empty(b.Stretches);
        Assert.Equal(0.1, b.Minimum!.Value.PerGPa);
    }

    [Fact]
    public void TheSummaryObjectNamesBothAxesWithNullsWhereThereIsNoNlc()
    {
        var summary = new JsonObject();
        NegativeLinearCompressibility.AddTo(summary, Masked);
        var nlc = summary["nlc"]!;
        Assert.True(nlc["a"]!["negative"]!.GetValue<bool>());
        Assert.Equal(0.4, nlc["a"]!["pressure_range_GPa"]![1]!.GetValue<double>());
        Assert.Equal("compression", nlc["a"]!["stretches"]![0]!["branch"]!.GetValue<string>());
        Assert.False(nlc["b"]!["negative"]!.GetValue<bool>());
        Assert.Null(nlc["b"]!["pressure_range_GPa"]);
        Assert.Contains("analytic", nlc["method"]!.GetValue<string>());
    }
}
