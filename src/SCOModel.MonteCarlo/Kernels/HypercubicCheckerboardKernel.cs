using System.Numerics;
using System.Runtime.CompilerServices;
using SCOModel.Core.Lattices;
using SCOModel.Core.Models;

namespace SCOModel.MonteCarlo.Kernels;

/// <summary>
/// The vectorised kernel of the periodic chain, square and cubic lattices with even lengths (the checkerboard
/// colouring: class c = parity of x + y + z) under one uniform J and no global coupling. The spins stay in their
/// natural row-major layout (sbyte ±1, x fastest). A chunk of a colour class is a run of consecutive slots; it is
/// cut at row ends into <see cref="CheckerboardSegment"/>s, whose whole windows go to
/// <see cref="CheckerboardWindows512"/> (AVX-512) or <see cref="CheckerboardWindows256"/> (AVX2) and whose last
/// few sites are done one at a time. Every site takes the decision of <see cref="SingleSpinKernel"/>: the same
/// integer test (<see cref="FlipThresholds"/>) on the same random word (its slot, the rank in the sweep order, whose
/// first bytes come from the vectorised Philox; the rare lanes whose first byte ties with the threshold are decided
/// after the vector steps with the refinement, <see cref="ChunkTies"/>), so both kernels give bit-identical
/// configurations and moments.
/// </summary>
internal sealed class HypercubicCheckerboardKernel
{
    /// <summary>Largest chunk: the 16-bit flip tallies of its vector steps stay below 2^15.</summary>
    private const int MaxChunkSites = 32768;

    /// <summary>Row segments per call of the vector loop: enough to amortise the call, few enough for the stack.</summary>
    private const int SegmentsPerCall = 64;

    private readonly int _rowLength;
    private readonly int _lengthY;
    private readonly int _lengthZ;
    private readonly int _dimension;
    private readonly int _halfSites;

    private HypercubicCheckerboardKernel(Lattice lattice, int rowLength, int lengthY, int lengthZ, int dimension,
        CheckerboardWidth width)
    {
        _rowLength = rowLength;
        _lengthY = lengthY;
        _lengthZ = lengthZ;
        _dimension = dimension;
        _halfSites = lattice.SiteCount / 2;
        Width = width;
    }

    /// <summary>The widest vector loop the hardware runs, or null where it runs none (the engine then stays scalar).</summary>
    public static CheckerboardWidth? BestWidth =>
        CheckerboardWindows512.IsSupported ? CheckerboardWidth.Vector512
        : CheckerboardWindows256.IsSupported ? CheckerboardWidth.Vector256
        : null;

    /// <summary>The vector loop this kernel runs.</summary>
    public CheckerboardWidth Width { get; }

    /// <summary>Coordination number z = 2 d.</summary>
    public int Degree => 2 * _dimension;

    /// <summary>
    /// The kernel for a lattice it applies to (periodic chain, square or cubic, every length even) with the widest
    /// vector loop of this CPU (or <paramref name="width"/>); null where it does not apply or no vector loop runs.
    /// </summary>
    public static HypercubicCheckerboardKernel? For(Lattice lattice, CheckerboardWidth? width = null)
    {
        var spec = lattice.Spec;
        width ??= BestWidth;
        if (width is null ||
            spec.Boundary != Boundary.Periodic ||
            spec.Kind is not (LatticeKind.Chain or LatticeKind.Square or LatticeKind.Cubic) ||
            spec.Size.Any(l => l < 4 || l % 2 != 0) ||
            !lattice.Colouring.IsCheckerboard || lattice.Colouring.Class(0)[0] != 0)
        {
            return null;
        }

        int dimension = spec.Size.Count;
        return new HypercubicCheckerboardKernel(lattice, spec.Size[0], dimension > 1 ? spec.Size[1] : 1,
            dimension > 2 ? spec.Size[2] : 1, dimension, width.Value);
    }

