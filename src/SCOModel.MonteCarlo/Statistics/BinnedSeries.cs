using SCOModel.Core.Results;

namespace SCOModel.MonteCarlo.Statistics;

/// <summary>
/// A time series of one observable at one point of one replica, reduced on the fly by repeated pairwise blocking
/// (Flyvbjerg and Petersen, J. Chem. Phys. 91, 461 (1989)): level l holds the count, mean and sum of squared
/// deviations (Welford) of the means of consecutive blocks of 2^l measurements. Memory is O(log n) whatever the
/// length of the run; <see cref="BinningAnalysis"/> turns the levels into an error bar and an autocorrelation time.
/// </summary>
public sealed class BinnedSeries
{
    /// <summary>Blocking levels kept: blocks of up to 2^47 measurements, more than any run makes.</summary>
    public const int MaxLevels = 48;

    private readonly long[] _counts = new long[MaxLevels];
    private readonly double[] _means = new double[MaxLevels];
    private readonly double[] _squares = new double[MaxLevels];
    private readonly double[] _pending = new double[MaxLevels];
    private readonly bool[] _hasPending = new bool[MaxLevels];
    private int _levels;

    /// <summary>Measurements received.</summary>
    public long Count => _counts[0];

    /// <summary>Mean of all measurements (NaN when there are none).</summary>
    public double Mean => Count > 0 ? _means[0] : double.NaN;

    /// <summary>Levels that hold at least one block.</summary>
    public int Levels => _levels;

    /// <summary>
    /// Writes the whole state (every level's count, mean, sum of squares and pending half-block), bit for bit, so that
    /// <see cref="ReadFrom"/> gives a series indistinguishable from this one (a checkpoint of a walk).
    /// </summary>
    internal void WriteTo(BinaryWriter writer)
    {
        writer.Write(_levels);
        for (int level = 0; level < _levels; level++)
        {
            writer.Write(_counts[level]);
            writer.Write(_means[level]);
            writer.Write(_squares[level]);
            writer.Write(_pending[level]);
            writer.Write(_hasPending[level]);
        }
    }

    /// <summary>A series as <see cref="WriteTo"/> wrote it.</summary>
    internal static BinnedSeries ReadFrom(BinaryReader reader)
    {
        var series = new BinnedSeries();
        int levels = reader.ReadInt32();
        if (levels is < 0 or > MaxLevels)
        {
            throw new InvalidDataException($"a binned series has 0..{MaxLevels} levels, not {levels}");
        }

        series._levels = levels;
        for (int level = 0; level < levels; level++)
        {
            series._counts[level] = reader.ReadInt64();
            series._means[level] = reader.ReadDouble();
            series._squares[level] = reader.ReadDouble();
            series._pending[level] = reader.ReadDouble();
            series._hasPending[level] = reader.ReadBoolean();
        }

        return series;
    }

    /// <summary>Adds the next measurement, and every block it completes to the level above.</summary>
    public void Add(double value)
    {
        double v = value;
        for (int level = 0; level < MaxLevels; level++)
        {
            Push(level, v);
            if (!_hasPending[level])
            {
                _pending[level] = v;
                _hasPending[level] = true;
                return;
            }

            v = 0.5 * (_pending[level] + v);
            _hasPending[level] = false;
        }
    }

    /// <summary>Complete blocks of 2^level measurements.</summary>
    public long BlockCount(int level) => level < _levels ? _counts[level] : 0;

    /// <summary>Mean of the blocks of 2^level measurements (measurements past the last complete block left out).</summary>
    public double BlockMean(int level) => BlockCount(level) > 0 ? _means[level] : double.NaN;

    /// <summary>Σ (block mean − mean of the blocks)² over the blocks of 2^level measurements.</summary>
    public double BlockSquares(int level) => BlockCount(level) > 0 ? _squares[level] : 0;

    /// <summary>
    /// Mean of all measurements of all series and its standard error (see <see cref="BinningAnalysis.Analyse"/>).
    /// </summary>
    public static Estimate Combine(IReadOnlyList<BinnedSeries> series) => BinningAnalysis.Analyse(series).Estimate;

    private void Push(int level, double value)
    {
        long n = ++_counts[level];
        double delta = value - _means[level];
        _means[level] += delta / n;
        _squares[level] += delta * (value - _means[level]);
        if (level >= _levels)
        {
            _levels = level + 1;
        }
    }
}
