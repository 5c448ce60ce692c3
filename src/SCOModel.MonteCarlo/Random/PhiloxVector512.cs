using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace SCOModel.MonteCarlo.Random;

/// <summary>
/// Philox4x32-10 for eight consecutive counters at once with AVX-512: each 64-bit lane carries one 32-bit counter word
/// in its low half, so the 32x32→64 products are single VPMULUDQ instructions and the high half of a product is one
/// shift away. Garbage in the high halves never reaches the low halves (multiplies read the low halves only, xors
/// are lane-wise), so the output equals <see cref="Philox4x32.Generate"/> word for word.
/// </summary>
internal static class PhiloxVector512
{
    private const uint Multiplier0 = 0xD2511F53;
    private const uint Multiplier1 = 0xCD9E8D57;
    private const uint Weyl0 = 0x9E3779B9;
    private const uint Weyl1 = 0xBB67AE85;
    private const int BlocksPerStep = 32;

    /// <summary>True where the vector path runs in hardware.</summary>
    public static bool IsSupported => Avx512F.IsSupported && Vector512.IsHardwareAccelerated;

    /// <summary>
    /// Writes the four words of counters (firstBlock + b, c1, c2, c3), b = 0 .. words.Length/4 − 1, under key (k0, k1),
    /// in slot order: words[4 b + k] is output word k of block b. words.Length must be a multiple of 4.
    /// </summary>
    public static void Fill(uint firstBlock, uint c1, uint c2, uint c3, uint k0, uint k1, Span<uint> words)
    {
        int blocks = words.Length >> 2;
        int b = 0;
        if (IsSupported && blocks >= BlocksPerStep)
        {
            ref uint destination = ref MemoryMarshal.GetReference(words);
            var keys = new KeySchedule(k0, k1);
            var lanes = Vector512.Create(0UL, 1, 2, 3, 4, 5, 6, 7);
            var constant = new State(default, Vector512.Create((ulong)c1), Vector512.Create((ulong)c2), Vector512.Create((ulong)c3));
            for (; b + BlocksPerStep <= blocks; b += BlocksPerStep)
            {
                // Four independent groups of eight counters: the rounds of one group hide the latency of the others'.
                var first = Vector512.Create((ulong)(firstBlock + (uint)b)) + lanes;
                var g0 = constant with { C0 = first };
                var g1 = constant with { C0 = first + Vector512.Create(8UL) };
                var g2 = constant with { C0 = first + Vector512.Create(16UL) };
                var g3 = constant with { C0 = first + Vector512.Create(24UL) };
                for (int round = 0; round < 10; round++)
                {
                    var key0 = Vector512.Create(keys[2 * round]);
                    var key1 = Vector512.Create(keys[(2 * round) + 1]);
                    g0 = Round(g0, key0, key1);
                    g1 = Round(g1, key0, key1);
                    g2 = Round(g2, key0, key1);
                    g3 = Round(g3, key0, key1);
                }

                Store(g0, ref destination, 4 * b);
                Store(g1, ref destination, (4 * b) + 32);
                Store(g2, ref destination, (4 * b) + 64);
                Store(g3, ref destination, (4 * b) + 96);
            }
        }

        for (; b < blocks; b++)
        {
            var (x0, x1, x2, x3) = Philox4x32.Generate(firstBlock + (uint)b, c1, c2, c3, k0, k1);
            words[4 * b] = x0;
            words[(4 * b) + 1] = x1;
            words[(4 * b) + 2] = x2;
            words[(4 * b) + 3] = x3;
        }
    }

