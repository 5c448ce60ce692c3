using SCOModel.Core.Configuration;
using SCOModel.MonteCarlo.Random;

namespace SCOModel.MonteCarlo.Kernels;

/// <summary>
/// Single-spin updates of a list of mutually non-adjacent sites (a chunk of one colour class) on a neighbour graph.
/// The local field of site k is h + Σ_j J_kj s_j + c (M − s_k) (PHYSICS.md §1, with the global term of
/// <see cref="Core.Models.IsingLikeModel.GlobalCouplingK"/>); M is the magnetisation at the start of the chunk plus
/// the chunk's own changes, so that a chunk's result does not depend on which thread runs it or when.
/// </summary>
internal static class SingleSpinKernel
{
    /// <summary>Updates the sites once each, in order, and returns the change of the magnetisation.</summary>
    public static long Update(
        ReadOnlySpan<int> sites,
        Span<sbyte> spins,
        ReadOnlySpan<int> offsets,
        ReadOnlySpan<int> neighbours,
        ReadOnlySpan<double> couplings,
        in SweepConditions conditions,
        long magnetisation,
        CounterRandom random,
        uint sweep) =>
        conditions.Rule == UpdateRule.HeatBath
            ? HeatBath(sites, spins, offsets, neighbours, couplings, conditions, magnetisation, random, sweep)
            : Metropolis(sites, spins, offsets, neighbours, couplings, conditions, magnetisation, random, sweep);

    private static long Metropolis(
        ReadOnlySpan<int> sites, Span<sbyte> spins, ReadOnlySpan<int> offsets, ReadOnlySpan<int> neighbours,
        ReadOnlySpan<double> couplings, in SweepConditions conditions, long magnetisation, CounterRandom random,
        uint sweep)
    {
        double h = conditions.FieldK;
        double beta = conditions.Beta;
        double c = conditions.GlobalCouplingK;
        long m = magnetisation;
        foreach (int i in sites)
        {
            int s = spins[i];
            double local = h + (c * (m - s));
            for (int e = offsets[i]; e < offsets[i + 1]; e++)
            {
                local += couplings[e] * spins[neighbours[e]];
            }

            // Flipping s costs ΔE = 2 s h_local; downhill moves are always accepted and need no random number.
            double cost = 2 * s * local;
            if (cost <= 0 || random.Uniform(sweep, i) < Math.Exp(-beta * cost))
            {
                spins[i] = (sbyte)-s;
                m -= 2 * s;
            }
        }

        return m - magnetisation;
    }

    private static long HeatBath(
        ReadOnlySpan<int> sites, Span<sbyte> spins, ReadOnlySpan<int> offsets, ReadOnlySpan<int> neighbours,
        ReadOnlySpan<double> couplings, in SweepConditions conditions, long magnetisation, CounterRandom random,
        uint sweep)
    {
        double h = conditions.FieldK;
        double beta = conditions.Beta;
        double c = conditions.GlobalCouplingK;
        long m = magnetisation;
        foreach (int i in sites)
        {
            int s = spins[i];
            double local = h + (c * (m - s));
            for (int e = offsets[i]; e < offsets[i + 1]; e++)
            {
                local += couplings[e] * spins[neighbours[e]];
            }

            // P(s = +1) = e^(β h)/(e^(β h) + e^(−β h)) with h the local field.
            double probabilityUp = 1 / (1 + Math.Exp(-2 * beta * local));
            int next = random.Uniform(sweep, i) < probabilityUp ? 1 : -1;
            spins[i] = (sbyte)next;
            m += next - s;
        }

        return m - magnetisation;
    }
}
