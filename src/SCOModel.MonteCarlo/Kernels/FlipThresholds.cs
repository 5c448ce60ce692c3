using System.Runtime.CompilerServices;
using SCOModel.Core.Configuration;

namespace SCOModel.MonteCarlo.Kernels;

/// <summary>
/// The tabulated update probabilities as integer tests on the random word x of a site, so that the scalar and the
/// vectorised kernels take the same decision from the same word. The scalar rule u = (x + 1/2) 2^−32 &lt; p is exactly
/// x &lt; T with T = ⌈p 2^32 − 1/2⌉ (p 2^32 − 1/2 is exact in double for 0 ≤ p ≤ 1), T ∈ [0, 2^32]. Every entry is
/// written as "the spin flips when (x ^ Xor) &lt; Below, or always": Metropolis flips when x &lt; T(p_flip); heat bath
/// turns a down spin up when x &lt; T(p_up) and a up spin down when x ≥ T(p_up), i.e. when ~x &lt; 2^32 − T(p_up).
/// Entries are indexed like <see cref="AcceptanceTable"/>: [(s + 1)/2 · (2 z_max + 1) + n + z_max].
/// </summary>
internal sealed class FlipThresholds
{
    private FlipThresholds(int maxDegree, double couplingK, uint[] xor, uint[] below, bool[] always)
    {
        MaxDegree = maxDegree;
        CouplingK = couplingK;
        Xor = xor;
        Below = below;
        Always = always;
    }

    /// <summary>z_max of the lattice.</summary>
    public int MaxDegree { get; }

    /// <summary>The uniform J: the weighted bond sum changes by J times the change of Σ s_i s_j.</summary>
    public double CouplingK { get; }

    /// <summary>Mask xored into the random word before the comparison (all ones for heat bath, spin up).</summary>
    public uint[] Xor { get; }

    /// <summary>The spin flips when (x ^ Xor) &lt; Below ...</summary>
    public uint[] Below { get; }

    /// <summary>... or always (threshold 2^32; Metropolis then draws no number).</summary>
    public bool[] Always { get; }

    /// <summary>Index of spin s with neighbour sum n.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Index(int s, int n) => (s > 0 ? (2 * MaxDegree) + 1 : 0) + n + MaxDegree;

    /// <summary>⌈p 2^32 − 1/2⌉: x &lt; T exactly when (x + 1/2) 2^−32 &lt; p.</summary>
    public static ulong Threshold(double p) =>
        p >= 1 ? 1UL << 32 : p <= 0 ? 0 : (ulong)Math.Ceiling((p * 4294967296.0) - 0.5);

    public static FlipThresholds Build(AcceptanceTable table, UpdateRule rule, double couplingK, int maxDegree)
    {
        int width = (2 * maxDegree) + 1;
        var xor = new uint[2 * width];
        var below = new uint[2 * width];
        var always = new bool[2 * width];
        for (int s = -1; s <= 1; s += 2)
        {
            for (int n = -maxDegree; n <= maxDegree; n++)
            {
                int k = ((s + 1) / 2 * width) + n + maxDegree;
                ulong t = Threshold(table[s, n]);
                if (rule == UpdateRule.HeatBath && s > 0)
                {
                    xor[k] = uint.MaxValue;
                    t = (1UL << 32) - t;
                }

                always[k] = t >= 1UL << 32;
                below[k] = always[k] ? uint.MaxValue : (uint)t;
            }
        }

        return new FlipThresholds(maxDegree, couplingK, xor, below, always);
    }
}
