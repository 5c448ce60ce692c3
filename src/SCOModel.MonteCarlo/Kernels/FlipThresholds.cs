using System.Runtime.CompilerServices;
using SCOModel.Core.Configuration;

namespace SCOModel.MonteCarlo.Kernels;

/// <summary>
/// The tabulated update probabilities as integer tests on the random word x of a site, so that the scalar and the
/// vectorised kernels take the same decision from the same word. The rule u = (x + 1/2) 2^−32 &lt; p is exactly
/// x &lt; T with T = ⌈p 2^32 − 1/2⌉ (p 2^32 − 1/2 is exact in double for 0 ≤ p ≤ 1), T ∈ [0, 2^32]. Every entry is
/// written as "the spin flips when (x &lt; T) ≠ Invert": Metropolis flips when x &lt; T(p_flip); heat bath sets the
/// spin up when x &lt; T(p_up), so a down spin flips when x &lt; T(p_up) and an up spin (Invert) when x ≥ T(p_up).
/// The test x &lt; T is evaluated lazily from the word's first byte (<see cref="SpinRandom.Below(ulong, byte, uint, int)"/>).
/// Entries are indexed like <see cref="AcceptanceTable"/>: [(s + 1)/2 · (2 z_max + 1) + n + z_max].
/// </summary>
internal sealed class FlipThresholds
{
    private short[]? _checkerboardTests;
    private short[]? _compactCheckerboardTests;

    private FlipThresholds(int maxDegree, double couplingK, ulong[] thresholds, bool[] invert)
    {
        MaxDegree = maxDegree;
        CouplingK = couplingK;
        Thresholds = thresholds;
        Invert = invert;
        MayInvert = invert.Contains(true);
        TieTests = new int[thresholds.Length];
        for (int k = 0; k < thresholds.Length; k++)
        {
            TieTests[k] = (int)(thresholds[k] & 0xFF_FFFF) | (invert[k] ? int.MinValue : 0);
        }
    }

    /// <summary>z_max of the lattice.</summary>
    public int MaxDegree { get; }

    /// <summary>The uniform J: the weighted bond sum changes by J times the change of Σ s_i s_j.</summary>
    public double CouplingK { get; }

    /// <summary>T ∈ [0, 2^32]: the spin flips when (x &lt; T) ≠ <see cref="Invert"/>.</summary>
    public ulong[] Thresholds { get; }

    /// <summary>Heat bath, spin up: the spin flips when x ≥ T.</summary>
    public bool[] Invert { get; }

    /// <summary>Whether any entry inverts (heat bath): the vector loops compiled without inversion serve the others.</summary>
    public bool MayInvert { get; }

    /// <summary>
    /// The test of a tie (first byte = ⌊T / 2^24⌋, where x &lt; T comes down to r &lt; T mod 2^24 for the refinement r):
    /// T mod 2^24 in bits 0 .. 23, Invert in the sign bit.
    /// </summary>
    public int[] TieTests { get; }

    /// <summary>
    /// The first-byte tests by checkerboard key (<see cref="CheckerboardKeys"/>, z = <see cref="MaxDegree"/>): 32
    /// entries by r mod 32, or 16 by the compact key. Built on first use and kept, as every chunk of every sweep at
    /// this control point reads them (a race builds the same table twice).
    /// </summary>
    public ReadOnlySpan<short> CheckerboardTests(bool compact)
    {
        ref short[]? cached = ref compact ? ref _compactCheckerboardTests : ref _checkerboardTests;
        if (cached is null)
        {
            var tests = new short[compact ? 16 : 32];
            CheckerboardKeys.Fill(this, MaxDegree, tests, compact);
            cached = tests;
        }

        return cached;
    }

    /// <summary>Number of entries.</summary>
    public int Count => Thresholds.Length;

    /// <summary>Index of spin s = ±1 with neighbour sum n (arithmetic rather than a branch on the sign of s).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Index(int s, int n) => (((s + 1) >> 1) * ((2 * MaxDegree) + 1)) + n + MaxDegree;

    /// <summary>⌈p 2^32 − 1/2⌉: x &lt; T exactly when (x + 1/2) 2^−32 &lt; p.</summary>
    public static ulong Threshold(double p) =>
        p >= 1 ? 1UL << 32 : p <= 0 ? 0 : (ulong)Math.Ceiling((p * 4294967296.0) - 0.5);

    /// <summary>Whether the spin of entry <paramref name="index"/> flips, given the first byte of its slot's word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Flips(int index, byte first, in SpinRandom random, uint sweep, int slot) =>
        random.Below(Thresholds[index], first, sweep, slot) != Invert[index];

    /// <summary>
    /// The part of entry <paramref name="index"/> that a vector lane needs, as a 16-bit value v: t = ⌊T / 2^24⌋
    /// (0 .. 256), or ~t where Invert (so v is negative exactly there). With m = v's sign (all ones where Invert), a
    /// lane whose first byte is b flips when (b ^ m) &lt; v, that is b &lt; t, or b &gt; t where Invert: the decision
    /// wherever b ≠ t. Where b = t, i.e. (b ^ m) = v, the lane ties and takes <see cref="Flips"/>.
    /// </summary>
    public short FirstByteTest(int index)
    {
        short top = (short)(Thresholds[index] >> 24);
        return Invert[index] ? (short)~top : top;
    }

    public static FlipThresholds Build(AcceptanceTable table, UpdateRule rule, double couplingK, int maxDegree)
    {
        int width = (2 * maxDegree) + 1;
        var thresholds = new ulong[2 * width];
        var invert = new bool[2 * width];
        for (int s = -1; s <= 1; s += 2)
        {
            for (int n = -maxDegree; n <= maxDegree; n++)
            {
                int k = ((s + 1) / 2 * width) + n + maxDegree;
                thresholds[k] = Threshold(table[s, n]);
                invert[k] = rule == UpdateRule.HeatBath && s > 0;
            }
        }

        return new FlipThresholds(maxDegree, couplingK, thresholds, invert);
    }
}

/// <summary>
/// Whether a vector loop must handle inverted tests (<see cref="FlipThresholds.MayInvert"/>), as a type argument so
/// that the JIT compiles the loop without the inversion where none occurs.
/// </summary>
internal interface IInvertFlag
{
    static abstract bool MayInvert { get; }
}

/// <summary>Some tests invert (heat bath).</summary>
internal readonly struct WithInversion : IInvertFlag
{
    public static bool MayInvert => true;
}

/// <summary>No test inverts (Metropolis).</summary>
internal readonly struct WithoutInversion : IInvertFlag
{
    public static bool MayInvert => false;
}
