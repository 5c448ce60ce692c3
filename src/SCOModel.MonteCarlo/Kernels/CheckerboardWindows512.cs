using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace SCOModel.MonteCarlo.Kernels;

/// <summary>
/// The AVX-512 inner loop of <see cref="HypercubicCheckerboardKernel"/>: 64 bytes of a row per step, 32 sites of
/// the class. Neighbour sums of all 64 sites come from shifted vector loads and adds; the class sites are the low or
/// high byte of each 16-bit lane; their (spin, sum) keys pick the flip tests of <see cref="FlipThresholds"/> from
/// 16-entry tables (VPERMD), which are compared with the sites' random words.
/// </summary>
internal static class CheckerboardWindows512
{
    /// <summary>Bytes of a row per step.</summary>
    public const int WindowBytes = 64;

    /// <summary>Class sites per step.</summary>
    public const int WindowSites = 32;

    /// <summary>True where the hardware runs this loop (AVX-512 F and BW).</summary>
    public static bool IsSupported => Vector512.IsHardwareAccelerated && Avx512F.IsSupported && Avx512BW.IsSupported;

    /// <summary>
    /// Updates the first windows · 32 class sites of a row segment, 64 bytes of the row per step starting at
    /// the segment's first class site rounded down to an even x: the class sites are then the low (parity 0) or high
    /// (parity 1) byte of every 16-bit lane, and only the segment's own sites are written with new values.
    /// </summary>
    public static void Update(Span<sbyte> spins, in CheckerboardRow segment, int windows, ReadOnlySpan<uint> words,
        in Tables tables, ref CheckerboardFlipCounts counts)
    {
        ref sbyte origin = ref MemoryMarshal.GetReference(spins);
        ref uint word = ref MemoryMarshal.GetReference(words);
        int parity = segment.Parity;
        int rowStart = segment.RowStart;
        int rowEnd = rowStart + segment.RowLength;
        var degree = Vector512.Create((short)segment.Degree);
        var upOffset = Vector512.Create((short)(segment.Degree + 1));
        var flipBit = Vector512.Create(parity == 0 ? (short)0x00FE : unchecked((short)0xFE00));
        var magnetisation = counts.Magnetisation512;
        var bondProducts = counts.BondProducts512;
        var others = segment.OtherRows;
        int otherCount = others.Length;
        int other0 = otherCount > 0 ? others[0] - rowStart : 0;
        int other1 = otherCount > 1 ? others[1] - rowStart : 0;
        int other2 = otherCount > 2 ? others[2] - rowStart : 0;
        int other3 = otherCount > 3 ? others[3] - rowStart : 0;
        int firstStart = rowStart + (2 * segment.First);
        var previous = Vector512<sbyte>.Zero;
        for (int w = 0; w < windows; w++)
        {
            int start = firstStart + (w * WindowBytes);
            var centre = Vector512.LoadUnsafe(ref origin, (nuint)start);

            // Left neighbours: after the first window, from the previous window's bytes already in a register (a load
            // at start − 1 would overlap the store just made and stall on store forwarding); at the row start, from
            // the row's last window (periodic). The shifted-in bytes belong to the other class, which this class's
            // updates never change.
            var left = w > 0 ? ShiftInLast(previous, centre)
                : start == rowStart ? ShiftInLast(Vector512.LoadUnsafe(ref origin, (nuint)(rowEnd - WindowBytes)), centre)
                : Vector512.LoadUnsafe(ref origin, (nuint)(start - 1));
            var right = start + WindowBytes == rowEnd
                ? ShiftInFirst(centre, Vector512.LoadUnsafe(ref origin, (nuint)rowStart))
                : Vector512.LoadUnsafe(ref origin, (nuint)(start + 1));
            previous = centre;
            var sum = left + right;
            if (otherCount > 0)
            {
                sum += Vector512.LoadUnsafe(ref origin, (nuint)(other0 + start)) +
                       Vector512.LoadUnsafe(ref origin, (nuint)(other1 + start));
                if (otherCount > 2)
                {
                    sum += Vector512.LoadUnsafe(ref origin, (nuint)(other2 + start)) +
                           Vector512.LoadUnsafe(ref origin, (nuint)(other3 + start));
                }
            }

            var pairs = centre.AsInt16();
            Vector512<short> s, n;
            if (parity == 0)
            {
                s = Vector512.ShiftRightArithmetic(pairs << 8, 8);
                n = Vector512.ShiftRightArithmetic(sum.AsInt16() << 8, 8);
            }
            else
            {
                s = Vector512.ShiftRightArithmetic(pairs, 8);
                n = Vector512.ShiftRightArithmetic(sum.AsInt16(), 8);
            }

            // Key (n + z)/2 + (s > 0 ? z + 1 : 0): the compact index of (s, n) on a lattice of even degree z.
            var key = Vector512.ShiftRightArithmetic(n + degree, 1) + Vector512.AndNot(upOffset, Vector512.ShiftRightArithmetic(s, 15));
            var (keyLow, keyHigh) = Vector512.Widen(key);
            int offset = w * WindowSites;
            var flipLow = tables.Flips(keyLow.AsUInt32(), Vector512.LoadUnsafe(ref word, (nuint)offset));
            var flipHigh = tables.Flips(keyHigh.AsUInt32(), Vector512.LoadUnsafe(ref word, (nuint)(offset + (WindowSites / 2))));
            var flip = Vector512.Narrow(flipLow, flipHigh);
            (pairs ^ (flip & flipBit)).AsSByte().StoreUnsafe(ref origin, (nuint)start);

            // Each flip changes M by −2 s and Σ s_i s_j by −2 s n (the factor −2 is applied once, in the total).
            magnetisation += flip & s;
            bondProducts += flip & (s * n);
        }

        counts.Magnetisation512 = magnetisation;
        counts.BondProducts512 = bondProducts;
    }

