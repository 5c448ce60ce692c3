using SCOModel.Core.Results;

namespace SCOModel.MonteCarlo.Statistics;

/// <summary>
/// A time series of one observable at one point of one replica, reduced on the fly to a fixed number of bins of
/// consecutive measurements. Bin means are nearly independent once a bin is longer than the autocorrelation time,
/// so the spread of the bins of all replicas around the grand mean gives an error bar that also contains the
/// replica-to-replica spread (Flyvbjerg and Petersen, J. Chem. Phys. 91, 461 (1989)).
/// </summary>
public sealed class BinnedSeries
{
    /// <summary>Bins per replica per point.</summary>
    public const int DefaultBins = 16;

    private readonly double[] _sums;
    private readonly int[] _counts;
    private readonly int _length;
    private int _next;

    /// <param name="length">Number of measurements this series will receive.</param>
    /// <param name="bins">Number of bins (fewer when there are fewer measurements).</param>
    public BinnedSeries(int length, int bins = DefaultBins)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        _length = length;
        int count = Math.Min(bins, length);
        _sums = new double[count];
        _counts = new int[count];
    }

    /// <summary>Adds the next measurement; measurement k goes to bin ⌊k B / length⌋ (bins differ by one at most).</summary>
    public void Add(double value)
    {
        if (_next >= _length)
        {
            throw new InvalidOperationException($"this series holds {_length} measurements");
        }

        int bin = (int)((long)_next * _sums.Length / _length);
        _sums[bin] += value;
        _counts[bin]++;
        _next++;
    }

    /// <summary>
    /// Grand mean over all measurements of all series and its standard error from the spread of all bin means;
    /// NaN error when there is a single bin in all.
    /// </summary>
    public static Estimate Combine(IReadOnlyList<BinnedSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        double total = 0;
        long count = 0;
        int bins = 0;
        foreach (var s in series)
        {
            for (int b = 0; b < s._sums.Length; b++)
            {
                total += s._sums[b];
                count += s._counts[b];
                bins++;
            }
        }

        double mean = total / count;
        if (bins < 2)
        {
            return new Estimate(mean, double.NaN);
        }

        double squares = 0;
        foreach (var s in series)
        {
            for (int b = 0; b < s._sums.Length; b++)
            {
                double deviation = (s._sums[b] / s._counts[b]) - mean;
                squares += deviation * deviation;
            }
        }

        return new Estimate(mean, Math.Sqrt(squares / ((double)bins * (bins - 1))));
    }
}
