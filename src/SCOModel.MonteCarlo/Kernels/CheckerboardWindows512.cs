using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace SCOModel.MonteCarlo.Kernels;

/// <summary>
/// The AVX-512 inner loop of <see cref="HypercubicCheckerboardKernel"/>: 64 bytes of a row per step, 32 sites of
/// the class. Neighbour sums of all 64 sites come from shifted vector loads and adds; the class sites are the low or
/// high byte of each 16-bit lane, which multiply-adds (VPMADDUBSW) turn into 16-bit spins, sums and keys; the keys
/// pick the first-byte tests of <see cref="FlipThresholds"/> from a 32-entry table (VPERMW), which are compared with
/// the first bytes of the sites' random words in the same 16-bit lanes.
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
    /// Updates the first ⌊Count / 32⌋ · 32 class sites of each row segment, 64 bytes of the row per step
    /// starting at the segment's first class site rounded down to an even x: the class sites are then the low
    /// (parity 0) or high (parity 1) byte of every 16-bit lane, and only the segment's own sites are written with new
    /// values. Site k of segment g decides with first byte first[Offset + k]; the lanes whose byte ties with the
    /// threshold are left as they are for the caller to decide: entry t &lt; the returned count of
    /// <paramref name="ties"/> is (g · 2^16 + w) · 2^32 + the mask of the tied lanes of window w of segment g (bit l:
    /// site w · WindowSites + l), for the windows that have any. <typeparamref name="TInvert"/> says whether any test
    /// inverts (heat bath); the loop compiled for Metropolis skips the inversion.
    /// </summary>
    public static int Update<TInvert>(Span<sbyte> spins, ReadOnlySpan<CheckerboardSegment> segments, int rowLength,
        int degree, ReadOnlySpan<byte> first, in Tables tables, Span<ulong> ties, ref CheckerboardFlipCounts counts)
        where TInvert : struct, IInvertFlag
    {
        ref sbyte origin = ref MemoryMarshal.GetReference(spins);
        var magnetisation = counts.Magnetisation512;
        var bondProducts = counts.BondProducts512;
        int tieCount = 0;
        for (int g = 0; g < segments.Length; g++)
        {
            ref readonly var segment = ref segments[g];
            int windows = segment.Count / WindowSites;
            int parity = segment.Parity;
            int rowStart = segment.RowStart;
            int rowEnd = rowStart + rowLength;
            ref byte firstByte = ref Unsafe.Add(ref MemoryMarshal.GetReference(first), segment.Offset);

            // Multiply-add weights that pick the class byte of each 16-bit lane (as a signed 16-bit value), once or
            // z + 1 times.
            var classByte = Vector512.Create(parity == 0 ? (short)0x0001 : (short)0x0100).AsByte();
            var keyWeight = Vector512.Create((short)((degree + 1) << (8 * parity))).AsByte();
            var flipBit = Vector512.Create(parity == 0 ? (short)0x00FE : unchecked((short)0xFE00));
            int firstStart = rowStart + (2 * segment.First);
            var previous = Vector512<sbyte>.Zero;
            for (int w = 0; w < windows; w++)
            {
                int start = firstStart + (w * WindowBytes);
                var centre = Vector512.LoadUnsafe(ref origin, (nuint)start);

                // Left neighbours: after the first window, from the previous window's bytes already in a register (a
                // load at start − 1 would overlap the store just made and stall on store forwarding); at the row
                // start, from the row's last window (periodic). The shifted-in bytes belong to the other class, which
                // this class's updates never change.
                var left = w > 0 ? ShiftInLast(previous, centre)
                    : start == rowStart ? ShiftInLast(Vector512.LoadUnsafe(ref origin, (nuint)(rowEnd - WindowBytes)), centre)
                    : Vector512.LoadUnsafe(ref origin, (nuint)(start - 1));
                var right = start + WindowBytes == rowEnd
                    ? ShiftInFirst(centre, Vector512.LoadUnsafe(ref origin, (nuint)rowStart))
                    : Vector512.LoadUnsafe(ref origin, (nuint)(start + 1));
                previous = centre;
                var sum = left + right;
                if (degree > 2)
                {
                    sum += Vector512.LoadUnsafe(ref origin, (nuint)(segment.YPlus + start)) +
                           Vector512.LoadUnsafe(ref origin, (nuint)(segment.YMinus + start));
                    if (degree > 4)
                    {
                        sum += Vector512.LoadUnsafe(ref origin, (nuint)(segment.ZPlus + start)) +
                               Vector512.LoadUnsafe(ref origin, (nuint)(segment.ZMinus + start));
                    }
                }

                // Spin, neighbour sum and key r = n + (z + 1) s of each class site as 16-bit lanes.
                var s = Avx512BW.MultiplyAddAdjacent(classByte, centre);
                var n = Avx512BW.MultiplyAddAdjacent(classByte, sum);
                var key = Avx512BW.MultiplyAddAdjacent(keyWeight, centre) + n;
                var bytes = Avx512BW.ConvertToVector512Int16(Vector256.LoadUnsafe(ref firstByte, (nuint)(w * WindowSites)));
                var test = tables.FirstByteTests(key);

                // The lanes whose first byte settles the test flip now; the ties (1 lane in 256) neither flip nor
                // count here: they are left to the caller, which needs the rest of their words
                // (FlipThresholds.FirstByteTest).
                var signed = TInvert.MayInvert ? bytes ^ Vector512.ShiftRightArithmetic(test, 15) : bytes;
                var flip = Vector512.LessThan(signed, test);
                uint tied = (uint)Vector512.Equals(signed, test).ExtractMostSignificantBits();
                ties[tieCount] = ((ulong)(uint)((g << 16) | w) << 32) | tied;
                tieCount += tied != 0 ? 1 : 0;
                (centre.AsInt16() ^ (flip & flipBit)).AsSByte().StoreUnsafe(ref origin, (nuint)start);

                // Each flip changes M by −2 s and Σ s_i s_j by −2 s n (the factor −2 is applied once, in the total).
                var flipped = flip & s;
                magnetisation += flipped;
                bondProducts += Avx512BW.MultiplyAddAdjacent(flipped, n);
            }
        }

        counts.Magnetisation512 = magnetisation;
        counts.BondProducts512 = bondProducts;
        return tieCount;
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

    /// <summary>The first-byte tests of <see cref="FlipThresholds"/> as one table indexed by the key r mod 32 (<see cref="CheckerboardKeys"/>).</summary>
    public readonly struct Tables
    {
        private readonly Vector512<short> _tests;

        public Tables(FlipThresholds thresholds) => _tests = Vector512.Create(thresholds.CheckerboardTests(compact: false));

        /// <summary>The first-byte test (<see cref="FlipThresholds.FirstByteTest"/>) of each lane's key r (VPERMW reads r mod 32).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector512<short> FirstByteTests(Vector512<short> key) => Avx512BW.PermuteVar32x16(_tests, key);
    }
}
