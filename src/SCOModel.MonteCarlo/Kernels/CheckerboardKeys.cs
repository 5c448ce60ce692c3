namespace SCOModel.MonteCarlo.Kernels;

/// <summary>
/// The key of (spin s, neighbour sum n) on a lattice where every site has the same even degree z ≤ 7, so n is even
/// and n ∈ [−z, z]: r = n + (z + 1) s, which the vector loops form with one multiply-add of the spin bytes. Its values
/// for s = +1, [1, 2 z + 1], and for s = −1, [−2 z − 1, −1], stay apart modulo 32, so r mod 32 (the index bits an
/// AVX-512 word permutation reads) indexes a 32-entry table directly; (r + 2 z + 1)/2 ∈ [0, 2 z + 1] is the compact
/// index of a 16-entry table (two AVX2 byte shuffles).
/// </summary>
internal static class CheckerboardKeys
{
    /// <summary>Largest degree whose keys fit the tables.</summary>
    public const int MaxDegree = 7;

    /// <summary>
    /// Writes the first-byte test (<see cref="FlipThresholds.FirstByteTest"/>) of every key into a table of 32
    /// entries indexed by r mod 32 or, if <paramref name="compact"/>, of 16 entries indexed by (r + 2 z + 1)/2.
    /// Unused entries stay zero; no lane ever looks them up (its spin and neighbour sum give a used key).
    /// </summary>
    public static void Fill(FlipThresholds thresholds, int degree, Span<short> tests, bool compact)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(degree, MaxDegree);
        ArgumentOutOfRangeException.ThrowIfNotEqual(tests.Length, compact ? 16 : 32, nameof(tests));
        tests.Clear();
        for (int s = -1; s <= 1; s += 2)
        {
            for (int n = -degree; n <= degree; n += 2)
            {
                int key = n + ((degree + 1) * s);
                tests[compact ? (key + (2 * degree) + 1) / 2 : key & 31] = thresholds.FirstByteTest(thresholds.Index(s, n));
            }
        }
    }
}
