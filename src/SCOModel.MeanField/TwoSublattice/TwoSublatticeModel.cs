using SCOModel.Core.Units;

namespace SCOModel.MeanField.TwoSublattice;

/// <summary>
/// Two interpenetrating sublattices A and B of equal population (binuclear or two-site compounds, PHYSICS.md §2), in
/// kelvin per molecule:
/// <code>
/// H = Σ_(i∈A) (Δ_A(P) − T ln g_A)/2 s_i + Σ_(i∈B) (Δ_B(P) − T ln g_B)/2 s_i
///     − J_AA Σ_&lt;AA&gt; s s − J_BB Σ_&lt;BB&gt; s s − K Σ_&lt;AB&gt; s s
/// </code>
/// Each A site has z_AA A neighbours and z_AB B neighbours (and each B site z_AB A neighbours, the populations being
/// equal). Mean field: m_A = tanh[(h_A + z_AA J_AA m_A + z_AB K m_B)/T] and likewise for B, from the free energy per
/// site
/// <code>
/// f = ½ [−h_A m_A − h_B m_B − z_AA J_AA m_A²/2 − z_BB J_BB m_B²/2 − z_AB K m_A m_B − T s(m_A) − T s(m_B)]
/// </code>
/// with h = (T ln g − Δ(P))/2 and s(m) the mixing entropy. For dinuclear molecules (A and B the two irons of one
/// molecule) the intramolecular bond is one more A–B bond per site: z_AB K = J_intra + z_AB,inter K_inter. K &lt; 0 (elastic frustration) favours one sublattice HS
/// and the other LS: a plateau at n_HS ≈ 1/2, which at T = 0 holds for |h| &lt; z_AB |K| and at the symmetric point
/// h = 0 needs T below z_AA J_AA + z_AB |K| (where the staggered mode softens).
/// </summary>
public sealed record TwoSublatticeModel
{
    /// <summary>Δ_A in kelvin.</summary>
    public required double DeltaAK { get; init; }

    /// <summary>Δ_B in kelvin.</summary>
    public required double DeltaBK { get; init; }

    /// <summary>ln g_A.</summary>
    public required double LnGA { get; init; }

    /// <summary>ln g_B.</summary>
    public required double LnGB { get; init; }

    /// <summary>J_AA in kelvin.</summary>
    public double CouplingAAK { get; init; }

    /// <summary>J_BB in kelvin.</summary>
    public double CouplingBBK { get; init; }

    /// <summary>The inter-sublattice K in kelvin; negative for the frustration that makes a plateau.</summary>
    public double CouplingABK { get; init; }

    /// <summary>z_AA: A neighbours of an A site.</summary>
    public double CoordinationAA { get; init; } = 1;

    /// <summary>z_BB: B neighbours of a B site.</summary>
    public double CoordinationBB { get; init; } = 1;

    /// <summary>z_AB: B neighbours of an A site (= A neighbours of a B site).</summary>
    public double CoordinationAB { get; init; } = 1;

    /// <summary>ΔV per molecule in Å^3, the same for both sublattices.</summary>
    public double DeltaVA3 { get; init; }

    /// <summary>
    /// Equivalent sublattices with calorimetric inputs: ΔH (kJ/mol), ΔS (J/(mol K)) for both, the intra-sublattice
    /// Γ_intra = 2 z_AA J_AA and the inter-sublattice Γ_AB = 2 z_AB K in kJ/mol (the factor 2 as in Γ = 2 z J, so
    /// that K = 0 gives two copies of the Slichter–Drickamer model with Γ = Γ_intra). An optional split moves Δ_A
    /// down and Δ_B up by half of it (kJ/mol), making the two sites inequivalent.
    /// </summary>
    public static TwoSublatticeModel FromCalorimetric(double deltaHkJPerMol, double deltaSJPerMolK,
        double gammaIntraKJPerMol, double gammaInterKJPerMol, double deltaHSplitKJPerMol = 0)
    {
        double delta = PhysicalUnits.KelvinFromKJPerMol(deltaHkJPerMol);
        double split = PhysicalUnits.KelvinFromKJPerMol(deltaHSplitKJPerMol);
        double lnG = PhysicalUnits.LnGFromJPerMolK(deltaSJPerMolK);
        return new TwoSublatticeModel
        {
            DeltaAK = delta - (0.5 * split),
            DeltaBK = delta + (0.5 * split),
            LnGA = lnG,
            LnGB = lnG,
            CouplingAAK = 0.5 * PhysicalUnits.KelvinFromKJPerMol(gammaIntraKJPerMol),
            CouplingBBK = 0.5 * PhysicalUnits.KelvinFromKJPerMol(gammaIntraKJPerMol),
            CouplingABK = 0.5 * PhysicalUnits.KelvinFromKJPerMol(gammaInterKJPerMol),
        };
    }

    /// <summary>z_AA J_AA in kelvin: the coefficient of m_A in A's mean field.</summary>
    public double IntraAK => CoordinationAA * CouplingAAK;

    /// <summary>z_BB J_BB in kelvin.</summary>
    public double IntraBK => CoordinationBB * CouplingBBK;

    /// <summary>z_AB K in kelvin: the coefficient of m_B in A's mean field (and of m_A in B's).</summary>
    public double InterK => CoordinationAB * CouplingABK;

    /// <summary>The field on sublattice A, h_A = (T ln g_A − Δ_A(P))/2, in kelvin.</summary>
    public double FieldAK(double temperatureK, double pressureGPa = 0) =>
        0.5 * ((temperatureK * LnGA) - DeltaAK - PhysicalUnits.KelvinFromPressureVolume(pressureGPa, DeltaVA3));

    /// <summary>The field on sublattice B, in kelvin.</summary>
    public double FieldBK(double temperatureK, double pressureGPa = 0) =>
        0.5 * ((temperatureK * LnGB) - DeltaBK - PhysicalUnits.KelvinFromPressureVolume(pressureGPa, DeltaVA3));

    /// <summary>The free energy per site f(m_A, m_B) in kelvin, from the logits u = 2 artanh m of both sublattices.</summary>
    public double FreeEnergyPerSiteK(double logitA, double logitB, double temperatureK, double pressureGPa = 0)
    {
        double mA = Math.Tanh(0.5 * logitA);
        double mB = Math.Tanh(0.5 * logitB);
        double energy = -(FieldAK(temperatureK, pressureGPa) * mA) - (FieldBK(temperatureK, pressureGPa) * mB)
            - (0.5 * IntraAK * mA * mA) - (0.5 * IntraBK * mB * mB) - (InterK * mA * mB);
        return 0.5 * (energy - (temperatureK * (MixingEntropy(logitA) + MixingEntropy(logitB))));
    }

    /// <summary>−[x ln x + (1 − x) ln(1 − x)] from the logit, zero at the ends.</summary>
    private static double MixingEntropy(double u)
    {
        if (double.IsInfinity(u))
        {
            return 0;
        }

        double x = SelfConsistency.HighSpinFraction(u);
        double y = SelfConsistency.HighSpinFraction(-u);
        return (x * SelfConsistency.Softplus(-u)) + (y * SelfConsistency.Softplus(u));
    }
}
