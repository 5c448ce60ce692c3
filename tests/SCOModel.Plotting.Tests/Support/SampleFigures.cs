using SCOModel.Core.Lattices;
using SCOModel.Core.Results;
using SCOModel.Plotting.Charts;
using SCOModel.Plotting.SpinCrossover;

namespace SCOModel.Plotting.Tests.Support;

/// <summary>One figure of each kind, built as the CLI will build them.</summary>
public static class SampleFigures
{
    public static Figure SpinTransition()
    {
        var points = SampleRuns.HysteresisLoop();
        return SpinTransitionChart.Build(points, TransitionSummary.Of(points), "Square lattice, J = 120 K");
    }

    public static Figure PhaseDiagram()
    {
        double[] t = [.. Enumerable.Range(0, 21).Select(i => 150.0 + (5 * i))];
        double[] p = [.. Enumerable.Range(0, 11).Select(i => 0.1 * i)];
        var values = new double[p.Length, t.Length];
        for (int row = 0; row < p.Length; row++)
        {
            for (int column = 0; column < t.Length; column++)
            {
                values[row, column] = 1 / (1 + Math.Exp(-(t[column] - 180 - (60 * p[row])) / 6));
            }
        }

        values[2, 3] = double.NaN;
        var heatmap = new Heatmap(new Axis("Temperature", "K"), new Axis("Pressure", "GPa"), t, p, values, "n_{HS}");
        return new Figure(heatmap) { Title = "P–T diagram" };
    }

    public static Figure SpinStates()
    {
        var lattice = LatticeBuilder.Build(new LatticeSpec(LatticeKind.Square, [12, 12], Boundary.Periodic));
        var spins = new sbyte[lattice.SiteCount];
        for (int i = 0; i < spins.Length; i++)
        {
            var at = lattice.PositionOf(i);
            spins[i] = (sbyte)(Math.Pow(at.X - 5, 2) + Math.Pow(at.Y - 6, 2) < 12 ? 1 : -1);
        }

        return SpinStatePicture.Build(lattice, spins, "Spin states at 200 K");
    }
}
