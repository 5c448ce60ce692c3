using SCOModel.Core.Protocols;
using SCOModel.Core.Results;

namespace SCOModel.MonteCarlo.Statistics;

/// <summary>The binned time series of every observable at one point, for one replica.</summary>
internal sealed class PointSeries(int measurements)
{
    public BinnedSeries HighSpinFraction { get; } = new(measurements);

    public BinnedSeries EnergyPerSiteK { get; } = new(measurements);

    public BinnedSeries NearestNeighbourCorrelation { get; } = new(measurements);

    /// <summary>Averages the replicas of one point into its result.</summary>
    public static PointResult Combine(Branch branch, ControlPoint point, IReadOnlyList<PointSeries> replicas) => new(
        branch,
        point,
        BinnedSeries.Combine(replicas.Select(r => r.HighSpinFraction).ToArray()),
        BinnedSeries.Combine(replicas.Select(r => r.EnergyPerSiteK).ToArray()),
        BinnedSeries.Combine(replicas.Select(r => r.NearestNeighbourCorrelation).ToArray()));
}
