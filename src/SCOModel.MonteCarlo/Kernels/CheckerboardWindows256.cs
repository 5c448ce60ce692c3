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
    /// Updates the first windows · 16 class sites of a row segment, 32 bytes of the row per step starting at
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
        var degree = Vector256.Create((short)segment.Degree);
        var upOffset = Vector256.Create((short)(segment.Degree + 1));
        var flipBit = Vector256.Create(parity == 0 ? (short)0x00FE : unchecked((short)0xFE00));
        var magnetisation = counts.Magnetisation256;
        var bondProducts = counts.BondProducts256;
        var others = segment.OtherRows;
        int otherCount = others.Length;
        int other0 = otherCount > 0 ? others[0] - rowStart : 0;
        int other1 = otherCount > 1 ? others[1] - rowStart : 0;
        int other2 = otherCount > 2 ? others[2] - rowStart : 0;
        int other3 = otherCount > 3 ? others[3] - rowStart : 0;
        int firstStart = rowStart + (2 * segment.First);
        var previous = Vector256<sbyte>.Zero;
        for (int w = 0; w < windows; w++)
        {
            int start = firstStart + (w * WindowBytes);
            var centre = Vector256.LoadUnsafe(ref origin, (nuint)start);

            // Left neighbours: after the first window, from the previous window's bytes already in a register (a load
            // at start − 1 would overlap the store just made and stall on store forwarding); at the row start, from
            // the row's last window (periodic). The shifted-in bytes belong to the other class, which this class's
            // updates never change.
            var left = w > 0 ? ShiftInLast(previous, centre)
                : start == rowStart ? ShiftInLast(Vector256.LoadUnsafe(ref origin, (nuint)(rowEnd - WindowBytes)), centre)
                : Vector256.LoadUnsafe(ref origin, (nuint)(start - 1));
            var right = start + WindowBytes == rowEnd
                ? ShiftInFirst(centre, Vector256.LoadUnsafe(ref origin, (nuint)rowStart))
                : Vector256.LoadUnsafe(ref origin, (nuint)(start + 1));
            previous = centre;
            var sum = left + right;
            if (otherCount > 0)
            {
                sum += Vector256.LoadUnsafe(ref origin, (nuint)(other0 + start)) +
                       Vector256.LoadUnsafe(ref origin, (nuint)(other1 + start));
                if (otherCount > 2)
                {
                    sum += Vector256.LoadUnsafe(ref origin, (nuint)(other2 + start)) +
                           Vector256.LoadUnsafe(ref origin, (nuint)(other3 + start));
                }
            }

            var pairs = centre.AsInt16();
            Vector256<short> s, n;
            if (parity == 0)
            {
                s = Vector256.ShiftRightArithmetic(pairs << 8, 8);
                n = Vector256.ShiftRightArithmetic(sum.AsInt16() << 8, 8);
            }
            else
            {
                s = Vector256.ShiftRightArithmetic(pairs, 8);
                n = Vector256.ShiftRightArithmetic(sum.AsInt16(), 8);
            }

            // Key (n + z)/2 + (s > 0 ? z + 1 : 0): the compact index of (s, n) on a lattice of even degree z.
            var key = Vector256.ShiftRightArithmetic(n + degree, 1) + Vector256.AndNot(upOffset, Vector256.ShiftRightArithmetic(s, 15));
            var (keyLow, keyHigh) = Vector256.Widen(key);
            int offset = w * WindowSites;
            var flipLow = tables.Flips(keyLow.AsUInt32(), Vector256.LoadUnsafe(ref word, (nuint)offset));
            var flipHigh = tables.Flips(keyHigh.AsUInt32(), Vector256.LoadUnsafe(ref word, (nuint)(offset + (WindowSites / 2))));
            var flip = Vector256.Narrow(flipLow, flipHigh);
            (pairs ^ (flip & flipBit)).AsSByte().StoreUnsafe(ref origin, (nuint)start);

            // Each flip changes M by −2 s and Σ s_i s_j by −2 s n (the factor −2 is applied once, in the total).
            magnetisation += flip & s;
            bondProducts += flip & (s * n);
        }

        counts.Magnetisation256 = magnetisation;
        counts.BondProducts256 = bondProducts;
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
    /// The flip tests of <see cref="FlipThresholds"/> as 16-entry tables indexed by the compact key, each held as two
    /// 8-entry halves (VPERMD on 256 bits reads 8 entries).
    /// </summary>
    public readonly struct Tables
    {
        private readonly Vector256<uint> _xorLow, _xorHigh, _belowLow, _belowHigh, _alwaysLow, _alwaysHigh;

        public Tables(FlipThresholds thresholds, int degree)
        {
            Span<uint> xor = stackalloc uint[16];
            Span<uint> below = stackalloc uint[16];
            Span<uint> always = stackalloc uint[16];
            CheckerboardKeys.Fill(thresholds, degree, xor, below, always);
            _xorLow = Vector256.Create<uint>(xor[..8]);
            _xorHigh = Vector256.Create<uint>(xor[8..]);
            _belowLow = Vector256.Create<uint>(below[..8]);
            _belowHigh = Vector256.Create<uint>(below[8..]);
            _alwaysLow = Vector256.Create<uint>(always[..8]);
            _alwaysHigh = Vector256.Create<uint>(always[8..]);
        }

        /// <summary>All ones in the lanes whose site flips, given the compact keys and the random words.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<int> Flips(Vector256<uint> key, Vector256<uint> words)
        {
            var high = Vector256.GreaterThan(key, Vector256.Create(7u));
            var xor = Vector256.ConditionalSelect(high, Avx2.PermuteVar8x32(_xorHigh, key), Avx2.PermuteVar8x32(_xorLow, key));
            var below = Vector256.ConditionalSelect(high, Avx2.PermuteVar8x32(_belowHigh, key), Avx2.PermuteVar8x32(_belowLow, key));
            var always = Vector256.ConditionalSelect(high, Avx2.PermuteVar8x32(_alwaysHigh, key), Avx2.PermuteVar8x32(_alwaysLow, key));
            return (Vector256.LessThan(words ^ xor, below) | always).AsInt32();
        }
    }
}
