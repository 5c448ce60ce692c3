using SCOModel.Core.Protocols;
using SCOModel.Core.Results;
using SCOModel.MonteCarlo.Statistics;

namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// The binned series of every observable at one point for one replica, one measurement per Monte Carlo step; the
/// replicas of a point combine into its result with error bars from <see cref="BinningAnalysis"/> (as the Ising-like
/// engine does).
/// </summary>
internal sealed class MechanoelasticSeries
{
    public BinnedSeries HighSpinFraction { get; } = new();

    public BinnedSeries EnergyPerSiteK { get; } = new();

    public BinnedSeries NearestNeighbourCorrelation { get; } = new();

    /// <summary>The series of a sample of the given dimension (2 or 3).</summary>
    public MechanoelasticSeries(int dimension = 2)
    {
        Dimension = dimension;
        Geometry = MechanoelasticObservables.NamesFor(dimension).Select(_ => new BinnedSeries()).ToArray();
    }

    /// <summary>The sample's dimension, which fixes the geometric observables.</summary>
    public int Dimension { get; }

    /// <summary>One series per <see cref="MechanoelasticObservables.NamesFor"/> entry, in that order.</summary>
    public BinnedSeries[] Geometry { get; }

    /// <summary>Averages the replicas of one point into its result.</summary>
    public static PointResult Combine(Branch branch, ControlPoint point, IReadOnlyList<MechanoelasticSeries> replicas)
    {
        SeriesAnalysis Analyse(Func<MechanoelasticSeries, BinnedSeries> of) => BinningAnalysis.Analyse(replicas.Select(of).ToArray());
        var highSpin = Analyse(r => r.HighSpinFraction);
        var energy = Analyse(r => r.EnergyPerSiteK);
        return new PointResult(branch, point, highSpin.Estimate, energy.Estimate, Analyse(r => r.NearestNeighbourCorrelation).Estimate)
        {
            NHsTauIntSweeps = highSpin.TauIntSweeps,
            EnergyTauIntSweeps = energy.TauIntSweeps,
            ErrorBarsConverged = highSpin.Converged && energy.Converged,
            Observables = MechanoelasticObservables.Of(Enumerable.Range(0, replicas[0].Geometry.Length)
                .Select(k => Analyse(r => r.Geometry[k]).Estimate).ToArray(), replicas[0].Dimension),
        };
    }
}
