using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using SCOModel.Core.Lattices;
using SCOModel.Core.Models;
using SCOModel.MonteCarlo.Random;

namespace SCOModel.MonteCarlo.Kernels;

/// <summary>
/// The vectorised kernel of any neighbour graph (open boundaries, odd sizes, triangular, honeycomb, diluted graphs)
/// under one uniform J and no global coupling: the tabulated case of <see cref="SingleSpinKernel"/>, 16 sites of a
/// chunk per AVX-512 step. Built once per lattice, in sweep order (slot = rank in the sweep), each site's neighbour
/// list is covered by a few 4-byte windows of the spin array, [a, a + 3], with a byte weight per window byte (the
/// multiplicity of that site in the list); window 0 also holds the site itself (own weights). Neighbours close in
/// memory (±x on every row-major lattice, the two neighbours of a triangular site in the next row) share a window,
/// so a step loads 3 windows on the square and triangular lattices instead of 5 or 7 spins. A step gathers each
/// window as a 32-bit word (two AVX2 VPGATHERDD: .NET exposes no 512-bit gather) and sums weight × spin with
/// VPMADDUBSW/VPMADDWD; the windows are laid out k-major (entry [w · slots + slot]) so the 16 lanes' w-th windows are
/// one contiguous load, and each step runs the largest window count of its 16 slots (pad windows weigh 0).
/// The (spin, sum) key picks the flip test of <see cref="FlipThresholds"/> from two 16-entry tables (VPERMI2D) and
/// compares it with the sites' random words.
/// <para>
/// Bit identity with the scalar kernel: the sites of a chunk are mutually non-adjacent (one colour class), so no
/// lane reads a spin another lane of the same step writes, and updating 16 at once is the same as one at a time.
/// Each lane forms the same integer neighbour sum n (Σ weight × spin over the windows = Σ over the CSR entries,
/// duplicates included), the same key, the same unsigned test on the same word (slot firstSlot + k of the same Philox
/// stream), hence the same decision; the moment changes are integer sums (ΔM = Σ change, ΔΣ s_i s_j = Σ change · n),
/// identical in any order, and the weighted bond sum is J times the latter exactly as in the scalar kernel.
/// </para>
/// </summary>
internal sealed class GraphVectorKernel
{
    /// <summary>Sites per vector step.</summary>
    public const int Lanes = 16;

    /// <summary>Largest z_max the kernel takes: 2 (2 z_max + 1) table entries must fit in two 16-entry vectors.</summary>
    public const int MaxSupportedDegree = 7;

    private readonly Lattice _lattice;
    private readonly int _slotCount;
    private readonly int[] _starts;
    private readonly uint[] _weights;
    private readonly uint[] _own;
    private readonly int[] _stepWindows;

    private GraphVectorKernel(Lattice lattice, int windows, int[] starts, uint[] weights, uint[] own, int[] stepWindows)
    {
        _lattice = lattice;
        _slotCount = lattice.SiteCount;
        Windows = windows;
        _starts = starts;
        _weights = weights;
        _own = own;
        _stepWindows = stepWindows;
    }

    /// <summary>True where the hardware runs the vector loop (AVX-512 F and BW, AVX2 gathers).</summary>
    public static bool IsSupported =>
        Vector512.IsHardwareAccelerated && Avx512F.IsSupported && Avx512BW.IsSupported && Avx2.IsSupported;

    /// <summary>z_max of the lattice.</summary>
    public int Degree => _lattice.MaxDegree;

    /// <summary>The most 4-byte windows a site needs.</summary>
    public int Windows { get; }

    /// <summary>Windows per site averaged over the vector steps (each step runs the most of its 16 slots).</summary>
    public double MeanStepWindows => _stepWindows.Average();

    /// <summary>
    /// The kernel of a lattice whose sweep order is <paramref name="chunksByClass"/> (slot = rank in that order), or
    /// null where it does not apply (no AVX-512 unless <paramref name="requireHardware"/> is false, all-to-all, no
    /// bonds, fewer than 8 sites, z_max above <see cref="MaxSupportedDegree"/>).
    /// </summary>
    public static GraphVectorKernel? For(Lattice lattice, IReadOnlyList<SweepChunk[]> chunksByClass, bool requireHardware = true)
    {
        int degree = lattice.MaxDegree;
        int slots = lattice.SiteCount;
        if ((requireHardware && !IsSupported) || lattice.IsAllToAll || lattice.BondCount == 0 || slots < 8 ||
            degree < 1 || degree > MaxSupportedDegree)
        {
            return null;
        }

        var covers = new List<(int Start, uint Weights)>[slots];
        var own = new uint[slots];
        var siteOfSlot = new int[slots];
        foreach (var chunks in chunksByClass)
        {
            foreach (var chunk in chunks)
            {
                for (int k = 0; k < chunk.Sites.Length; k++)
                {
                    int site = chunk.Sites[k];
                    int slot = chunk.FirstSlot + k;
                    siteOfSlot[slot] = site;
                    (covers[slot], own[slot]) = Cover(site, lattice.NeighboursOf(site), slots);
                }
            }
        }

        int windows = covers.Max(c => c.Count);
        var starts = new int[windows * slots];
        var weights = new uint[windows * slots];
        var counts = new int[slots];
        for (int slot = 0; slot < slots; slot++)
        {
            var cover = covers[slot];
            counts[slot] = cover.Count;
            for (int w = 0; w < windows; w++)
            {
                // Pad windows repeat window 0 (a readable address) with weight 0.
                starts[(w * slots) + slot] = w < cover.Count ? cover[w].Start : cover[0].Start;
                weights[(w * slots) + slot] = w < cover.Count ? cover[w].Weights : 0;
            }
        }

        var stepWindows = new int[slots];
        for (int slot = 0; slot < slots; slot++)
        {
            int most = 0;
            for (int l = slot; l < Math.Min(slot + Lanes, slots); l++)
            {
                most = Math.Max(most, counts[l]);
            }

            stepWindows[slot] = most;
        }

        return new GraphVectorKernel(lattice, windows, starts, weights, own, stepWindows);
    }

