namespace SCOModel.Validation.Tests.References;

/// <summary>
/// Exact thermal averages of a small lattice by summing over all 2^N spin configurations (PHYSICS.md §1, "Exact
/// references"), with the Hamiltonian of §1 written as an Ising model in a field:
/// H = −h Σ s_i − J Σ_&lt;ij&gt; s_i s_j, h = (T ln g − Δ)/2, each bond counted once.
/// </summary>
internal static class ExactEnumeration
{
    /// <summary>Largest lattice enumerated (2^20 states, well under a second).</summary>
    public const int MaxSites = 20;

    public static ExactAverages Compute(
        int siteCount, IReadOnlyList<(int A, int B)> bonds, double deltaK, double lnG, double couplingK,
        double temperatureK)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(siteCount, MaxSites);
        double field = 0.5 * ((temperatureK * lnG) - deltaK);
        int states = 1 << siteCount;
        var magnetisation = new int[states];
        var bondProducts = new int[states];
        var energy = new double[states];
        double lowest = double.PositiveInfinity;
        for (int state = 0; state < states; state++)
        {
            int m = 0;
            for (int i = 0; i < siteCount; i++)
            {
                m += Spin(state, i);
            }

            int products = 0;
            foreach (var (a, b) in bonds)
            {
                products += Spin(state, a) * Spin(state, b);
            }

            magnetisation[state] = m;
            bondProducts[state] = products;
            energy[state] = -(field * m) - (couplingK * products);
            lowest = Math.Min(lowest, energy[state]);
        }

        // Boltzmann weights relative to the ground state, so nothing overflows.
        double z = 0, sumM = 0, sumProducts = 0, sumEnergy = 0;
        for (int state = 0; state < states; state++)
        {
            double w = Math.Exp(-(energy[state] - lowest) / temperatureK);
            z += w;
            sumM += w * magnetisation[state];
            sumProducts += w * bondProducts[state];
            sumEnergy += w * energy[state];
        }

        double spin = sumM / z / siteCount;
        return new ExactAverages(
            HighSpinFraction: 0.5 * (1 + spin),
            EnergyPerSiteK: sumEnergy / z / siteCount,
            NearestNeighbourCorrelation: sumProducts / z / bonds.Count);
    }

    /// <summary>Bit i of the state: 1 is HS (s = +1), 0 is LS (s = −1).</summary>
    private static int Spin(int state, int site) => ((state >> site) & 1) == 1 ? 1 : -1;
}

/// <summary>Exact thermal averages: n_HS, energy per site (kelvin) and ⟨s_i s_j⟩ over the bonds.</summary>
internal sealed record ExactAverages(double HighSpinFraction, double EnergyPerSiteK, double NearestNeighbourCorrelation);