    /// <summary>
    /// For scattered slots: words[i] = word (slot mod 4) of counter (⌊slot / 4⌋, c1, c2, c3) under key (k0, k1), where
    /// slot = firstSlot + offsets[i], i &lt; offsets.Length; sixteen counters per vector step (two groups of eight in
    /// flight), where <see cref="Fill"/> takes consecutive blocks. Both spans must hold whole steps of sixteen (the
    /// entries past the count are computed and ignored).
    /// </summary>
    public static void Words(int firstSlot, ReadOnlySpan<int> offsets, uint c1, uint c2, uint c3, uint k0, uint k1,
        Span<uint> words)
    {
        if (!IsSupported || offsets.Length % 16 != 0 || words.Length < offsets.Length)
        {
            for (int i = 0; i < offsets.Length; i++)
            {
                int slot = firstSlot + offsets[i];
                var (x0, x1, x2, x3) = Philox4x32.Generate((uint)(slot >> 2), c1, c2, c3, k0, k1);
                words[i] = (slot & 3) switch { 0 => x0, 1 => x1, 2 => x2, _ => x3 };
            }

            return;
        }

        var keys = new KeySchedule(k0, k1);
        var constant = new State(default, Vector512.Create((ulong)c1), Vector512.Create((ulong)c2), Vector512.Create((ulong)c3));
        ref int offset = ref MemoryMarshal.GetReference(offsets);
        ref uint destination = ref MemoryMarshal.GetReference(words);
        for (int step = 0; step < offsets.Length; step += 16)
        {
            var slots = Vector512.LoadUnsafe(ref offset, (nuint)step) + Vector512.Create(firstSlot);
            var (low, high) = Vector512.Widen(slots);
            var g0 = constant with { C0 = low.AsUInt64() >> 2 };
            var g1 = constant with { C0 = high.AsUInt64() >> 2 };
            for (int round = 0; round < 10; round++)
            {
                var key0 = Vector512.Create(keys[2 * round]);
                var key1 = Vector512.Create(keys[(2 * round) + 1]);
                g0 = Round(g0, key0, key1);
                g1 = Round(g1, key0, key1);
            }

            var chosen = Vector512.Narrow(Chosen(g0, low.AsUInt64()), Chosen(g1, high.AsUInt64()));
            chosen.StoreUnsafe(ref destination, (nuint)step);
        }
    }

    /// <summary>Of each lane's four output words, word slot mod 4 (in the low half of the lane).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ulong> Chosen(State s, Vector512<ulong> slots)
    {
        var word = slots & Vector512.Create(3UL);
        var low = Vector512.ConditionalSelect(Vector512.Equals(word, Vector512<ulong>.Zero), s.C0, s.C1);
        var high = Vector512.ConditionalSelect(Vector512.Equals(word, Vector512.Create(2UL)), s.C2, s.C3);
        return Vector512.ConditionalSelect(Vector512.LessThan(word, Vector512.Create(2UL)), low, high);
    }

    /// <summary>One Philox round on eight counters (each word in the low half of a 64-bit lane).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static State Round(State s, Vector512<ulong> k0, Vector512<ulong> k1)
    {
        var p0 = Avx512F.Multiply(s.C0.AsUInt32(), Vector512.Create((ulong)Multiplier0).AsUInt32());
        var p1 = Avx512F.Multiply(s.C2.AsUInt32(), Vector512.Create((ulong)Multiplier1).AsUInt32());
        return new State(High(p1) ^ s.C1 ^ k0, p1, High(p0) ^ s.C3 ^ k1, p0);
    }

    /// <summary>
    /// The high half of each product moved into the low half by swapping the halves (VPSHUFD): unlike a shift it
    /// runs beside the multiplies, and the high half it leaves is never read.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ulong> High(Vector512<ulong> product) => Avx512F.Shuffle(product.AsUInt32(), 0b10_11_00_01).AsUInt64();

    /// <summary>Interleaves the four output words of eight blocks into 32 consecutive slots.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(State s, ref uint destination, int index)
    {
        var mask = Vector512.Create(0xFFFF_FFFFUL);
        var pair01 = (s.C0 & mask) | (s.C1 << 32);
        var pair23 = (s.C2 & mask) | (s.C3 << 32);
        Avx512F.PermuteVar8x64x2(pair01, Vector512.Create(0, 8, 1, 9, 2, 10, 3, 11UL), pair23).AsUInt32()
            .StoreUnsafe(ref destination, (nuint)index);
        Avx512F.PermuteVar8x64x2(pair01, Vector512.Create(4, 12, 5, 13, 6, 14, 7, 15UL), pair23).AsUInt32()
            .StoreUnsafe(ref destination, (nuint)(index + 16));
    }

    /// <summary>The four counter words of eight blocks, one per 64-bit lane (low half).</summary>
    private readonly record struct State(Vector512<ulong> C0, Vector512<ulong> C1, Vector512<ulong> C2, Vector512<ulong> C3);

    /// <summary>The round keys k + r (Weyl0, Weyl1), r = 0 .. 9, as 64-bit values for broadcasting.</summary>
    [InlineArray(20)]
    private struct KeySchedule
    {
        private ulong _element;

        public KeySchedule(uint k0, uint k1)
        {
            for (int round = 0; round < 10; round++)
            {
                this[2 * round] = k0 + ((uint)round * Weyl0);
                this[(2 * round) + 1] = k1 + ((uint)round * Weyl1);
            }
        }
    }
}
