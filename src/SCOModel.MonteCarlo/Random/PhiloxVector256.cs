using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace SCOModel.MonteCarlo.Random;

/// <summary>
/// Philox4x32-10 for four consecutive counters at once with AVX2, the fallback of <see cref="PhiloxVector512"/> on
/// CPUs without AVX-512: the same scheme (one counter word in the low half of each 64-bit lane, VPMULUDQ for the
/// 32x32→64 products, four independent groups in flight), so the output equals <see cref="Philox4x32.Generate"/>.
/// </summary>
internal static class PhiloxVector256
{
    private const uint Multiplier0 = 0xD2511F53;
    private const uint Multiplier1 = 0xCD9E8D57;
    private const uint Weyl0 = 0x9E3779B9;
    private const uint Weyl1 = 0xBB67AE85;
    private const int BlocksPerStep = 16;

    /// <summary>True where the vector path runs in hardware.</summary>
    public static bool IsSupported => Avx2.IsSupported && Vector256.IsHardwareAccelerated;

    /// <summary>As <see cref="PhiloxVector512.Fill"/>: the words of words.Length/4 consecutive blocks, in slot order.</summary>
    public static void Fill(uint firstBlock, uint c1, uint c2, uint c3, uint k0, uint k1, Span<uint> words)
    {
        int blocks = words.Length >> 2;
        int b = 0;
        if (IsSupported && blocks >= BlocksPerStep)
        {
            ref uint destination = ref MemoryMarshal.GetReference(words);
            var lanes = Vector256.Create(0UL, 1, 2, 3);
            var constant = new State(default, Vector256.Create((ulong)c1), Vector256.Create((ulong)c2), Vector256.Create((ulong)c3));
            for (; b + BlocksPerStep <= blocks; b += BlocksPerStep)
            {
                var first = Vector256.Create((ulong)(firstBlock + (uint)b)) + lanes;
                var g0 = constant with { C0 = first };
                var g1 = constant with { C0 = first + Vector256.Create(4UL) };
                var g2 = constant with { C0 = first + Vector256.Create(8UL) };
                var g3 = constant with { C0 = first + Vector256.Create(12UL) };
                uint key0 = k0, key1 = k1;
                for (int round = 0; round < 10; round++)
                {
                    var vk0 = Vector256.Create((ulong)key0);
                    var vk1 = Vector256.Create((ulong)key1);
                    g0 = Round(g0, vk0, vk1);
                    g1 = Round(g1, vk0, vk1);
                    g2 = Round(g2, vk0, vk1);
                    g3 = Round(g3, vk0, vk1);
                    key0 += Weyl0;
                    key1 += Weyl1;
                }

                Store(g0, ref destination, 4 * b);
                Store(g1, ref destination, (4 * b) + 16);
                Store(g2, ref destination, (4 * b) + 32);
                Store(g3, ref destination, (4 * b) + 48);
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static State Round(State s, Vector256<ulong> k0, Vector256<ulong> k1)
    {
        var p0 = Avx2.Multiply(s.C0.AsUInt32(), Vector256.Create((ulong)Multiplier0).AsUInt32());
        var p1 = Avx2.Multiply(s.C2.AsUInt32(), Vector256.Create((ulong)Multiplier1).AsUInt32());
        return new State(High(p1) ^ s.C1 ^ k0, p1, High(p0) ^ s.C3 ^ k1, p0);
    }

    /// <summary>
    /// The high half of each product moved into the low half by swapping the halves (VPSHUFD): unlike a shift it
    /// runs beside the multiplies, and the high half it leaves is never read.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> High(Vector256<ulong> product) => Avx2.Shuffle(product.AsUInt32(), 0b10_11_00_01).AsUInt64();

    /// <summary>Interleaves the four output words of four blocks into 16 consecutive slots.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(State s, ref uint destination, int index)
    {
        var mask = Vector256.Create(0xFFFF_FFFFUL);
        var pair01 = (s.C0 & mask) | (s.C1 << 32);
        var pair23 = (s.C2 & mask) | (s.C3 << 32);
        var even = Avx2.UnpackLow(pair01, pair23);
        var odd = Avx2.UnpackHigh(pair01, pair23);
        Avx2.Permute2x128(even, odd, 0x20).AsUInt32().StoreUnsafe(ref destination, (nuint)index);
        Avx2.Permute2x128(even, odd, 0x31).AsUInt32().StoreUnsafe(ref destination, (nuint)(index + 8));
    }

    /// <summary>The four counter words of four blocks, one per 64-bit lane (low half).</summary>
    private readonly record struct State(Vector256<ulong> C0, Vector256<ulong> C1, Vector256<ulong> C2, Vector256<ulong> C3);
}
