using System.Globalization;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;

namespace SCOModel.MonteCarlo.Statistics;

/// <summary>The binned time series of every observable at one point, for one replica.</summary>
internal sealed class PointSeries
{
    public PointSeries()
        : this(new BinnedSeries(), new BinnedSeries(), new BinnedSeries())
    {
    }

    private PointSeries(BinnedSeries highSpinFraction, BinnedSeries energyPerSiteK, BinnedSeries nearestNeighbourCorrelation)
    {
        HighSpinFraction = highSpinFraction;
        EnergyPerSiteK = energyPerSiteK;
        NearestNeighbourCorrelation = nearestNeighbourCorrelation;
    }

    public BinnedSeries HighSpinFraction { get; }

    public BinnedSeries EnergyPerSiteK { get; }

    public BinnedSeries NearestNeighbourCorrelation { get; }

    /// <summary>Writes the three series exactly (a walk's checkpoint).</summary>
    public void WriteTo(BinaryWriter writer)
    {
        HighSpinFraction.WriteTo(writer);
        EnergyPerSiteK.WriteTo(writer);
        NearestNeighbourCorrelation.WriteTo(writer);
    }

    /// <summary>The series as <see cref="WriteTo"/> wrote them.</summary>
    public static PointSeries ReadFrom(BinaryReader reader) =>
        new(BinnedSeries.ReadFrom(reader), BinnedSeries.ReadFrom(reader), BinnedSeries.ReadFrom(reader));

    /// <summary>Averages the replicas of one point into its result, with error bars from <see cref="BinningAnalysis"/>.</summary>
    public static PointResult Combine(Branch branch, ControlPoint point, IReadOnlyList<PointSeries> replicas)
    {
        var highSpin = BinningAnalysis.Analyse(replicas.Select(r => r.HighSpinFraction).ToArray());
        var energy = BinningAnalysis.Analyse(replicas.Select(r => r.EnergyPerSiteK).ToArray());
        var correlation = BinningAnalysis.Analyse(replicas.Select(r => r.NearestNeighbourCorrelation).ToArray());
        return new PointResult(branch, point, highSpin.Estimate, energy.Estimate, correlation.Estimate)
        {
            NHsTauIntSweeps = highSpin.TauIntSweeps,
            EnergyTauIntSweeps = energy.TauIntSweeps,
            ErrorBarsConverged = highSpin.Converged && energy.Converged,
        };
    }

    /// <summary>
    /// One warning for all the points whose error bars cannot be trusted (a replica shorter than 50 τ_int of n_HS or
    /// energy, or no binning plateau); null when there are none.
    /// </summary>
    public static string? ShortRunWarning(IReadOnlyList<PointResult> points, int sweepsPerPoint)
    {
        var flagged = points.Where(p => !p.ErrorBarsConverged).ToArray();
        if (flagged.Length == 0)
        {
            return null;
        }

        static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

        // Points are named by what the path varies: pressure on a pressure loop, temperature otherwise.
        bool byPressure = flagged.All(p => p.Branch is Branch.Compression or Branch.Decompression);
        var shown = flagged.Take(8)
            .Select(p => Format(byPressure ? p.Point.PressureGPa : p.Point.TemperatureK)).ToList();
        if (flagged.Length > shown.Count)
        {
            shown.Add("...");
        }

        double tau = flagged.Select(p => Math.Max(Finite(p.NHsTauIntSweeps), Finite(p.EnergyTauIntSweeps))).Max();

        // On a loop branch the sample is switching at such points: the state drifts during the measurement, which is
        // the experiment, not a short run. More sweeps there would change the sweep rate, so advise accordingly.
        bool onLoop = flagged.All(p => p.Branch is Branch.Heating or Branch.Cooling or Branch.Compression or Branch.Decompression);
        string advice = onLoop
            ? "on a loop branch this marks where the sample is switching; the error bar there is a lower bound"
            : "use more sweepsPerPoint";
        string where = byPressure ? $"P = {string.Join(", ", shown)} GPa" : $"T = {string.Join(", ", shown)} K";
        return $"error bars may be too small at {flagged.Length} of {points.Count} points ({where}): " +
               $"a replica measured fewer than {Format(SeriesAnalysis.MinimumTausPerReplica)} autocorrelation times " +
               $"(τ_int up to {Format(tau)} sweeps for {sweepsPerPoint} sweeps per point) or the binning analysis found no " +
               $"plateau; {advice}";
    }

    private static double Finite(double value) => double.IsNaN(value) ? 0 : value;
}
