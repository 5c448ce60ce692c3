using SCOModel.Core.Configuration;
using SCOModel.Core.Models;
using SCOModel.MonteCarlo.Random;

namespace SCOModel.MonteCarlo.Kernels;

/// <summary>
/// Single-spin updates of a list of mutually non-adjacent sites (a chunk of one colour class) on a neighbour graph.
/// The local field of site k is h + Σ_j J_kj s_j + c (M − s_k) (PHYSICS.md §1, with the global term of
/// <see cref="IsingLikeModel.GlobalCouplingK"/>); M is the magnetisation at the start of the chunk plus the chunk's
/// own changes, so that a chunk's result does not depend on which thread runs it or when.
/// The kernel also returns how the bond sums changed, so observables cost nothing extra per sweep: flipping s_k
/// changes Σ J s_i s_j by −2 s_k Σ_j J_kj s_j, a sum the update has already computed.
/// </summary>
internal static class SingleSpinKernel
{
    /// <summary>
    /// Updates the sites once each, in order, and returns the change of the configuration's moments. Site k of the
    /// list draws its random number from slot <paramref name="firstSlot"/> + k of the stream.
    /// </summary>
    public static ConfigurationMoments Update(
        ReadOnlySpan<int> sites,
        int firstSlot,
        Span<sbyte> spins,
        ReadOnlySpan<int> offsets,
        ReadOnlySpan<int> neighbours,
        ReadOnlySpan<double> couplings,
        in SweepConditions conditions,
        long magnetisation,
        CounterRandom random,
        uint sweep)
    {
        bool heatBath = conditions.Rule == UpdateRule.HeatBath;
        double h = conditions.FieldK;
        double beta = conditions.Beta;
        double c = conditions.GlobalCouplingK;
        var table = conditions.Table;
        long m = magnetisation;
        long products = 0;
        double weighted = 0;
        var draws = new SlotDraws(random, sweep);
        for (int k = 0; k < sites.Length; k++)
        {
            int i = sites[k];
            int slot = firstSlot + k;
            int s = spins[i];
            int plain = 0;
            double bonds = 0;
            for (int e = offsets[i]; e < offsets[i + 1]; e++)
            {
                int sj = spins[neighbours[e]];
                plain += sj;
                bonds += couplings[e] * sj;
            }

            double local = h + bonds + (c * (m - s));
            int next;
            if (table is not null)
            {
                double p = table[s, plain];
                next = heatBath
                    ? (draws.Uniform(slot) < p ? 1 : -1)
                    : (p >= 1 || draws.Uniform(slot) < p ? -s : s);
            }
            else if (heatBath)
            {
                // P(s = +1) = e^(β h_loc)/(e^(β h_loc) + e^(−β h_loc)).
                double probabilityUp = 1 / (1 + Math.Exp(-2 * beta * local));
                next = draws.Uniform(slot) < probabilityUp ? 1 : -1;
            }
            else
            {
                // Flipping costs ΔE = 2 s h_loc; downhill and free moves need no random number.
                double cost = 2 * s * local;
                next = cost <= 0 || draws.Uniform(slot) < Math.Exp(-beta * cost) ? -s : s;
            }

            if (next != s)
            {
                spins[i] = (sbyte)next;
                m += next - s;
                products += (next - s) * plain;
                weighted += (next - s) * bonds;
            }
        }

        return new ConfigurationMoments(m - magnetisation, weighted, products);
    }

    /// <summary>Metropolis acceptance of a flip costing βΔE: min(1, e^(−βΔE)).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static double MetropolisAcceptance(double betaCost) => Math.Min(1, Math.Exp(-betaCost));
}

/// <summary>Draws uniforms by slot, calling the generator once per block of four consecutive slots.</summary>
internal struct SlotDraws(CounterRandom random, uint sweep)
{
    private CounterRandom.UniformBlock _block;
    private int _blockIndex = -1;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public double Uniform(int slot)
    {
        int block = slot >> 2;
        if (block != _blockIndex)
        {
            _block = random.Block(sweep, block);
            _blockIndex = block;
        }

        return _block.Uniform(slot & 3);
    }
}