    /// <summary>Byte 63 of <paramref name="previous"/>, then bytes 0 .. 62 of <paramref name="centre"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<sbyte> ShiftInLast(Vector512<sbyte> previous, Vector512<sbyte> centre)
    {
        // 128-bit lanes [previous.3, centre.0, centre.1, centre.2]; then per lane its last byte before centre's lane.
        var before = Avx512F.AlignRight32(centre.AsUInt32(), previous.AsUInt32(), 12).AsSByte();
        return Avx512BW.AlignRight(centre, before, 15);
    }

    /// <summary>Bytes 1 .. 63 of <paramref name="centre"/>, then byte 0 of <paramref name="next"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<sbyte> ShiftInFirst(Vector512<sbyte> centre, Vector512<sbyte> next)
    {
        // 128-bit lanes [centre.1, centre.2, centre.3, next.0]; then per lane centre's lane moved down by one byte.
        var after = Avx512F.AlignRight32(next.AsUInt32(), centre.AsUInt32(), 4).AsSByte();
        return Avx512BW.AlignRight(after, centre, 1);
    }

    /// <summary>The flip tests of <see cref="FlipThresholds"/> as 16-entry tables indexed by the compact key (<see cref="CheckerboardKeys"/>).</summary>
    public readonly struct Tables
    {
        private readonly Vector512<uint> _xor;
        private readonly Vector512<uint> _below;
        private readonly Vector512<uint> _always;

        public Tables(FlipThresholds thresholds, int degree)
        {
            Span<uint> xor = stackalloc uint[16];
            Span<uint> below = stackalloc uint[16];
            Span<uint> always = stackalloc uint[16];
            CheckerboardKeys.Fill(thresholds, degree, xor, below, always);
            _xor = Vector512.Create<uint>(xor);
            _below = Vector512.Create<uint>(below);
            _always = Vector512.Create<uint>(always);
        }

        /// <summary>All ones in the lanes whose site flips, given the compact keys and the random words.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector512<int> Flips(Vector512<uint> key, Vector512<uint> words)
        {
            var xor = Avx512F.PermuteVar16x32(_xor, key);
            var below = Avx512F.PermuteVar16x32(_below, key);
            var always = Avx512F.PermuteVar16x32(_always, key);
            return (Vector512.LessThan(words ^ xor, below) | always).AsInt32();
        }
    }
}
