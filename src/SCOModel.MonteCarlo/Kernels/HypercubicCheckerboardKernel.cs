using System.Runtime.CompilerServices;
using SCOModel.Core.Lattices;
using SCOModel.Core.Models;
using SCOModel.MonteCarlo.Random;

namespace SCOModel.MonteCarlo.Kernels;

/// <summary>
/// The vectorised kernel of the periodic chain, square and cubic lattices with even lengths (the checkerboard
/// colouring: class c = parity of x + y + z) under one uniform J and no global coupling. The spins stay in their
/// natural row-major layout (sbyte ±1, x fastest). A chunk of a colour class is a run of consecutive slots; it is
/// cut at row ends into <see cref="CheckerboardRow"/> segments, whose whole windows go to
/// <see cref="CheckerboardWindows512"/> (AVX-512) or <see cref="CheckerboardWindows256"/> (AVX2) and whose last
/// few sites are done one at a time. Every site takes the decision of <see cref="SingleSpinKernel"/>: the same
/// integer test (<see cref="FlipThresholds"/>) on the same random word (its slot, the rank in the sweep order, whose
/// words come from the vectorised Philox), so both kernels give bit-identical configurations and moments.
/// </summary>
internal sealed class HypercubicCheckerboardKernel
{
    /// <summary>Largest chunk: the 16-bit flip tallies of its vector steps stay below 2^15.</summary>
    private const int MaxChunkSites = 32768;

    private readonly int _rowLength;
    private readonly int _lengthY;
    private readonly int _lengthZ;
    private readonly int _dimension;
    private readonly int _halfSites;

    private HypercubicCheckerboardKernel(int rowLength, int lengthY, int lengthZ, int dimension, int siteCount,
        CheckerboardWidth width)
    {
        _rowLength = rowLength;
        _lengthY = lengthY;
        _lengthZ = lengthZ;
        _dimension = dimension;
        _halfSites = siteCount / 2;
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
        return new HypercubicCheckerboardKernel(spec.Size[0], dimension > 1 ? spec.Size[1] : 1,
            dimension > 2 ? spec.Size[2] : 1, dimension, lattice.SiteCount, width.Value);
    }

    /// <summary>
    /// Updates the <paramref name="count"/> class sites of slots firstSlot .. firstSlot + count − 1 (one chunk of one
    /// colour class) and returns the change of the moments.
    /// </summary>
    [SkipLocalsInit]
    public ConfigurationMoments Update(int firstSlot, int count, Span<sbyte> spins, FlipThresholds thresholds,
        CounterRandom random, uint sweep)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxChunkSites);
        int length = ChunkRandomWords.BufferLength(firstSlot, count);
        uint[]? rented = length <= ChunkRandomWords.StackLimit ? null : ChunkRandomWords.Rent(length);
        Span<uint> buffer = rented is null ? stackalloc uint[length] : rented.AsSpan(0, length);
        var words = ChunkRandomWords.Fill(random, sweep, firstSlot, count, buffer);

        bool wide = Width == CheckerboardWidth.Vector512;
        var tables512 = wide ? new CheckerboardWindows512.Tables(thresholds, Degree) : default;
        var tables256 = wide ? default : new CheckerboardWindows256.Tables(thresholds, Degree);
        int windowSites = wide ? CheckerboardWindows512.WindowSites : CheckerboardWindows256.WindowSites;
        int colour = firstSlot >= _halfSites ? 1 : 0;
        int classSlot = firstSlot - (colour * _halfSites);
        int rowSites = _rowLength / 2;
        Span<int> otherRows = stackalloc int[4];
        var counts = new CheckerboardFlipCounts();
        for (int k = 0; k < count;)
        {
            int q = classSlot + k;
            int row = q / rowSites;
            int first = q - (row * rowSites);
            int n = Math.Min(rowSites - first, count - k);
            var (z, y) = Math.DivRem(row, _lengthY);
            int rowStart = row * _rowLength;
            var segment = new CheckerboardRow(rowStart, _rowLength, (colour + y + z) & 1, first, n, Degree,
                OtherRows(rowStart, y, z, otherRows));
            int windows = n / windowSites;
            if (windows > 0 && wide)
            {
                CheckerboardWindows512.Update(spins, segment, windows, words.Slice(k, windows * windowSites), tables512, ref counts);
            }
            else if (windows > 0)
            {
                CheckerboardWindows256.Update(spins, segment, windows, words.Slice(k, windows * windowSites), tables256, ref counts);
            }

            UpdateOneByOne(spins, segment, windows * windowSites, words.Slice(k, n), thresholds, ref counts);
            k += n;
        }

        ChunkRandomWords.Return(rented);
        long dm = -2 * counts.Magnetisation;
        long products = -2 * counts.BondProducts;
        return new ConfigurationMoments(dm, thresholds.CouplingK * products, products);
    }

    /// <summary>Starts of the rows holding the ±y and ±z neighbours of a row.</summary>
    private Span<int> OtherRows(int rowStart, int y, int z, Span<int> rows)
    {
        int count = 0;
        if (_dimension > 1)
        {
            rows[count++] = rowStart + ((y + 1 == _lengthY ? 1 - _lengthY : 1) * _rowLength);
            rows[count++] = rowStart + ((y == 0 ? _lengthY - 1 : -1) * _rowLength);
        }

        if (_dimension > 2)
        {
            int plane = _rowLength * _lengthY;
            rows[count++] = rowStart + ((z + 1 == _lengthZ ? 1 - _lengthZ : 1) * plane);
            rows[count++] = rowStart + ((z == 0 ? _lengthZ - 1 : -1) * plane);
        }

        return rows[..count];
    }

    /// <summary>Class sites from <paramref name="from"/> on of a row segment, one at a time (ends of rows and chunks).</summary>
    private void UpdateOneByOne(Span<sbyte> spins, in CheckerboardRow segment, int from, ReadOnlySpan<uint> words,
        FlipThresholds thresholds, ref CheckerboardFlipCounts counts)
    {
        int rowStart = segment.RowStart;
        for (int k = from; k < segment.Count; k++)
        {
            int x = (2 * (segment.First + k)) + segment.Parity;
            int i = rowStart + x;
            int s = spins[i];
            int plain = spins[rowStart + (x == 0 ? _rowLength - 1 : x - 1)] +
                        spins[rowStart + (x == _rowLength - 1 ? 0 : x + 1)];
            foreach (int other in segment.OtherRows)
            {
                plain += spins[other + x];
            }

            int key = thresholds.Index(s, plain);
            if (thresholds.Always[key] || (words[k] ^ thresholds.Xor[key]) < thresholds.Below[key])
            {
                spins[i] = (sbyte)-s;
                counts.ScalarMagnetisation += s;
                counts.ScalarBondProducts += s * plain;
            }
        }
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