    /// <summary>
    /// Windows [a, a + 3] (−3 ≤ a ≤ N − 4: inside the array object, the bytes before the first spin being its length
    /// field) covering a site's neighbour list, with the weight of each byte; window 0 holds the site itself.
    /// </summary>
    private static (List<(int Start, uint Weights)> Windows, uint Own) Cover(int site, ReadOnlySpan<int> neighbours, int count)
    {
        int first = Math.Clamp(site - 1, -3, count - 4);
        var starts = new List<int> { first };
        var weights = new List<uint> { 0 };
        var sorted = neighbours.ToArray();
        Array.Sort(sorted);
        foreach (int j in sorted)
        {
            int w = starts.FindIndex(a => a <= j && j <= a + 3);
            if (w < 0)
            {
                starts.Add(Math.Min(j, count - 4));
                weights.Add(0);
                w = starts.Count - 1;
            }

            int shift = 8 * (j - starts[w]);
            if (((weights[w] >> shift) & 0xFF) == 0xFF)
            {
                throw new InvalidOperationException("A neighbour list repeats a site more than 255 times.");
            }

            weights[w] += 1u << shift;
        }

        var windows = new List<(int Start, uint Weights)>(starts.Count);
        for (int w = 0; w < starts.Count; w++)
        {
            windows.Add((starts[w], weights[w]));
        }

        return (windows, 1u << (8 * (site - first)));
    }

    /// <summary>
    /// Updates the sites of one chunk (slots firstSlot .. firstSlot + count − 1) and returns the change of the
    /// moments: the decisions of <see cref="SingleSpinKernel"/> with an acceptance table, bit for bit.
    /// <paramref name="spins"/> must be the lattice's whole spin array (a managed sbyte[]: the windows of the first
    /// sites start up to 3 bytes before the first spin, in the array's length field, with weight 0).
    /// </summary>
    [SkipLocalsInit]
    public ConfigurationMoments Update(ReadOnlySpan<int> sites, int firstSlot, Span<sbyte> spins,
        FlipThresholds thresholds, CounterRandom random, uint sweep)
    {
        if (thresholds.MaxDegree != Degree || spins.Length != _slotCount)
        {
            throw new ArgumentException("The spins or thresholds belong to another lattice.");
        }

        int count = sites.Length;
        int length = ChunkRandomWords.BufferLength(firstSlot, count);
        uint[]? rented = length <= ChunkRandomWords.StackLimit ? null : ChunkRandomWords.Rent(length);
        Span<uint> buffer = rented is null ? stackalloc uint[length] : rented.AsSpan(0, length);
        var words = ChunkRandomWords.Fill(random, sweep, firstSlot, count, buffer);

        int vectorSites = IsSupported ? count - (count % Lanes) : 0;
        long dm = 0;
        long products = 0;
        if (vectorSites > 0)
        {
            (dm, products) = UpdateVectors(sites, firstSlot, vectorSites, spins, words, new Tables(thresholds));
        }

        // The last few sites of the chunk, one at a time from the neighbour lists (integer sums: any order).
        var (tailMagnetisation, tailProducts) = SingleSpinKernel.UpdateTabulatedSites(
            sites, vectorSites, spins, _lattice.Offsets, _lattice.Neighbours, thresholds, words);
        dm += tailMagnetisation;
        products += tailProducts;

        ChunkRandomWords.Return(rented);
        return new ConfigurationMoments(dm, thresholds.CouplingK * products, products);
    }

