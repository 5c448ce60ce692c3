using System.Runtime.Intrinsics;

namespace SCOModel.MonteCarlo.Kernels;

/// <summary>
/// Consecutive class sites of one row of a checkerboard: sites x = 2 (First + k) + Parity, k &lt; Count, of the row
/// that starts at flat index RowStart; the starts of the rows holding their ±y and ±z neighbours; the degree z.
/// </summary>
internal readonly ref struct CheckerboardRow(int rowStart, int rowLength, int parity, int first, int count,
    int degree, ReadOnlySpan<int> otherRows)
{
    public int RowStart { get; } = rowStart;

    public int RowLength { get; } = rowLength;

    public int Parity { get; } = parity;

    public int First { get; } = first;

    public int Count { get; } = count;

    public int Degree { get; } = degree;

    public ReadOnlySpan<int> OtherRows { get; } = otherRows;
}

/// <summary>
/// Flip tallies of one chunk: Σ s and Σ s n over the flipped sites (M changes by −2 Σ s, Σ s_i s_j by −2 Σ s n), per
/// 16-bit lane for the vector steps (at most 6 per lane and step; a chunk of at most 32768 sites takes at most 2048
/// steps: no overflow) and as integers for the sites done one at a time.
/// </summary>
internal struct CheckerboardFlipCounts
{
    public Vector512<short> Magnetisation512;
    public Vector512<short> BondProducts512;
    public Vector256<short> Magnetisation256;
    public Vector256<short> BondProducts256;
    public long ScalarMagnetisation;
    public long ScalarBondProducts;

    /// <summary>Σ s over the flipped sites.</summary>
    public readonly long Magnetisation => ScalarMagnetisation + Sum(Magnetisation512) + Sum(Magnetisation256);

    /// <summary>Σ s n over the flipped sites.</summary>
    public readonly long BondProducts => ScalarBondProducts + Sum(BondProducts512) + Sum(BondProducts256);

    private static long Sum(Vector512<short> lanes)
    {
        var (low, high) = Vector512.Widen(lanes);
        return Vector512.Sum(low + high);
    }

    private static long Sum(Vector256<short> lanes)
    {
        var (low, high) = Vector256.Widen(lanes);
        return Vector256.Sum(low + high);
    }
}
