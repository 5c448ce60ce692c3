using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using SCOModel.Core.Lattices;
using SCOModel.Core.Models;

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
/// Steps whose 16 sites and windows are evenly spaced (<see cref="Stride"/>: the interior of the rows of row-major
/// lattices) read each window with one 64-byte load and a byte permutation instead of the gathers; where 32 sites
/// in a row are spaced by 2 with the same neighbour offsets (the rows of a square lattice's colour classes,
/// <see cref="WideSteps"/>), one wide step takes all 32 in 16-bit lanes from bytewise sums of shifted 64-byte loads,
/// as the checkerboard kernel does (about twice as fast per site as two 16-lane steps). The new spins go
/// to a buffer and into the configuration after the loop (<see cref="WriteBack"/>), so that no window load waits on
/// the previous step's stores.
/// The (spin, sum) key picks the first-byte test of <see cref="FlipThresholds"/> from two 16-entry tables (VPERMI2D)
/// and compares it with the first bytes of the sites' random words; the lanes whose byte ties (1 in 256) take the
/// full decision with the refinement (<see cref="SpinRandom"/>).
/// <para>
/// Bit identity with the scalar kernel: the sites of a chunk are mutually non-adjacent (one colour class), so no
/// lane reads a spin another lane of the same step writes, and updating 16 at once is the same as one at a time.
/// Each lane forms the same integer neighbour sum n (Σ weight × spin over the windows = Σ over the CSR entries,
/// duplicates included), the same key, the same test on the same word (slot firstSlot + k of the same Philox
/// streams), hence the same decision; the moment changes are integer sums (ΔM = Σ change, ΔΣ s_i s_j = Σ change · n),
/// identical in any order, and the weighted bond sum is J times the latter exactly as in the scalar kernel.
/// </para>
/// </summary>
internal sealed class GraphVectorKernel
{
    /// <summary>Sites per vector step.</summary>
    public const int Lanes = 16;

    /// <summary>Largest z_max the kernel takes: 2 (2 z_max + 1) table entries must fit in two 16-entry vectors.</summary>
    public const int MaxSupportedDegree = 7;

    /// <summary>
    /// Largest lane spacing of an evenly spaced step: 16 lanes of 4-byte windows at d l (l &lt; 16) fit in 64 bytes.
    /// </summary>
    public const int MaxStride = 4;

    /// <summary>
    /// Per stride d (64 bytes each, entry d − 1): the byte permutation that turns 64 bytes loaded at lane 0's window
    /// into the 16 lanes' windows (byte b of dword l ← byte d l + b), the one that moves byte l (the new spin of lane
    /// l) to byte d l, and the mask of the bytes d l (l &lt; 16).
    /// </summary>
    private static readonly byte[] WindowPermutations = StridePatterns((d, p) => (byte)((d * (p / 4)) + (p % 4)));

    private static readonly byte[] SpinPermutations = StridePatterns((d, p) => (byte)(p % d == 0 && p / d < Lanes ? p / d : 0));

    private static readonly byte[] SpinMasks = StridePatterns((d, p) => (byte)(p % d == 0 && p / d < Lanes ? 0xFF : 0));

    /// <summary>Sites per wide step (<see cref="WideSteps"/>): the even bytes of 64, one per 16-bit lane.</summary>
    public const int WideLanes = 32;

    /// <summary>
    /// Ints per entry of the wide steps' term table: the count, then up to <see cref="MaxSupportedDegree"/> offsets.
    /// </summary>
    private const int TermStride = MaxSupportedDegree + 1;

    private readonly Lattice _lattice;
    private readonly int _slotCount;
    private readonly int[] _starts;
    private readonly uint[] _weights;
    private readonly uint[] _own;
    private readonly int[] _stepWindows;
    private readonly byte[] _stepStrides;
    private readonly int[] _wideSteps;
    private readonly int[] _wideTerms;

