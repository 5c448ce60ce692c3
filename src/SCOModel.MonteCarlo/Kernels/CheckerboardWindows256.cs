using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace SCOModel.MonteCarlo.Kernels;

/// <summary>
/// The AVX2 inner loop of <see cref="HypercubicCheckerboardKernel"/>, for CPUs without AVX-512: the scheme of
/// <see cref="CheckerboardWindows512"/> on 32 bytes of a row (16 class sites) per step.
/// </summary>
internal static class CheckerboardWindows256
{
    /// <summary>Bytes of a row per step.</summary>
    public const int WindowBytes = 32;

    /// <summary>Class sites per step.</summary>
    public const int WindowSites = 16;

    /// <summary>True where the hardware runs this loop (AVX2).</summary>
    public static bool IsSupported => Vector256.IsHardwareAccelerated && Avx2.IsSupported;

    /// <summary>
    /// Updates the first ⌊Count / 16⌋ · 16 class sites of each row segment, 32 bytes of the row per step
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
        var magnetisation = counts.Magnetisation256;
        var bondProducts = counts.BondProducts256;
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
            var classByte = Vector256.Create(parity == 0 ? (short)0x0001 : (short)0x0100).AsByte();
            var keyWeight = Vector256.Create((short)((degree + 1) << (8 * parity))).AsByte();
            var flipBit = Vector256.Create(parity == 0 ? (short)0x00FE : unchecked((short)0xFE00));
            int firstStart = rowStart + (2 * segment.First);
            var previous = Vector256<sbyte>.Zero;
            for (int w = 0; w < windows; w++)
            {
                int start = firstStart + (w * WindowBytes);
                var centre = Vector256.LoadUnsafe(ref origin, (nuint)start);

                // Left neighbours: after the first window, from the previous window's bytes already in a register (a
                // load at start − 1 would overlap the store just made and stall on store forwarding); at the row
                // start, from the row's last window (periodic). The shifted-in bytes belong to the other class, which
                // this class's updates never change.
                var left = w > 0 ? ShiftInLast(previous, centre)
                    : start == rowStart ? ShiftInLast(Vector256.LoadUnsafe(ref origin, (nuint)(rowEnd - WindowBytes)), centre)
                    : Vector256.LoadUnsafe(ref origin, (nuint)(start - 1));
                var right = start + WindowBytes == rowEnd
                    ? ShiftInFirst(centre, Vector256.LoadUnsafe(ref origin, (nuint)rowStart))
                    : Vector256.LoadUnsafe(ref origin, (nuint)(start + 1));
                previous = centre;
                var sum = left + right;
                if (degree > 2)
                {
                    sum += Vector256.LoadUnsafe(ref origin, (nuint)(segment.YPlus + start)) +
                           Vector256.LoadUnsafe(ref origin, (nuint)(segment.YMinus + start));
                    if (degree > 4)
                    {
                        sum += Vector256.LoadUnsafe(ref origin, (nuint)(segment.ZPlus + start)) +
                               Vector256.LoadUnsafe(ref origin, (nuint)(segment.ZMinus + start));
                    }
                }

                // Spin, neighbour sum and key r = n + (z + 1) s of each class site as 16-bit lanes.
                var s = Avx2.MultiplyAddAdjacent(classByte, centre);
                var n = Avx2.MultiplyAddAdjacent(classByte, sum);
                var key = Avx2.MultiplyAddAdjacent(keyWeight, centre) + n;
                var bytes = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref firstByte, (nuint)(w * WindowSites)));
                var test = tables.FirstByteTests(key);

                // The lanes whose first byte settles the test flip now; the ties (1 lane in 256) neither flip nor
                // count here: they are left to the caller, which needs the rest of their words
                // (FlipThresholds.FirstByteTest).
                var signed = TInvert.MayInvert ? bytes ^ Vector256.ShiftRightArithmetic(test, 15) : bytes;
                var flip = Vector256.LessThan(signed, test);
                uint tied = (uint)Vector256.Equals(signed, test).ExtractMostSignificantBits();
                ties[tieCount] = ((ulong)(uint)((g << 16) | w) << 32) | tied;
                tieCount += tied != 0 ? 1 : 0;
                (centre.AsInt16() ^ (flip & flipBit)).AsSByte().StoreUnsafe(ref origin, (nuint)start);

                // Each flip changes M by −2 s and Σ s_i s_j by −2 s n (the factor −2 is applied once, in the total).
                var flipped = flip & s;
                magnetisation += flipped;
                bondProducts += Avx2.MultiplyAddAdjacent(flipped, n);
            }
        }

        counts.Magnetisation256 = magnetisation;
        counts.BondProducts256 = bondProducts;
        return tieCount;
    }

    /// <summary>Byte 31 of <paramref name="previous"/>, then bytes 0 .. 30 of <paramref name="centre"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<sbyte> ShiftInLast(Vector256<sbyte> previous, Vector256<sbyte> centre)
    {
        // 128-bit lanes [previous.1, centre.0]; then per lane its last byte before centre's lane.
        var before = Avx2.Permute2x128(previous, centre, 0x21);
        return Avx2.AlignRight(centre, before, 15);
    }

    /// <summary>Bytes 1 .. 31 of <paramref name="centre"/>, then byte 0 of <paramref name="next"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<sbyte> ShiftInFirst(Vector256<sbyte> centre, Vector256<sbyte> next)
    {
        // 128-bit lanes [centre.1, next.0]; then per lane centre's lane moved down by one byte.
        var after = Avx2.Permute2x128(centre, next, 0x21);
        return Avx2.AlignRight(after, centre, 1);
    }

    /// <summary>
    /// The first-byte tests of <see cref="FlipThresholds"/> indexed by the compact key (r + 2 z + 1)/2
    /// (<see cref="CheckerboardKeys"/>): AVX2 has no 16-bit permutation, so the low and high bytes of the 16 entries are
    /// two byte tables (VPSHUFB, one copy per 128-bit lane).
    /// </summary>
    public readonly struct Tables
    {
        private readonly Vector256<byte> _low;
        private readonly Vector256<byte> _high;
        private readonly Vector256<short> _keyOffset;

        public Tables(FlipThresholds thresholds)
        {
            var tests = thresholds.CheckerboardTests(compact: true);
            int degree = thresholds.MaxDegree;
            Span<byte> low = stackalloc byte[32];
            Span<byte> high = stackalloc byte[32];
            for (int k = 0; k < 32; k++)
            {
                low[k] = (byte)tests[k % 16];
                high[k] = (byte)(tests[k % 16] >> 8);
            }

            _low = Vector256.Create<byte>(low);
            _high = Vector256.Create<byte>(high);
            _keyOffset = Vector256.Create((short)((2 * degree) + 1));
        }

        /// <summary>The first-byte test (<see cref="FlipThresholds.FirstByteTest"/>) of each lane's key r.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<short> FirstByteTests(Vector256<short> key)
        {
            // A shuffle index with its top bit set gives zero: the low byte of the entry lands in byte 0 of the lane,
            // the high byte in byte 1.
            var compact = Vector256.ShiftRightArithmetic(key + _keyOffset, 1);
            var lowIndex = compact | Vector256.Create(unchecked((short)0x8000));
            var highIndex = (compact << 8) | Vector256.Create((short)0x0080);
            return (Avx2.Shuffle(_low, lowIndex.AsByte()) | Avx2.Shuffle(_high, highIndex.AsByte())).AsInt16();
        }
    }
}
