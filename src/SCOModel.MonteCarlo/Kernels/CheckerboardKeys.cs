namespace SCOModel.MonteCarlo.Kernels;

/// <summary>
/// The compact index of (spin s, neighbour sum n) on a lattice where every site has the same even degree z, so n is
/// even and n ∈ [−z, z]: key = (n + z)/2 + (s &gt; 0 ? z + 1 : 0), 2 (z + 1) ≤ 16 keys for z ≤ 7. Sixteen keys fit one
/// AVX-512 permutation table (two AVX2 ones).
/// </summary>
internal static class CheckerboardKeys
{
    /// <summary>Number of table entries.</summary>
    public const int Count = 16;

    /// <summary>Writes the flip tests of every key into 16-entry tables (unused keys stay zero: never flip).</summary>
    public static void Fill(FlipThresholds thresholds, int degree, Span<uint> xor, Span<uint> below, Span<uint> always)
    {
        if (2 * (degree + 1) > Count)
        {
            throw new ArgumentOutOfRangeException(nameof(degree), degree, "more keys than one table holds");
        }

        xor.Clear();
        below.Clear();
        always.Clear();
        for (int up = 0; up <= 1; up++)
        {
            for (int n = -degree; n <= degree; n += 2)
            {
                int key = ((n + degree) / 2) + (up * (degree + 1));
                int index = thresholds.Index((2 * up) - 1, n);
                xor[key] = thresholds.Xor[index];
                below[key] = thresholds.Below[index];
                always[key] = thresholds.Always[index] ? uint.MaxValue : 0;
            }
        }
    }
}