    private GraphVectorKernel(Lattice lattice, int windows, int[] starts, uint[] weights, uint[] own, int[] stepWindows,
        byte[] stepStrides, int[] wideSteps, int[] wideTerms)
    {
        _lattice = lattice;
        _slotCount = lattice.SiteCount;
        Windows = windows;
        _starts = starts;
        _weights = weights;
        _own = own;
        _stepWindows = stepWindows;
        _stepStrides = stepStrides;
        _wideSteps = wideSteps;
        _wideTerms = wideTerms;
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
    /// The fraction of the steps starting at the given slots (the first slots of vector steps) whose 16 lanes are
    /// evenly spaced (<see cref="Stride"/>): the steps that load their windows contiguously.
    /// </summary>
    public double EvenlySpacedFraction(IEnumerable<int> stepSlots) => stepSlots.Average(slot => _stepStrides[slot] > 0 ? 1.0 : 0.0);

    /// <summary>Whether 32 sites from the given slot can run as one wide step (<see cref="WideSteps"/>).</summary>
    public bool IsWideStep(int slot) => _wideSteps[slot] >= 0;

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

        var stepStrides = new byte[slots];
        for (int slot = 0; slot < slots; slot++)
        {
            stepStrides[slot] = (byte)Stride(slot, slots, stepWindows[slot], siteOfSlot, starts, weights, own);
        }

        var (wideSteps, wideTerms) = WideSteps(slots, stepWindows, stepStrides, siteOfSlot, starts, weights);
        return new GraphVectorKernel(lattice, windows, starts, weights, own, stepWindows, stepStrides, wideSteps,
            wideTerms);
    }

    /// <summary>
    /// Per slot, the entry in the returned term table of the wide step that starts there, or −1. A wide step is 32
    /// slots whose sites are evenly spaced by 2 (two steps of stride 2, the second 32 sites after the first: the
    /// interior of a row of the square lattice in colour order) with the same neighbour offsets: its term
    /// table entry is the count of the neighbour list, then each neighbour's offset from the site (repeated as often
    /// as the list repeats it). Such a step reads 64 bytes at the first site and at the first site plus each offset
    /// (byte 2 l: lane l's spin and neighbours, all inside the configuration), sums them bytewise and decides its
    /// 32 sites in the 16-bit lanes, as the checkerboard kernel does: twice the sites of a 16-lane step for about the
    /// same work. (Loading from the even byte below an odd first site, so that the spins' and ±y rows' loads fall on
    /// 64-byte boundaries as in the checkerboard kernel, measured no faster.) Entries are shared by the steps with
    /// the same offsets (a few per lattice).
    /// </summary>
    private static (int[] WideSteps, int[] Terms) WideSteps(int slots, int[] stepWindows, byte[] stepStrides,
        int[] siteOfSlot, int[] starts, uint[] weights)
    {
        var wide = new int[slots];
        Array.Fill(wide, -1);
        var table = new List<int>();
        var entries = new Dictionary<string, int>();
        Span<int> terms = stackalloc int[TermStride];
        Span<int> second = stackalloc int[TermStride];
        int last = -1;
        for (int slot = 0; slot + WideLanes <= slots; slot++)
        {
            int site = siteOfSlot[slot];
            if (stepStrides[slot] != 2 || stepStrides[slot + Lanes] != 2 ||
                siteOfSlot[slot + Lanes] != site + (2 * Lanes) || site + Vector512<byte>.Count > slots ||
                !Terms(slot, slots, stepWindows[slot], site, starts, weights, terms) ||
                !Terms(slot + Lanes, slots, stepWindows[slot + Lanes], site + (2 * Lanes), starts, weights, second) ||
                !terms.SequenceEqual(second))
            {
                continue;
            }

            bool inside = true;
            for (int t = 1; t <= terms[0]; t++)
            {
                inside &= site + terms[t] >= 0 && site + terms[t] + Vector512<byte>.Count <= slots;
            }

            if (!inside)
            {
                continue;
            }

            // Consecutive steps mostly share their offsets: look up the others only.
            if (last < 0 || !terms.SequenceEqual(CollectionsMarshal.AsSpan(table).Slice(last, TermStride)))
            {
                string key = string.Join(',', terms.ToArray());
                if (!entries.TryGetValue(key, out last))
                {
                    last = table.Count;
                    entries.Add(key, last);
                    table.AddRange(terms.ToArray());
                }
            }

            wide[slot] = last;
        }

        return (wide, table.ToArray());
    }

