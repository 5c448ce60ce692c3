using SCOModel.Core.Configuration;
using SCOModel.Core.Engines;
using SCOModel.Core.Lattices;
using SCOModel.Core.PhaseDiagrams;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;
using SCOModel.Core.Units;

namespace SCOModel.MeanField.Tests;

/// <summary>
/// Pressure in mean field against the closed forms of PHYSICS.md §2, in kelvin units (R = 1): Δ(P) = Δ + P ΔV χ with
/// χ = 72.4297 K/(GPa Å^3); equilibrium ln((1 − x)/x) = [Δ(P) + Γ(1 − 2x) − T ln g]/T; Γ = 2 z J on a z-coordinated
/// lattice. All references are computed here from those formulas, independently of the engine's solver.
/// </summary>
public class PressureClosedFormTests
{
    private const double DeltaK = 1000;
    private const double LnG = 5;
    private const double DeltaVA3 = 25;

    private static double Chi => PhysicalUnits.KelvinFromPressureVolume(1, 1);

    private static SimulationConfig Config(double couplingK, Protocol protocol) => new(
        "pressure closed forms", 1,
        new IsingLikeModelConfig
        {
            DeltaK = DeltaK,
            LnG = LnG,
            CouplingK = couplingK,
            DeltaVA3 = DeltaVA3,
            Lattice = new LatticeSpec(LatticeKind.Square, [8, 8]),
        },
        protocol, new MonteCarloSettings());

    private static IReadOnlyList<PointResult> Run(SimulationConfig config) =>
        new MeanFieldEngine().Run(config, RunContext.Default).Points;

    /// <summary>T(x) on the equilibrium curve at pressure P: [Δ(P) + Γ(1 − 2x)] / [ln g + ln((1 − x)/x)].</summary>
    private static double TemperatureOnCurve(double x, double pressure, double gamma) =>
        (DeltaK + (pressure * DeltaVA3 * Chi) + (gamma * (1 - (2 * x)))) / (LnG + Math.Log((1 - x) / x));

    /// <summary>The stationary points of f on (0, 1/2) and (1/2, 1) ... found by scanning the sign of f' and bisecting.</summary>
    private static List<double> Extrema(Func<double, double> f, double from, double to)
    {
        double Derivative(double x) => (f(x + 1e-9) - f(x - 1e-9)) / 2e-9;
        var roots = new List<double>();
        const int n = 20000;
        for (int k = 0; k < n; k++)
        {
            double a = from + ((to - from) * k / n);
            double b = from + ((to - from) * (k + 1) / n);
            if (Derivative(a) * Derivative(b) < 0)
            {
                for (int i = 0; i < 60; i++)
                {
                    double m = (a + b) / 2;
                    (a, b) = Derivative(a) * Derivative(m) <= 0 ? (a, m) : (m, b);
                }

                roots.Add((a + b) / 2);
            }
        }

        return roots;
    }

    [Fact]
    public void TransitionLineFollowsClausiusClapeyronToAThousandth()
    {
        // J = 10 K: Γ = 80 K < 2 T1/2, no loop; T1/2(P) = Δ(P)/ln g exactly (x = 1/2 where Γ drops out).
        var grid = new PhaseDiagram(ValueRange.Inclusive(0, 0.3, 0.05), ValueRange.Inclusive(150, 320, 0.5));
        var config = Config(10, grid);
        var analysis = PhaseDiagramAnalysis.Of(grid, Run(config), ((IsingLikeModelConfig)config.Model).Parameters);
        double expected = DeltaVA3 * Chi / LnG;
        Assert.Equal(expected, analysis.SlopeKPerGPa!.Value, expected * 1e-3);
        Assert.Equal(expected, analysis.ClausiusClapeyronKPerGPa!.Value, 1e-9);
        Assert.All(analysis.Lines, l => Assert.Equal((DeltaK + (l.FixedValue * DeltaVA3 * Chi)) / LnG, l.Half!.Value.Value, 0.05));
        Assert.Null(analysis.CriticalPoint);
    }

