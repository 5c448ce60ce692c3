namespace SCOModel.Core.Models;

/// <summary>
/// The quenched randomness of a sample (site-energy disorder, trapped and inert sites, halogen contacts): a
/// counter-based hash of (sample seed, purpose, index), so every drawn value is a pure function of the seed and the
/// site, independent of the order of drawing, of the lattice size elsewhere and of the Monte Carlo's own seed.
/// The hash is SplitMix64's finaliser (Steele, Lea and Flood, OOPSLA 2014) applied to the chained inputs.
/// </summary>
public static class SampleRandom
{
    /// <summary>A uniform number in [0, 1) with 53 random bits.</summary>
    public static double Uniform(ulong seed, SamplePurpose purpose, long index) =>
        (Hash(seed, purpose, index) >> 11) * (1.0 / (1UL << 53));

    /// <summary>A standard normal number (Box–Muller from the uniforms of counters 2·index and 2·index + 1).</summary>
    public static double Gaussian(ulong seed, SamplePurpose purpose, long index)
    {
        double u1 = 1 - Uniform(seed, purpose, 2 * index);
        double u2 = Uniform(seed, purpose, (2 * index) + 1);
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    /// <summary>
    /// The indices 0..count−1 ordered by their hash (ties by index): a seeded permutation. Taking its first k entries
    /// chooses exactly k sites.
    /// </summary>
    public static int[] Permutation(ulong seed, SamplePurpose purpose, int count)
    {
        var keys = new ulong[count];
        var order = new int[count];
        for (int i = 0; i < count; i++)
        {
            keys[i] = Hash(seed, purpose, i);
            order[i] = i;
        }

        Array.Sort(order, (a, b) => keys[a] != keys[b] ? keys[a].CompareTo(keys[b]) : a.CompareTo(b));
        return order;
    }

    private static ulong Hash(ulong seed, SamplePurpose purpose, long index) =>
        Mix(Mix(Mix(seed) ^ (ulong)purpose) ^ (ulong)index);

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
