using SCOModel.Core.Models;
using SCOModel.Core.PhaseDiagrams;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;
using SCOModel.Core.Units;

namespace SCOModel.Core.Tests.PhaseDiagrams;

/// <summary>
/// The analysis of a grid on synthetic loops whose crossings are known: a loop centred on T1/2(P) = 200 + 300 P with
/// width 2 (0.1 − P)/0.1 · 10 K (closing at P = 0.1 GPa) drawn as steps on a 1 K grid.
/// </summary>
public class PhaseDiagramAnalysisTests
{
    private static readonly double[] Temperatures = ValueRange.Inclusive(150, 300, 1);

    private static double Centre(double p) => 200 + (300 * p);

    private static double HalfWidth(double p) => p < 0.1 ? 10 * Math.Pow((0.1 - p) / 0.1, 1.5) : 0;

    /// <summary>The points of the grid: on heating n jumps to 1 above centre + half width, on cooling below centre − half width.</summary>
    private static List<PointResult> Points(PhaseDiagram grid)
    {
        var points = new List<PointResult>();
        foreach (var path in grid.Paths())
        {
            foreach (var segment in path.Segments)
            {
                foreach (var point in segment.Points)
                {
                    double p = point.PressureGPa;
                    double edge = segment.Branch == Branch.Heating ? Centre(p) + HalfWidth(p) : Centre(p) - HalfWidth(p);
                    double n = point.TemperatureK > edge ? 1 : 0;
                    points.Add(new PointResult(segment.Branch, point, Estimate.Exact(n), Estimate.Exact(0), Estimate.Exact(0)));
                }
            }
        }

        return points;
    }

    [Fact]
    public void LinesCarryTheCrossingsWithinTheirBracketsAndTheModelsEquilibrium()
    {
        var grid = new PhaseDiagram([0, 0.05, 0.2], Temperatures);
        var model = new IsingLikeParameters(1000, 5, 100, 0, 25);
        var analysis = PhaseDiagramAnalysis.Of(grid, Points(grid), model);
        Assert.Equal(3, analysis.Lines.Count);
        foreach (var line in analysis.Lines)
        {
            double p = line.FixedValue;
            Assert.InRange(Centre(p) + HalfWidth(p), line.Up!.Value.Lower, line.Up!.Value.Upper);
            Assert.InRange(Centre(p) - HalfWidth(p), line.Down!.Value.Lower, line.Down!.Value.Upper);
            Assert.Equal(model.EquilibriumTemperatureK(p), line.Equilibrium);
        }

        Assert.True(analysis.Lines[0].IsBistable);
        Assert.False(analysis.Lines[2].IsBistable);
        double clausius = PhysicalUnits.KelvinFromPressureVolume(1, 25) / 5;
        Assert.Equal(clausius, analysis.ClausiusClapeyronKPerGPa!.Value, 12);
    }

    [Fact]
    public void TheSlopeOfTheTransitionLineIsRecoveredWithinItsError()
    {
        var grid = new PhaseDiagram(ValueRange.Inclusive(0, 0.3, 0.02), Temperatures);
        var analysis = PhaseDiagramAnalysis.Of(grid, Points(grid), null);
        Assert.InRange(analysis.SlopeKPerGPa!.Value, 300 - (4 * analysis.SlopeStdErrKPerGPa!.Value), 300 + (4 * analysis.SlopeStdErrKPerGPa.Value));
        Assert.True(analysis.SlopeStdErrKPerGPa < 10);
    }

    [Fact]
    public void TheCriticalPointIsExtrapolatedBeyondTheLastResolvedLoopToTheTrueClosure()
    {
        // The 1 K grid hides loops narrower than ~1 K, so the last resolved loop is well before P = 0.1 GPa; the
        // width^(2/3) extrapolation (exact for this synthetic law) must find the closure itself.
        var grid = new PhaseDiagram(ValueRange.Inclusive(0, 0.2, 0.01), Temperatures);
        var analysis = PhaseDiagramAnalysis.Of(grid, Points(grid), null);
        var critical = analysis.CriticalPoint!;
        Assert.Equal("width-extrapolation", critical.Method);
        Assert.True(critical.BracketUpper <= 0.1 + 1e-12, $"bracket [{critical.BracketLower}, {critical.BracketUpper}]");
        Assert.InRange(Math.Abs(critical.PressureGPa - 0.1), 0, Math.Max(4 * critical.PressureStdErr, 0.005));
        Assert.True(critical.PressureStdErr < 0.02, $"σ_P = {critical.PressureStdErr}");
        Assert.InRange(critical.TemperatureK, Centre(0.1) - 2, Centre(0.1) + 2);
        Assert.Contains(analysis.Notes, n => n.Contains("last resolved loop", StringComparison.Ordinal));
    }

    [Fact]
    public void AGridThatIsBistableEverywhereSaysSoAndLocatesNothing()
    {
        var grid = new PhaseDiagram([0, 0.02, 0.04], Temperatures);
        var analysis = PhaseDiagramAnalysis.Of(grid, Points(grid), null);
        Assert.Null(analysis.CriticalPoint);
        Assert.Contains(analysis.Notes, n => n.Contains("every line of the grid is bistable", StringComparison.Ordinal));
    }

    [Fact]
    public void PressureLoopsGiveTheInverseSlope()
    {
        // Pressure loops at fixed T of the same synthetic system: P1/2(T) = (T − 200)/300.
        var grid = new PhaseDiagram(ValueRange.Inclusive(0, 0.5, 0.001), [230, 250, 270], PhaseDiagramLoop.Pressure);
        var points = new List<PointResult>();
        foreach (var path in grid.Paths())
        {
            foreach (var segment in path.Segments)
            {
                foreach (var point in segment.Points)
                {
                    double n = point.PressureGPa < (point.TemperatureK - 200) / 300 ? 1 : 0;
                    points.Add(new PointResult(segment.Branch, point, Estimate.Exact(n), Estimate.Exact(0), Estimate.Exact(0)));
                }
            }
        }

        var analysis = PhaseDiagramAnalysis.Of(grid, points, null);
        // The crossings sit within a 0.001 GPa grid step of the truth, which the slope's error covers.
        double slope = analysis.SlopeKPerGPa!.Value;
        Assert.InRange(Math.Abs(slope - 300), 0, 4 * analysis.SlopeStdErrKPerGPa!.Value);
        Assert.InRange(slope, 297, 303);
        Assert.All(analysis.Lines, l => Assert.InRange((l.FixedValue - 200) / 300, l.Up!.Value.Lower, l.Up!.Value.Upper));
    }
}