    [Fact]
    public void SpinodalLinesAreTheExtremaOfTheEquilibriumCurveAtEveryPressure()
    {
        // J = 60 K: Γ = 480 K; the loop is open while T1/2(P) < Γ/2 = 240 K, i.e. below P_c ≈ 0.11 GPa.
        const double step = 0.1;
        double gamma = 2 * 4 * 60;
        var grid = new PhaseDiagram([0, 0.03, 0.06, 0.09], ValueRange.Inclusive(150, 300, step));
        var analysis = PhaseDiagramAnalysis.Of(grid, Run(Config(60, grid)), null);
        foreach (var line in analysis.Lines)
        {
            double p = line.FixedValue;
            var extrema = Extrema(x => TemperatureOnCurve(x, p, gamma), 1e-6, 0.999);
            var stationary = extrema.Select(x => TemperatureOnCurve(x, p, gamma)).Where(t => t > 0).ToArray();
            Assert.Equal(2, stationary.Length);
            double up = stationary.Max();
            double down = stationary.Min();
            Assert.InRange(line.Up!.Value.Value, up - step, up + step);
            Assert.InRange(line.Down!.Value.Value, down - step, down + step);
        }
    }

    [Fact]
    public void LoopClosesAtTheMeanFieldCriticalPoint()
    {
        // T_c = Γ/2 = 4 J = 240 K, reached where Δ(P_c) = T_c ln g.
        const double coupling = 60;
        double tc = 4 * coupling;
        double pc = ((tc * LnG) - DeltaK) / (DeltaVA3 * Chi);
        var grid = new PhaseDiagram(ValueRange.Inclusive(0, 0.2, 0.01), ValueRange.Inclusive(180, 300, 0.05));
        var analysis = PhaseDiagramAnalysis.Of(grid, Run(Config(coupling, grid)), null);
        var critical = analysis.CriticalPoint!;
        Assert.Equal("width-extrapolation", critical.Method);
        Assert.InRange(Math.Abs(critical.PressureGPa - pc), 0, 4 * critical.PressureStdErr);
        Assert.InRange(Math.Abs(critical.TemperatureK - tc), 0, 4 * critical.TemperatureStdErr);
        Assert.True(critical.PressureStdErr < 0.005, $"σ_P = {critical.PressureStdErr} GPa");
    }

    [Fact]
    public void PressureLoopSwitchesAtTheClosedFormSpinodalPressures()
    {
        // At fixed T the equilibrium curve is P(x) = [T ln((1 − x)/x) − Γ(1 − 2x) + T ln g − Δ] / (ΔV χ); its extrema
        // solve x(1 − x) = T/(2Γ): compression leaves the HS branch at the maximum, x+ = [1 + √(1 − 2T/Γ)]/2, and
        // decompression leaves the LS branch at the minimum, x−.
        const double temperature = 210;
        const double step = 0.001;
        double gamma = 2 * 4 * 60;
        double PressureOnCurve(double x) =>
            ((temperature * Math.Log((1 - x) / x)) - (gamma * (1 - (2 * x))) + (temperature * LnG) - DeltaK) / (DeltaVA3 * Chi);
        double root = Math.Sqrt(1 - (2 * temperature / gamma));
        double compression = PressureOnCurve((1 + root) / 2);
        double decompression = PressureOnCurve((1 - root) / 2);

        var loop = new PressureLoop(ValueRange.Inclusive(-0.3, 0.4, step), temperature) { InitialState = InitialState.Hs };
        var summary = PressureTransitionSummary.Of(Run(Config(60, loop)))!;
        Assert.InRange(summary.PHalfUpGPa!.Value, compression - step, compression + step);
        Assert.InRange(summary.PHalfDownGPa!.Value, decompression - step, decompression + step);
        Assert.Equal(compression - decompression, summary.PressureWidthGPa!.Value, 2 * step);
    }
}