    private unsafe (long Magnetisation, long BondProducts) UpdateVectors(ReadOnlySpan<int> sites, int firstSlot,
        int vectorSites, Span<sbyte> spins, ReadOnlySpan<uint> words, in Tables tables)
    {
        int degree = Degree;
        int slots = _slotCount;
        var shift = Vector512.Create((2 * degree) + 1);
        var centre = Vector512.Create(degree);
        var ones = Vector512<short>.One;
        var dmLanes = Vector512<int>.Zero;
        var productLanes = Vector512<int>.Zero;
        ref int siteRef = ref MemoryMarshal.GetReference(sites);
        ref uint wordRef = ref MemoryMarshal.GetReference(words);
        fixed (sbyte* spinBase = spins)
        fixed (int* startBase = _starts)
        fixed (uint* weightBase = _weights)
        fixed (uint* ownBase = _own)
        fixed (int* stepBase = _stepWindows)
        {
            int* gatherBase = (int*)spinBase;
            int* next = stackalloc int[Lanes];
            for (int k = 0; k < vectorSites; k += Lanes)
            {
                int slot = firstSlot + k;
                int windows = stepBase[slot];
                var window = Gather(gatherBase, Vector512.Load(startBase + slot)).AsSByte();
                var s16 = Avx512BW.MultiplyAddAdjacent(Vector512.Load(ownBase + slot).AsByte(), window);
                var n16 = Avx512BW.MultiplyAddAdjacent(Vector512.Load(weightBase + slot).AsByte(), window);
                for (int w = 1; w < windows; w++)
                {
                    int entry = (w * slots) + slot;
                    window = Gather(gatherBase, Vector512.Load(startBase + entry)).AsSByte();
                    n16 += Avx512BW.MultiplyAddAdjacent(Vector512.Load(weightBase + entry).AsByte(), window);
                }

                var s = Avx512BW.MultiplyAddAdjacent(s16, ones);
                var n = Avx512BW.MultiplyAddAdjacent(n16, ones);

                // Key (s > 0 ? 2 z_max + 1 : 0) + n + z_max, as FlipThresholds.Index.
                var key = n + centre + (Vector512.GreaterThan(s, Vector512<int>.Zero) & shift);
                var flip = tables.Flips(key, Vector512.LoadUnsafe(ref wordRef, (nuint)k));
                var change = (s * -2) & flip;
                dmLanes += change;
                productLanes += change * n;

                // Every site of the step is written back byte by byte, flipped or not (branch-free: the flips
                // are coin tosses near T_c); the other bytes may belong to chunks of other threads.
                (s + change).Store(next);
                for (int l = 0; l < Lanes; l++)
                {
                    spinBase[Unsafe.Add(ref siteRef, k + l)] = (sbyte)next[l];
                }
            }
        }

        // Per lane |ΔM| ≤ 2 and |Δ Σ s s| ≤ 2 z_max per step: int lanes cannot overflow below 10^8 sites per chunk.
        var (dmLow, dmHigh) = Vector512.Widen(dmLanes);
        var (productLow, productHigh) = Vector512.Widen(productLanes);
        return (Vector512.Sum(dmLow + dmHigh), Vector512.Sum(productLow + productHigh));
    }

    /// <summary>16 gathered 32-bit words (.NET exposes no 512-bit gather: two AVX2 VPGATHERDD of 8).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe Vector512<int> Gather(int* baseAddress, Vector512<int> index) =>
        Vector512.Create(
            Avx2.GatherVector256(baseAddress, index.GetLower(), 1),
            Avx2.GatherVector256(baseAddress, index.GetUpper(), 1));

    /// <summary>The flip tests of <see cref="FlipThresholds"/> as two 16-entry tables each, indexed by the full key.</summary>
    private readonly struct Tables
    {
        private readonly Vector512<uint> _xorLow;
        private readonly Vector512<uint> _xorHigh;
        private readonly Vector512<uint> _belowLow;
        private readonly Vector512<uint> _belowHigh;
        private readonly Vector512<uint> _alwaysLow;
        private readonly Vector512<uint> _alwaysHigh;

        public Tables(FlipThresholds thresholds)
        {
            Span<uint> xor = stackalloc uint[32];
            Span<uint> below = stackalloc uint[32];
            Span<uint> always = stackalloc uint[32];
            xor.Clear();
            below.Clear();
            always.Clear();
            for (int k = 0; k < thresholds.Below.Length; k++)
            {
                xor[k] = thresholds.Xor[k];
                below[k] = thresholds.Below[k];
                always[k] = thresholds.Always[k] ? uint.MaxValue : 0;
            }

            _xorLow = Vector512.Create<uint>(xor[..16]);
            _xorHigh = Vector512.Create<uint>(xor[16..]);
            _belowLow = Vector512.Create<uint>(below[..16]);
            _belowHigh = Vector512.Create<uint>(below[16..]);
            _alwaysLow = Vector512.Create<uint>(always[..16]);
            _alwaysHigh = Vector512.Create<uint>(always[16..]);
        }

        /// <summary>All ones in the lanes whose site flips, given the keys (0 .. 31) and the random words.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector512<int> Flips(Vector512<int> key, Vector512<uint> words)
        {
            var index = key.AsUInt32();
            var xor = Avx512F.PermuteVar16x32x2(_xorLow, index, _xorHigh);
            var below = Avx512F.PermuteVar16x32x2(_belowLow, index, _belowHigh);
            var always = Avx512F.PermuteVar16x32x2(_alwaysLow, index, _alwaysHigh);
            return (Vector512.LessThan(words ^ xor, below) | always).AsInt32();
        }
    }
}
