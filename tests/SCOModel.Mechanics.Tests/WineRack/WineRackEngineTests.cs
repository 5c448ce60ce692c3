using SCOModel.Core.Configuration;
using SCOModel.Core.Engines;
using SCOModel.Core.Lattices;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;
using SCOModel.Mechanics.WineRack;

namespace SCOModel.Mechanics.Tests.WineRack;

/// <summary>The engine walks the sweep-based protocols, writes exact observables and refuses what it cannot run.</summary>
public class WineRackEngineTests
{
    private static WineRackModelConfig Model(double gammaK = 550) => new()
    {
        DeltaK = 900,
        LnG = 6,
        InteractionK = gammaK,
        StrutLengthLsA = 6,
        StrutLengthChangeA = 0.15,
        HingeAngleLsDeg = 60,
        HingeStiffnessK = 1.3e5,
        StrutStiffnessKPerA2 = 1.25e5,
        LayerSpacingA = 10,
    };

    private static RunResult Run(Protocol protocol, ModelConfig? model = null) =>
        new WineRackEngine().Run(new SimulationConfig("wine-rack", 1, model ?? Model(), protocol, new MonteCarloSettings()),
            RunContext.Default);

    private static PressureLoop Loop(double temperatureK) =>
        new PressureLoop(Enumerable.Range(0, 41).Select(k => k * 0.025).ToArray(), temperatureK) { InitialState = InitialState.Hs };

    [Fact]
    public void APressureLoopCarriesEveryObservableExactly()
    {
        var result = Run(Loop(250));
        Assert.Equal(82, result.Points.Count);
        Assert.Equal(0, result.SpinFlipAttempts);
        Assert.Equal(Branch.Compression, result.Points[0].Branch);
        Assert.Equal(Branch.Decompression, result.Points[^1].Branch);
        string[] names =
        [
            "a_A", "b_A", "theta_deg", "strut_A", "area_A2", "volume_A3", "delta_v_A3", "k_a_per_GPa", "k_b_per_GPa",
            "k_volume_per_GPa",
        ];
        foreach (var point in result.Points)
        {
            Assert.Equal(names, point.Observables.Items.Select(i => i.Name));
            Assert.All(point.Observables.Items, i => Assert.Equal(0, i.Value.StdErr));
            Assert.Equal(0, point.NHs.StdErr);
            Assert.True(double.IsNaN(point.NearestNeighbourCorrelation.Mean));
            var a = point.Observables["a_A"]!.Value.Mean;
            var b = point.Observables["b_A"]!.Value.Mean;
            Assert.Equal(a * b / 2, point.Observables["area_A2"]!.Value.Mean, 10);
            Assert.Equal(10 * a * b / 2, point.Observables["volume_A3"]!.Value.Mean, 9);
        }
    }

    [Fact]
    public void ResultsCsvCarriesTheObservablesWithTheirErrorColumns()
    {
        var points = Run(Loop(300)).Points;
        var lines = ResultsCsv.Format(points).TrimEnd('\n').Split('\n');
        var header = lines[0].Split(',');
        int a = Array.IndexOf(header, "a_A");
        Assert.True(a > 0);
        Assert.Equal("a_A_stderr", header[a + 1]);
        Assert.Contains("k_a_per_GPa", header);
        Assert.Contains("k_b_per_GPa_stderr", header);
        Assert.Equal(points.Count + 1, lines.Length);
        var first = lines[1].Split(',');
        Assert.Equal(points[0].Observables["a_A"]!.Value.Mean, double.Parse(first[a], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0", first[a + 1]);
    }

    [Fact]
    public void ACooperativeLoopHasPressureHysteresisAndAScanTakesTheStableState()
    {
        var loop = Run(Loop(250)).Points;
        var summary = PressureTransitionSummary.Of(loop);
        Assert.NotNull(summary);
        Assert.True(summary.PHalfUpGPa > summary.PHalfDownGPa, "Γ = 550 K > 2T: the branches part");

        var model = WineRackModel.From(Model());
        foreach (double pressure in new[] { 0.3, 0.5, 0.7 })
        {
            var scan = Run(new TemperatureScan([250], pressure)).Points.Single();
            Assert.Equal(Branch.Scan, scan.Branch);
            Assert.Equal(model.StableState(250, pressure).NHs, scan.NHs.Mean, 14);
        }
    }

    [Fact]
    public void ATemperatureLoopAndAPhaseDiagramRun()
    {
        var loop = Run(new TemperatureLoop([100, 150, 200], 0) { InitialState = InitialState.Ls }).Points;
        Assert.Equal(6, loop.Count);
        var grid = Run(new PhaseDiagram([0, 0.5], [150, 250], PhaseDiagramLoop.Pressure) { InitialState = InitialState.Hs }).Points;
        Assert.Equal(8, grid.Count);
    }

    [Fact]
    public void ProtocolsInPhysicalTimeAreRefused()
    {
        var e = Assert.Throws<NotSupportedException>(() => Run(new Relaxation(50, 3600)));
        Assert.Contains("physical time", e.Message);
    }

    [Fact]
    public void OtherModelsAreRefused()
    {
        var ising = new IsingLikeModelConfig { DeltaK = 1000, LnG = 5, Lattice = new LatticeSpec(LatticeKind.Square, [8, 8]) };
        var e = Assert.Throws<NotSupportedException>(() => Run(Loop(300), ising));
        Assert.Contains("wine-rack", e.Message);
    }

    [Fact]
    public void PressuresBeyondTheHingeFoldAreRefusedBeforeRunning()
    {
        // P* = k_θ/(χ c L²) ≈ 5 GPa here; at 20 GPa the hinges give way.
        var e = Assert.Throws<ConfigException>(() => Run(new TemperatureScan([300], 20)));
        Assert.Equal("$.protocol", e.Location);
        Assert.Contains("hingeStiffnessK", e.Problem);
    }
}
