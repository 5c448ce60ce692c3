using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace SCOModel.MonteCarlo.Kernels;

/// <summary>
/// Consecutive class sites of one row of a checkerboard: sites x = 2 (First + k) + Parity, k &lt; Count, of the row
/// that starts at flat index RowStart, whose random draws start at Offset in the chunk; the rows holding their ±y and
/// ±z neighbours start at RowStart + YPlus, YMinus, ZPlus, ZMinus (unused below that dimension).
/// </summary>
internal readonly record struct CheckerboardSegment(int RowStart, int Parity, int First, int Count, int Offset,
    int YPlus, int YMinus, int ZPlus, int ZMinus);

/// <summary>
/// The random draws of a chunk's class sites: site k has slot firstSlot + k and first byte First[k]. The vector
/// loops decide from the first bytes; the sites done one at a time take the full decision of
/// <see cref="FlipThresholds.Flips"/>.
/// </summary>
internal readonly ref struct CheckerboardDraws(ReadOnlySpan<byte> first, int firstSlot, FlipThresholds thresholds,
    SpinRandom random, uint sweep)
{
    public ReadOnlySpan<byte> First { get; } = first;

    /// <summary>Whether site k of the chunk, with spin s and neighbour sum n, flips.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Flips(int k, int s, int n) => thresholds.Flips(thresholds.Index(s, n), First[k], random, sweep, firstSlot + k);
}

/// <summary>
/// Flip tallies of one chunk: Σ s and Σ s n over the flipped sites (M changes by −2 Σ s, Σ s_i s_j by −2 Σ s n), per
/// lane for the vector steps (Σ s in 16-bit lanes, at most 1 per lane and step: a chunk of at most 32768 sites
/// cannot overflow them; Σ s n in 32-bit lanes) and as integers for the sites done one at a time.
/// </summary>
internal struct CheckerboardFlipCounts
{
    public Vector512<short> Magnetisation512;
    public Vector512<int> BondProducts512;
    public Vector256<short> Magnetisation256;
    public Vector256<int> BondProducts256;
    public long ScalarMagnetisation;
    public long ScalarBondProducts;

    /// <summary>Σ s over the flipped sites.</summary>
    public readonly long Magnetisation => ScalarMagnetisation + Sum(Magnetisation512) + Sum(Magnetisation256);

    /// <summary>Σ s n over the flipped sites.</summary>
    public readonly long BondProducts => ScalarBondProducts + Vector512.Sum(BondProducts512) + Vector256.Sum(BondProducts256);

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
