using System.Runtime.CompilerServices;

namespace SCOModel.MonteCarlo.Random;

/// <summary>
/// Philox4x32-10, the counter-based generator of Salmon, Moraes, Dror and Shaw, "Parallel random numbers: as easy as
/// 1, 2, 3" (SC'11). Its output is a pure function of a 128-bit counter and a 64-bit key, so any random number of a
/// run can be computed by any thread in any order: the basis of SCOModel's determinism for every thread count.
/// Checked against the known-answer vectors of the Random123 distribution.
/// </summary>
public static class Philox4x32
{
    private const uint Multiplier0 = 0xD2511F53;
    private const uint Multiplier1 = 0xCD9E8D57;
    private const uint Weyl0 = 0x9E3779B9;
    private const uint Weyl1 = 0xBB67AE85;

    /// <summary>The four output words for counter (c0, c1, c2, c3) and key (k0, k1).</summary>
    public static (uint X0, uint X1, uint X2, uint X3) Generate(uint c0, uint c1, uint c2, uint c3, uint k0, uint k1)
    {
        for (int round = 0; round < 10; round++)
        {
            if (round > 0)
            {
                k0 += Weyl0;
                k1 += Weyl1;
            }

            Round(ref c0, ref c1, ref c2, ref c3, k0, k1);
        }

        return (c0, c1, c2, c3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round(ref uint c0, ref uint c1, ref uint c2, ref uint c3, uint k0, uint k1)
    {
        ulong p0 = (ulong)Multiplier0 * c0;
        ulong p1 = (ulong)Multiplier1 * c2;
        uint next0 = (uint)(p1 >> 32) ^ c1 ^ k0;
        uint next2 = (uint)(p0 >> 32) ^ c3 ^ k1;
        c1 = (uint)p1;
        c3 = (uint)p0;
        c0 = next0;
        c2 = next2;
    }
}
