using SCOModel.Plotting.SpinCrossover;

namespace SCOModel.Plotting.Tests.Support;

/// <summary>
/// A phase diagram as an engine would report it: eleven pressures, 0 to 1 GPa; a loop 20 K wide at 0 GPa that closes at
/// 0.7 GPa; the cooling branch not found at 0.4 GPa and the heating branch not found above 0.7 GPa, so that both lines
/// exist at 0–0.3 GPa and at 0.5–0.7 GPa only.
/// </summary>
public static class SamplePhaseDiagrams
{
    public const int DownMissing = 4;
    public const int UpMissingFrom = 8;

    public static double[] Pressures { get; } = [.. Enumerable.Range(0, 11).Select(i => i / 10.0)];

    public static PhaseDiagramData Loop()
    {
        var up = new List<PhasePoint>();
        var down = new List<PhasePoint>();
        var equilibrium = new List<PhasePoint>();
        for (int i = 0; i < Pressures.Length; i++)
        {
            double p = Pressures[i], centre = 200 + (100 * p), half = Math.Max(0, 10 * (1 - (p / 0.7)));
            up.Add(i >= UpMissingFrom ? new PhasePoint(p, double.NaN) : new PhasePoint(p, centre + half));
            down.Add(i == DownMissing ? new PhasePoint(p, double.NaN) : new PhasePoint(p, centre - half));
            equilibrium.Add(new PhasePoint(p, centre));
        }

        return new PhaseDiagramData(up, down, equilibrium, new PhasePoint(0.7, 270, 0.05, 3));
    }
}
