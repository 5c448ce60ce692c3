using System.Text.Json.Nodes;
using SCOModel.Core.Configuration;
using SCOModel.Core.Lattices;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;

namespace SCOModel.Core.Tests.Results;

public class SummaryJsonTests
{
    private static readonly SimulationConfig Config = new(
        "summary test",
        1,
        new IsingLikeModelConfig
        {
            DeltaK = 1000,
            LnG = 5,
            CouplingK = 100,
            Lattice = new LatticeSpec(LatticeKind.Square, [8, 8]),
        },
        new TemperatureLoop([190, 200, 210]),
        new MonteCarloSettings());

    private static PointResult Point(Branch branch, double t, double n) =>
        new(branch, new ControlPoint(t, 0), new Estimate(n, 0), Estimate.Exact(0), Estimate.Exact(0));

    [Fact]
    public void WritesEveryKeyWithNullsWhereThereIsNoCrossing()
    {
        var points = new[] { Point(Branch.Heating, 190, 0.1), Point(Branch.Heating, 200, 0.2), Point(Branch.Cooling, 190, 0.1) };
        var json = JsonNode.Parse(RunOutputs.SummaryJson(Config, points))!.AsObject();
        foreach (string key in new[] { "t_half_up_K", "t_half_down_K", "t_half_K", "hysteresis_width_K", "t_mid_up_K", "t_mid_down_K" })
        {
            Assert.True(json.ContainsKey(key), key);
        }

        Assert.Null(json["t_half_up_K"]);
        Assert.Null(json["hysteresis_width_K"]);
        Assert.Equal(195, json["t_mid_up_K"]!.GetValue<double>(), 9);
        Assert.Equal(200, json["t_eq_K"]!.GetValue<double>(), 9);
    }

    [Fact]
    public void WritesTheCrossings()
    {
        var points = new[]
        {
            Point(Branch.Heating, 190, 0.0), Point(Branch.Heating, 210, 1.0),
            Point(Branch.Cooling, 210, 1.0), Point(Branch.Cooling, 190, 0.0),
        };
        var json = JsonNode.Parse(RunOutputs.SummaryJson(Config, points))!.AsObject();
        Assert.Equal(200, json["t_half_up_K"]!.GetValue<double>(), 9);
        Assert.Equal(200, json["t_half_down_K"]!.GetValue<double>(), 9);
        Assert.Equal(0, json["hysteresis_width_K"]!.GetValue<double>(), 9);
    }
}