    /// <summary>
    /// Updates the <paramref name="count"/> class sites of slots firstSlot .. firstSlot + count − 1 (one chunk of one
    /// colour class) and returns the change of the moments.
    /// </summary>
    [SkipLocalsInit]
    public ConfigurationMoments Update(int firstSlot, int count, Span<sbyte> spins, FlipThresholds thresholds,
        in SpinRandom random, uint sweep)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxChunkSites);
        if (thresholds.MaxDegree != Degree)
        {
            throw new ArgumentException("The thresholds belong to another lattice.", nameof(thresholds));
        }

        int length = SpinRandom.BufferLength(firstSlot, count);
        uint[]? rented = length <= SpinRandom.StackLimit ? null : SpinRandom.Rent(length);
        Span<uint> buffer = rented is null ? stackalloc uint[length] : rented.AsSpan(0, length);
        var first = random.FirstBytes(sweep, firstSlot, count, buffer);

        bool wide = Width == CheckerboardWidth.Vector512;
        var tables512 = wide ? new CheckerboardWindows512.Tables(thresholds) : default;
        var tables256 = wide ? default : new CheckerboardWindows256.Tables(thresholds);
        int windowSites = wide ? CheckerboardWindows512.WindowSites : CheckerboardWindows256.WindowSites;
        Span<CheckerboardSegment> segments = stackalloc CheckerboardSegment[SegmentsPerCall];
        Span<ulong> tiedWindows = stackalloc ulong[count / windowSites];
        Span<int> tieBuffer = stackalloc int[ChunkTies.BufferLength];
        var ties = new ChunkTies(spins, thresholds, firstSlot, random, sweep, tieBuffer);
        var draws = new CheckerboardDraws(first, firstSlot, thresholds, random, sweep);
        var counts = new CheckerboardFlipCounts();

        // The chunk's rows, a batch of segments per call of the vector loop; the first row found by division, the
        // others by counting.
        int colour = firstSlot >= _halfSites ? 1 : 0;
        int rowSites = _rowLength / 2;
        int classSlot = firstSlot - (colour * _halfSites);
        int row = classSlot / rowSites;
        int firstInRow = classSlot - (row * rowSites);
        var (z, y) = Math.DivRem(row, _lengthY);
        for (int k = 0; k < count;)
        {
            int batch = 0;
            for (; batch < segments.Length && k < count; batch++)
            {
                int n = Math.Min(rowSites - firstInRow, count - k);
                segments[batch] = Segment(row, y, z, (colour + y + z) & 1, firstInRow, n, k);
                k += n;
                firstInRow = 0;
                row++;
                if (++y == _lengthY)
                {
                    y = 0;
                    z++;
                }
            }

            var done = segments[..batch];
            int tieCount = (wide, thresholds.MayInvert) switch
            {
                (true, true) => CheckerboardWindows512.Update<WithInversion>(
                    spins, done, _rowLength, Degree, first, tables512, tiedWindows, ref counts),
                (true, false) => CheckerboardWindows512.Update<WithoutInversion>(
                    spins, done, _rowLength, Degree, first, tables512, tiedWindows, ref counts),
                (false, true) => CheckerboardWindows256.Update<WithInversion>(
                    spins, done, _rowLength, Degree, first, tables256, tiedWindows, ref counts),
                (false, false) => CheckerboardWindows256.Update<WithoutInversion>(
                    spins, done, _rowLength, Degree, first, tables256, tiedWindows, ref counts),
            };

            // The lanes the first byte left undecided (no class site is another's neighbour, so deciding them
            // after the others changes nothing), then the row ends that fill no window.
            foreach (ulong tied in tiedWindows[..tieCount])
            {
                int w = (int)(tied >> 32) & 0xFFFF;
                ref readonly var segment = ref done[(int)(tied >> 48)];
                for (uint lanes = (uint)tied; lanes != 0; lanes &= lanes - 1)
                {
                    int site = (w * windowSites) + BitOperations.TrailingZeroCount(lanes);
                    int x = (2 * (segment.First + site)) + segment.Parity;
                    ties.Add(segment.RowStart + x, segment.Offset + site, NeighbourSum(spins, segment, x));
                }
            }

            foreach (ref readonly var segment in done)
            {
                for (int site = segment.Count - (segment.Count % windowSites); site < segment.Count; site++)
                {
                    UpdateSite(spins, segment, site, draws, ref counts);
                }
            }
        }

        ties.Decide();
        SpinRandom.Return(rented);
        long dm = (-2 * counts.Magnetisation) + ties.Magnetisation;
        long products = (-2 * counts.BondProducts) + ties.BondProducts;
        return new ConfigurationMoments(dm, thresholds.CouplingK * products, products);
    }

    /// <summary>
    /// The segment of class sites firstInRow .. firstInRow + count − 1 of row (y, z), whose draws start at
    /// <paramref name="offset"/>, with the offsets of the rows holding its ±y and ±z neighbours.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private CheckerboardSegment Segment(int row, int y, int z, int parity, int firstInRow, int count, int offset)
    {
        int plane = _rowLength * _lengthY;
        return new CheckerboardSegment(row * _rowLength, parity, firstInRow, count, offset,
            YPlus: (y + 1 == _lengthY ? 1 - _lengthY : 1) * _rowLength,
            YMinus: (y == 0 ? _lengthY - 1 : -1) * _rowLength,
            ZPlus: (z + 1 == _lengthZ ? 1 - _lengthZ : 1) * plane,
            ZMinus: (z == 0 ? _lengthZ - 1 : -1) * plane);
    }

    /// <summary>Class site k of a segment on its own (the row ends that fill no window).</summary>
    private void UpdateSite(Span<sbyte> spins, in CheckerboardSegment segment, int k, in CheckerboardDraws draws,
        ref CheckerboardFlipCounts counts)
    {
        int x = (2 * (segment.First + k)) + segment.Parity;
        int i = segment.RowStart + x;
        int s = spins[i];
        int plain = NeighbourSum(spins, segment, x);
        if (draws.Flips(segment.Offset + k, s, plain))
        {
            spins[i] = (sbyte)-s;
            counts.ScalarMagnetisation += s;
            counts.ScalarBondProducts += s * plain;
        }
    }

    /// <summary>Σ of the neighbour spins of the site at x in a segment's row, from the lattice geometry.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int NeighbourSum(ReadOnlySpan<sbyte> spins, in CheckerboardSegment segment, int x)
    {
        int i = segment.RowStart + x;
        int plain = spins[segment.RowStart + (x == 0 ? _rowLength - 1 : x - 1)] +
                    spins[segment.RowStart + (x == _rowLength - 1 ? 0 : x + 1)];
        if (_dimension > 1)
        {
            plain += spins[i + segment.YPlus] + spins[i + segment.YMinus];
        }

        if (_dimension > 2)
        {
            plain += spins[i + segment.ZPlus] + spins[i + segment.ZMinus];
        }

        return plain;
    }
}

/// <summary>The vector loop of the regular-lattice kernel (HypercubicCheckerboardKernel).</summary>
public enum CheckerboardWidth
{
    /// <summary>AVX2: 32 bytes, 16 class sites per step.</summary>
    Vector256,

    /// <summary>AVX-512: 64 bytes, 32 class sites per step.</summary>
    Vector512,
}