    /// <summary>
    /// The neighbour offsets from <paramref name="site"/> of the slot's windows (count in [0], then one offset per
    /// unit of weight, pads set to 0); false where the list has more than <see cref="MaxSupportedDegree"/> entries.
    /// </summary>
    private static bool Terms(int slot, int slots, int windows, int site, int[] starts, uint[] weights, Span<int> terms)
    {
        terms.Clear();
        int count = 0;
        for (int w = 0; w < windows; w++)
        {
            int entry = (w * slots) + slot;
            for (int b = 0; b < 4; b++)
            {
                for (uint c = (weights[entry] >> (8 * b)) & 0xFF; c > 0; c--)
                {
                    if (count == MaxSupportedDegree)
                    {
                        return false;
                    }

                    terms[++count] = starts[entry] + b - site;
                }
            }
        }

        terms[0] = count;
        return true;
    }

    /// <summary>
    /// d ∈ 1 .. <see cref="MaxStride"/> where the 16 lanes of a step starting at <paramref name="slot"/> are evenly
    /// spaced: site, own weight, and every window's start and weights of lane l are those of lane 0 with the sites and
    /// starts moved by d l (the interior of a row of any row-major lattice, d = 2 on the square checkerboard), and
    /// every byte the step reads or writes lies in the 64 bytes from the window's or site's start inside the
    /// configuration; 0 otherwise. Such a step loads each window's 16 lanes as one 64-byte load and a byte
    /// permutation instead of a gather, and stores its 16 spins with one masked store.
    /// </summary>
    private static int Stride(int slot, int slots, int windows, int[] siteOfSlot, int[] starts, uint[] weights, uint[] own)
    {
        if (slot + Lanes > slots)
        {
            return 0;
        }

        int site = siteOfSlot[slot];
        int d = siteOfSlot[slot + 1] - site;
        if (d < 1 || d > MaxStride || site + Vector512<byte>.Count > slots)
        {
            return 0;
        }

        for (int l = 1; l < Lanes; l++)
        {
            if (siteOfSlot[slot + l] != site + (d * l) || own[slot + l] != own[slot])
            {
                return 0;
            }
        }

        for (int w = 0; w < windows; w++)
        {
            int entry = (w * slots) + slot;
            if (starts[entry] + Vector512<byte>.Count > slots)
            {
                return 0;
            }

            for (int l = 1; l < Lanes; l++)
            {
                if (starts[entry + l] != starts[entry] + (d * l) || weights[entry + l] != weights[entry])
                {
                    return 0;
                }
            }
        }

        return d;
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
    /// <paramref name="spins"/> must be the lattice's whole configuration inside a managed array (the windows of the
    /// first sites start up to 3 bytes before the first spin, with weight 0: in the array's length field, or in the
    /// padding before an aligned configuration).
    /// </summary>
    [SkipLocalsInit]
    public ConfigurationMoments Update(ReadOnlySpan<int> sites, int firstSlot, Span<sbyte> spins,
        FlipThresholds thresholds, in SpinRandom random, uint sweep)
    {
        if (thresholds.MaxDegree != Degree || spins.Length != _slotCount)
        {
            throw new ArgumentException("The spins or thresholds belong to another lattice.");
        }

        int count = sites.Length;
        int length = SpinRandom.BufferLength(firstSlot, count);
        uint[]? rented = length <= SpinRandom.StackLimit ? null : SpinRandom.Rent(length);
        Span<uint> buffer = rented is null ? stackalloc uint[length] : rented.AsSpan(0, length);
        var first = random.FirstBytes(sweep, firstSlot, count, buffer);

        int vectorSites = IsSupported ? count - (count % Lanes) : 0;
        long dm = 0;
        long products = 0;
        if (vectorSites > 0)
        {
            Span<ulong> tiedSteps = stackalloc ulong[vectorSites / Lanes];
            Span<int> tieBuffer = stackalloc int[ChunkTies.BufferLength];
            var ties = new ChunkTies(spins, thresholds, firstSlot, random, sweep, tieBuffer);
            int tieCount;
            (dm, products, tieCount) = UpdateVectors(sites, firstSlot, vectorSites, spins, first, new Tables(thresholds),
                tiedSteps);
            foreach (ulong step in tiedSteps[..tieCount])
            {
                for (uint lanes = (uint)step; lanes != 0; lanes &= lanes - 1)
                {
                    // Ties of (wide) steps with shared offsets sum their neighbours from the term table, which the
                    // wide steps keep in cache, where the window layout they never read would miss it.
                    int k = ((int)(step >> 32) * Lanes) + BitOperations.TrailingZeroCount(lanes);
                    int wide = _wideSteps[firstSlot + ((int)(step >> 32) * Lanes)];
                    int sum = wide >= 0 ? WideNeighbourSum(spins, sites[k], wide) : NeighbourSum(spins, firstSlot + k);
                    ties.Add(sites[k], k, sum);
                }
            }

            ties.Decide();
            dm += ties.Magnetisation;
            products += ties.BondProducts;
        }

        // The last few sites of the chunk, one at a time from the neighbour lists (integer sums: any order).
        var (tailMagnetisation, tailProducts) = SingleSpinKernel.UpdateTabulatedSites(
            sites, vectorSites, firstSlot, spins, _lattice.Offsets, _lattice.Neighbours, thresholds, first, random, sweep);
        dm += tailMagnetisation;
        products += tailProducts;

        SpinRandom.Return(rented);
        return new ConfigurationMoments(dm, thresholds.CouplingK * products, products);
    }

    /// <summary>
    /// The vector steps of the first <paramref name="vectorSites"/> sites; the lanes whose first byte ties with the
    /// threshold are left as they are: entry t &lt; the returned tie count of <paramref name="ties"/> is
    /// step · 2^32 + the mask of the step's tied lanes, for the steps that have any.
    /// </summary>
    private unsafe (long Magnetisation, long BondProducts, int TieCount) UpdateVectors(ReadOnlySpan<int> sites,
        int firstSlot, int vectorSites, Span<sbyte> spins, ReadOnlySpan<byte> first, in Tables tables, Span<ulong> ties)
    {
        fixed (int* siteBase = sites)
        fixed (byte* firstBase = first)
        fixed (ulong* tieBase = ties)
        fixed (sbyte* spinBase = spins)
        fixed (int* startBase = _starts)
        fixed (uint* weightBase = _weights)
        fixed (uint* ownBase = _own)
        fixed (int* stepBase = _stepWindows)
        fixed (byte* strideBase = _stepStrides)
        fixed (byte* windowPermutations = WindowPermutations)
        fixed (byte* spinPermutations = SpinPermutations)
        fixed (byte* spinMasks = SpinMasks)
        fixed (int* wideBase = _wideSteps)
        fixed (int* termBase = _wideTerms)
        {
            var layout = new Layout(startBase, weightBase, ownBase, stepBase, strideBase, _slotCount, windowPermutations,
                spinPermutations, spinMasks, wideBase, termBase);

            // The new spins go to a buffer first and into the configuration after the loop: a step's windows
            // overlap the bytes the previous step stored (other sites, never the same: one colour class), and a load
            // that overlaps a recent store which cannot forward to it (a masked store, or several byte stores) waits
            // for that store to retire, which serialised the steps and cost more than all the arithmetic.
            sbyte* next = stackalloc sbyte[Math.Min(vectorSites, SweepSchedule.ChunkSize)];
            if (vectorSites > SweepSchedule.ChunkSize)
            {
                throw new ArgumentException("A chunk holds more sites than the schedule's chunk size.", nameof(sites));
            }

            var result = Steps(layout, siteBase, firstSlot, vectorSites, spinBase, firstBase, tables, tieBase, Degree, next);
            WriteBack(layout, siteBase, firstSlot, vectorSites, spinBase, next);
            return result;
        }
    }

    /// <summary>
    /// Stores the new spins of the vector steps (<paramref name="next"/>[k]: site k of the chunk) into the
    /// configuration, and no other byte (the others may belong to chunks of other threads): evenly spaced steps with
    /// one masked store of the bytes d l, the others byte by byte.
    /// </summary>
    private static unsafe void WriteBack(in Layout layout, int* sites, int firstSlot, int vectorSites, sbyte* spins,
        sbyte* next)
    {
        // The even bytes of 64 (wide steps: lane l at byte 2 l).
        var evenBytes = Vector512.Create((short)0x00FF).AsByte();
        for (int k = 0; k < vectorSites; k += Lanes)
        {
            if (layout.WideSteps[firstSlot + k] >= 0 && k + WideLanes <= vectorSites)
            {
                var widened = Avx512BW.ConvertToVector512Int16(Vector256.Load((byte*)next + k)).AsByte();
                Avx512BW.MaskStore((byte*)spins + sites[k], evenBytes, widened);
                k += Lanes;
                continue;
            }

            int pattern = Avx512Vbmi.IsSupported ? (layout.Strides[firstSlot + k] - 1) * Vector512<byte>.Count : -1;
            if (pattern >= 0)
            {
                // VPERMB reads bytes 0 .. 15 of the register only: the upper 48 bytes of the 128-bit load are unused.
                var spinBytes = Avx512Vbmi.PermuteVar64x8(Vector128.Load((byte*)next + k).ToVector256Unsafe().ToVector512Unsafe(),
                    Vector512.Load(layout.SpinPermutations + pattern));
                Avx512BW.MaskStore((byte*)spins + sites[k], Vector512.Load(layout.SpinMasks + pattern), spinBytes);
            }
            else
            {
                for (int l = k; l < k + Lanes; l++)
                {
                    spins[sites[l]] = next[l];
                }
            }
        }
    }

    /// <summary>
    /// The loop of <see cref="UpdateVectors"/> on pinned data, in a method of its own with no stack allocation and
    /// few locals, so that the JIT keeps the accumulators, tables and pointers in registers (with the pinning and
    /// the stack buffer in the same method it spilled them on every step).
    /// </summary>
    private static unsafe (long Magnetisation, long BondProducts, int TieCount) Steps(in Layout layout, int* sites,
        int firstSlot, int vectorSites, sbyte* spins, byte* first, in Tables tables, ulong* ties, int degree, sbyte* next)
    {
        var shift = Vector512.Create((2 * degree) + 1);
        var centre = Vector512.Create(degree);
        var low = tables.Low;
        var high = tables.High;
        var dmLanes = Vector512<int>.Zero;
        var productLanes = Vector512<int>.Zero;

        // Wide steps: the low byte of each 16-bit lane is a site (multiply-add weight 1, the high byte weight 0);
        // their flips are tallied as Σ s and Σ s n over the flipped sites, times −2 at the end.
        var wideTests = tables.Wide;
        var siteByte = Vector512.Create((short)1).AsByte();
        var shift16 = Vector512.Create((short)((2 * degree) + 1));
        var centre16 = Vector512.Create((short)degree);
        var wideDm = Vector512<int>.Zero;
        var wideProducts = Vector512<int>.Zero;
        int tieCount = 0;
        int slots = layout.Slots;
        byte* bytes = (byte*)spins;
        for (int k = 0; k < vectorSites; k += Lanes)
        {
            int slot = firstSlot + k;
            int step = k / Lanes;
            int wide = layout.WideSteps[slot];
            if (wide >= 0 && k + WideLanes <= vectorSites)
            {
                // 32 sites at stride 2: bytewise sums of 64-byte loads at the neighbour offsets (|n| ≤ 7: no byte
                // overflow in any lane), then spin, sum, key and test in 16-bit lanes (VPERMW from 32 tests).
                sbyte* origin = spins + sites[k];
                int* terms = layout.WideTerms + wide;
                var spinBytes = Vector512.Load(origin);
                var sumBytes = Vector512<sbyte>.Zero;
                for (int t = 1; t <= terms[0]; t++)
                {
                    sumBytes += Vector512.Load(origin + terms[t]);
                }

                var spisum16 = Avx512BW.MultiplyAddAdjacent(siteByte, spinBytes);
                var sum16 = Avx512BW.MultiplyAddAdjacent(siteByte, sumBytes);
                var key16 = sum16 + centre16 + (Vector512.GreaterThan(spisum16, Vector512<short>.Zero) & shift16);
                var drawspisum16 = Avx512BW.ConvertToVector512Int16(Vector256.Load(first + k)).AsInt16();
                var test16 = Avx512BW.PermuteVar32x16(wideTests, key16);
                var signed16 = drawspisum16 ^ Vector512.ShiftRightArithmetic(test16, 15);
                var flip16 = Vector512.LessThan(signed16, test16);
                uint tied16 = (uint)Vector512.Equals(signed16, test16).ExtractMostSignificantBits();
                ties[tieCount] = ((ulong)(uint)step << 32) | tied16;
                tieCount += tied16 != 0 ? 1 : 0;
                var flipped = spisum16 & flip16;
                wideDm += Avx512BW.MultiplyAddAdjacent(flipped, Vector512<short>.One);
                wideProducts += Avx512BW.MultiplyAddAdjacent(flipped, sum16);
                Avx512BW.ConvertToVector256SByte(spisum16 - (flipped + flipped)).Store(next + k);
                k += Lanes;
                continue;
            }

            int windows = layout.StepWindows[slot];

            // Evenly spaced lanes (most steps on row-major lattices) read each window with one 64-byte load and a
            // byte permutation (VPERMB); the others gather, 2 × 8 dwords per window.
            int pattern = Avx512Vbmi.IsSupported ? (layout.Strides[slot] - 1) * Vector512<byte>.Count : -1;
            Vector512<short> s16;
            Vector512<short> n16;
            if (pattern >= 0)
            {
                var permutation = Vector512.Load(layout.WindowPermutations + pattern);
                var window = Avx512Vbmi.PermuteVar64x8(Vector512.Load(bytes + layout.Starts[slot]), permutation).AsSByte();
                s16 = Avx512BW.MultiplyAddAdjacent(Vector512.Load(layout.Own + slot).AsByte(), window);
                n16 = Avx512BW.MultiplyAddAdjacent(Vector512.Load(layout.Weights + slot).AsByte(), window);
                for (int entry = slot + slots; entry < slot + (windows * slots); entry += slots)
                {
                    window = Avx512Vbmi.PermuteVar64x8(Vector512.Load(bytes + layout.Starts[entry]), permutation).AsSByte();
                    n16 += Avx512BW.MultiplyAddAdjacent(Vector512.Load(layout.Weights + entry).AsByte(), window);
                }
            }
            else
            {
                var window = Gather((int*)spins, Vector512.Load(layout.Starts + slot)).AsSByte();
                s16 = Avx512BW.MultiplyAddAdjacent(Vector512.Load(layout.Own + slot).AsByte(), window);
                n16 = Avx512BW.MultiplyAddAdjacent(Vector512.Load(layout.Weights + slot).AsByte(), window);
                for (int entry = slot + slots; entry < slot + (windows * slots); entry += slots)
                {
                    window = Gather((int*)spins, Vector512.Load(layout.Starts + entry)).AsSByte();
                    n16 += Avx512BW.MultiplyAddAdjacent(Vector512.Load(layout.Weights + entry).AsByte(), window);
                }
            }

            var s = Avx512BW.MultiplyAddAdjacent(s16, Vector512<short>.One);
            var n = Avx512BW.MultiplyAddAdjacent(n16, Vector512<short>.One);

            // Key (s > 0 ? 2 z_max + 1 : 0) + n + z_max, as FlipThresholds.Index.
            var key = n + centre + (Vector512.GreaterThan(s, Vector512<int>.Zero) & shift);
            var draws = Avx512F.ConvertToVector512Int32(Vector128.Load(first + k));
            var test = Avx512F.PermuteVar16x32x2(low, key, high);

            // The lanes whose first byte settles the test flip now; the ties (1 lane in 256) neither flip nor count
            // here: they are left to the caller, which needs the rest of their words.
            var signed = draws ^ Vector512.ShiftRightArithmetic(test, 31);
            var flip = Vector512.LessThan(signed, test);
            uint tied = (uint)Vector512.Equals(signed, test).ExtractMostSignificantBits();
            ties[tieCount] = ((ulong)(uint)step << 32) | tied;
            tieCount += tied != 0 ? 1 : 0;
            var change = (s * -2) & flip;
            dmLanes += change;
            productLanes += change * n;

            // Every site's new spin, flipped or not (branch-free: the flips are coin tosses near T_c), for WriteBack.
            Avx512F.ConvertToVector128SByte(s + change).Store(next + k);
        }

        // Per lane |ΔM| ≤ 2 and |Δ Σ s s| ≤ 2 z_max per step: int lanes cannot overflow below 10^8 sites per chunk.
        dmLanes -= wideDm + wideDm;
        productLanes -= wideProducts + wideProducts;
        var (dmLow, dmHigh) = Vector512.Widen(dmLanes);
        var (productLow, productHigh) = Vector512.Widen(productLanes);
        return (Vector512.Sum(dmLow + dmHigh), Vector512.Sum(productLow + productHigh), tieCount);
    }

    /// <summary>
    /// Σ of the neighbour spins of the site of a slot from the window layout the vector steps have just read (the
    /// neighbour lists would miss the cache): Σ over its windows of weight × spin, skipping the zero weights (a
    /// window may start before the first spin).
    /// </summary>
    private int NeighbourSum(ReadOnlySpan<sbyte> spins, int slot)
    {
        int sum = 0;
        for (int w = 0; w < Windows; w++)
        {
            int start = _starts[(w * _slotCount) + slot];
            uint weights = _weights[(w * _slotCount) + slot];
            for (int b = 0; b < 4; b++, weights >>= 8)
            {
                if ((weights & 0xFF) != 0)
                {
                    sum += (int)(weights & 0xFF) * spins[start + b];
                }
            }
        }

        return sum;
    }

    /// <summary>
    /// Σ of the neighbour spins of a site of a wide-step entry (every slot of the 32 from a slot with an entry has
    /// the entry's offsets, whether its step ran wide or not).
    /// </summary>
    private int WideNeighbourSum(ReadOnlySpan<sbyte> spins, int site, int entry)
    {
        int sum = 0;
        for (int t = 1; t <= _wideTerms[entry]; t++)
        {
            sum += spins[site + _wideTerms[entry + t]];
        }

        return sum;
    }

    private static byte[] StridePatterns(Func<int, int, byte> byteOf)
    {
        int bytes = Vector512<byte>.Count;
        var patterns = new byte[MaxStride * bytes];
        for (int d = 1; d <= MaxStride; d++)
        {
            for (int p = 0; p < bytes; p++)
            {
                patterns[((d - 1) * bytes) + p] = byteOf(d, p);
            }
        }

        return patterns;
    }

    /// <summary>16 gathered 32-bit words (.NET exposes no 512-bit gather: two AVX2 VPGATHERDD of 8).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe Vector512<int> Gather(int* baseAddress, Vector512<int> index) =>
        Vector512.Create(
            Avx2.GatherVector256(baseAddress, index.GetLower(), 1),
            Avx2.GatherVector256(baseAddress, index.GetUpper(), 1));

    /// <summary>The kernel's pinned arrays, as the vector loop reads them.</summary>
    private readonly unsafe struct Layout(int* starts, uint* weights, uint* own, int* stepWindows, byte* strides,
        int slots, byte* windowPermutations, byte* spinPermutations, byte* spinMasks, int* wideSteps, int* wideTerms)
    {
        public readonly int* Starts = starts;
        public readonly uint* Weights = weights;
        public readonly uint* Own = own;
        public readonly int* StepWindows = stepWindows;
        public readonly byte* Strides = strides;
        public readonly int Slots = slots;
        public readonly byte* WindowPermutations = windowPermutations;
        public readonly byte* SpinPermutations = spinPermutations;
        public readonly byte* SpinMasks = spinMasks;
        public readonly int* WideSteps = wideSteps;
        public readonly int* WideTerms = wideTerms;
    }

    /// <summary>The first-byte tests of <see cref="FlipThresholds"/>, sign-extended to 32 bits, as two 16-entry tables indexed by the full key.</summary>
    private readonly struct Tables
    {
        private readonly Vector512<int> _low;
        private readonly Vector512<int> _high;
        private readonly Vector512<short> _wide;

        public Tables(FlipThresholds thresholds)
        {
            Span<int> tests = stackalloc int[2 * Lanes];
            tests.Clear();
            for (int k = 0; k < thresholds.Count; k++)
            {
                tests[k] = thresholds.FirstByteTest(k);
            }

            _low = Vector512.Create<int>(tests[..Lanes]);
            _high = Vector512.Create<int>(tests[Lanes..]);
            Span<short> wide = stackalloc short[2 * Lanes];
            for (int k = 0; k < wide.Length; k++)
            {
                wide[k] = (short)tests[k];
            }

            _wide = Vector512.Create<short>(wide);
        }

        /// <summary>Entries 0 .. 15 (VPERMI2D with <see cref="High"/> picks the test of each lane's key, 0 .. 31).</summary>
        public Vector512<int> Low => _low;

        /// <summary>Entries 16 .. 31.</summary>
        public Vector512<int> High => _high;

        /// <summary>Entries 0 .. 31 as 16-bit lanes, for the wide steps (VPERMW).</summary>
        public Vector512<short> Wide => _wide;
    }
}
