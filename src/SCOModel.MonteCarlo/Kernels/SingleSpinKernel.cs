using SCOModel.Core.Configuration;
using SCOModel.Core.Models;

namespace SCOModel.MonteCarlo.Kernels;

/// <summary>
/// Single-spin updates of a list of mutually non-adjacent sites (a chunk of one colour class) on a neighbour graph.
/// The local field of site k is h_k + Σ_j J_kj s_j + c (M − s_k) (PHYSICS.md §1, with the global term of
/// <see cref="IsingLikeModel.GlobalCouplingK"/>; h_k = h except in heterogeneous samples, whose trapped sites are
/// skipped); M is the magnetisation at the start of the chunk plus the chunk's
/// own changes, so that a chunk's result does not depend on which thread runs it or when.
/// The kernel also returns how the bond sums changed, so observables cost nothing extra per sweep: flipping s_k
/// changes Σ J s_i s_j by −2 s_k Σ_j J_kj s_j, a sum the update has already computed.
/// </summary>
internal static class SingleSpinKernel
{
    /// <summary>
    /// Updates the sites once each, in order, and returns the change of the configuration's moments. Site k of the
    /// list draws its random numbers from slot <paramref name="firstSlot"/> + k of the stream.
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
        in SpinRandom random,
        uint sweep)
    {
        if (conditions.Table is { } table)
        {
            return UpdateTabulated(sites, firstSlot, spins, offsets, neighbours, table.Thresholds, random, sweep);
        }

        bool heatBath = conditions.Rule == UpdateRule.HeatBath;
        double h = conditions.FieldK;
        double beta = conditions.Beta;
        double c = conditions.GlobalCouplingK;
        var fields = conditions.SiteFieldsK;
        var trapped = conditions.TrappedStates;
        long m = magnetisation;
        long products = 0;
        double weighted = 0;
        int length = SpinRandom.BufferLength(firstSlot, sites.Length);
        uint[]? rented = length <= SpinRandom.StackLimit ? null : SpinRandom.Rent(length);
        Span<uint> buffer = rented is null ? stackalloc uint[length] : rented.AsSpan(0, length);
        var first = random.FirstBytes(sweep, firstSlot, sites.Length, buffer);
        for (int k = 0; k < sites.Length; k++)
        {
            int i = sites[k];
            if (trapped is not null && trapped[i] != 0)
            {
                // A trapped site never switches; its slot of the stream is simply not used.
                continue;
            }

            int s = spins[i];
            int plain = 0;
            double bonds = 0;
            for (int e = offsets[i]; e < offsets[i + 1]; e++)
            {
                int sj = spins[neighbours[e]];
                plain += sj;
                bonds += couplings[e] * sj;
            }

            double local = (fields is null ? h : fields[i]) + bonds + (c * (m - s));
            int next;
            if (heatBath)
            {
                // P(s = +1) = e^(β h_loc)/(e^(β h_loc) + e^(−β h_loc)).
                // The same test as the tabulated kernels (u < p is x < T(p), FlipThresholds), so both walk together.
                double probabilityUp = 1 / (1 + Math.Exp(-2 * beta * local));
                next = random.Below(FlipThresholds.Threshold(probabilityUp), first[k], sweep, firstSlot + k) ? 1 : -1;
            }
            else
            {
                // Flipping costs ΔE = 2 s h_loc; downhill and free moves need no random number.
                double cost = 2 * s * local;
                next = cost <= 0 ||
                       random.Below(FlipThresholds.Threshold(Math.Exp(-beta * cost)), first[k], sweep, firstSlot + k)
                    ? -s
                    : s;
            }

            if (next != s)
            {
                spins[i] = (sbyte)next;
                m += next - s;
                products += (next - s) * plain;
                weighted += (next - s) * bonds;
            }
        }

        SpinRandom.Return(rented);
        return new ConfigurationMoments(m - magnetisation, weighted, products);
    }

    /// <summary>
    /// The tabulated case (uniform J, no global coupling): the decision is an integer test on the site's random word
    /// (<see cref="FlipThresholds"/>), and the weighted bond sum changes by exactly J times the change of Σ s_i s_j.
    /// The vectorised kernels take the same decisions from the same words.
    /// </summary>
    private static ConfigurationMoments UpdateTabulated(
        ReadOnlySpan<int> sites,
        int firstSlot,
        Span<sbyte> spins,
        ReadOnlySpan<int> offsets,
        ReadOnlySpan<int> neighbours,
        FlipThresholds thresholds,
        in SpinRandom random,
        uint sweep)
    {
        int length = SpinRandom.BufferLength(firstSlot, sites.Length);
        uint[]? rented = length <= SpinRandom.StackLimit ? null : SpinRandom.Rent(length);
        Span<uint> buffer = rented is null ? stackalloc uint[length] : rented.AsSpan(0, length);
        var first = random.FirstBytes(sweep, firstSlot, sites.Length, buffer);
        var (dm, products) = UpdateTabulatedSites(sites, 0, firstSlot, spins, offsets, neighbours, thresholds, first,
            random, sweep);
        SpinRandom.Return(rented);
        return new ConfigurationMoments(dm, thresholds.CouplingK * products, products);
    }

    /// <summary>
    /// The tabulated update of sites[from..], one at a time, site k deciding with the first byte first[k] of slot
    /// firstSlot + k; returns the changes of M and of Σ s s. Shared by this kernel and the tails of the vectorised
    /// ones, so that every path takes the same decision for the same word.
    /// </summary>
    internal static (long Magnetisation, long BondProducts) UpdateTabulatedSites(ReadOnlySpan<int> sites, int from,
        int firstSlot, Span<sbyte> spins, ReadOnlySpan<int> offsets, ReadOnlySpan<int> neighbours,
        FlipThresholds thresholds, ReadOnlySpan<byte> first, in SpinRandom random, uint sweep)
    {
        long dm = 0;
        long products = 0;
        for (int k = from; k < sites.Length; k++)
        {
            int i = sites[k];
            int s = spins[i];
            int plain = 0;
            for (int e = offsets[i]; e < offsets[i + 1]; e++)
            {
                plain += spins[neighbours[e]];
            }

            // Branch-free: the decision is a coin flip near T_c and would defeat the branch predictor.
            int flip = thresholds.Flips(thresholds.Index(s, plain), first[k], random, sweep, firstSlot + k) ? 1 : 0;
            int change = -2 * s * flip;
            spins[i] = (sbyte)(s + change);
            dm += change;
            products += change * plain;
        }

        return (dm, products);
    }

    /// <summary>Metropolis acceptance of a flip costing βΔE: min(1, e^(−βΔE)).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static double MetropolisAcceptance(double betaCost) => Math.Min(1, Math.Exp(-betaCost));
}
