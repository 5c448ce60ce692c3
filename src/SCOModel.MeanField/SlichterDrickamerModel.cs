using SCOModel.Core.Configuration;
using SCOModel.Core.Lattices;
using SCOModel.Core.Protocols;
using SCOModel.Core.Units;

namespace SCOModel.MeanField;

/// <summary>
/// The Slichter–Drickamer (Bragg–Williams) model of PHYSICS.md §2 in kelvin units (k_B = 1, per molecule):
/// <code>
/// G(x) = x Δ(P) − T x ln g + Γ x(1 − x) + T [x ln x + (1 − x) ln(1 − x)],   x = n_HS,   Δ(P) = Δ + P ΔV
/// </code>
/// i.e. §2's molar G divided by R (Δ = ΔH/R, ln g = ΔS/R, Γ_K = Γ_molar/R). It is the mean field of the Ising-like
/// Hamiltonian of §1 with Γ = 2(Σ_j J_ij + 2G): its solutions are those of m = tanh[(Γ m/2 + h)/T],
/// h = (T ln g − Δ(P))/2. Immutable; every method is a pure function of the parameters.
/// </summary>
/// <param name="DeltaK">Δ = ΔH/R in kelvin.</param>
/// <param name="LnG">ln g = ΔS/R.</param>
/// <param name="GammaK">The cooperativity Γ in kelvin (Γ/R of the molar Γ); negative for anti-cooperative.</param>
/// <param name="DeltaVA3">ΔV per molecule in Å^3 (pressure shifts Δ by P ΔV).</param>
public sealed record SlichterDrickamerModel(double DeltaK, double LnG, double GammaK, double DeltaVA3 = 0)
{
    /// <summary>From calorimetric values: ΔH in kJ/mol, ΔS in J/(mol K), Γ in kJ/mol.</summary>
    public static SlichterDrickamerModel FromCalorimetric(
        double deltaHkJPerMol, double deltaSJPerMolK, double gammaKJPerMol, double deltaVA3 = 0) =>
        new(PhysicalUnits.KelvinFromKJPerMol(deltaHkJPerMol), PhysicalUnits.LnGFromJPerMolK(deltaSJPerMolK),
            PhysicalUnits.KelvinFromKJPerMol(gammaKJPerMol), deltaVA3);

    /// <summary>
    /// The mean field of an Ising-like config: Δ, ln g and ΔV as given, Γ = 2(Σ_j J_ij + 2G) with Σ_j J_ij from the
    /// lattice's bulk coordination (<see cref="MeanFieldCoupling"/>).
    /// </summary>
    public static SlichterDrickamerModel FromIsingLike(IsingLikeModelConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new(config.DeltaK, config.LnG, 2 * MeanFieldCoupling.EffectiveCouplingK(config), config.DeltaVA3);
    }

    /// <summary>ΔH in kJ/mol.</summary>
    public double DeltaHkJPerMol => PhysicalUnits.KJPerMolFromKelvin(DeltaK);

    /// <summary>ΔS in J/(mol K).</summary>
    public double DeltaSJPerMolK => PhysicalUnits.JPerMolKFromLnG(LnG);

    /// <summary>Γ in kJ/mol.</summary>
    public double GammaKJPerMol => PhysicalUnits.KJPerMolFromKelvin(GammaK);

    /// <summary>The coefficient of ⟨s⟩ in the mean field, J_eff = Σ_j J_ij + 2G = Γ/2, in kelvin.</summary>
    public double EffectiveCouplingK => 0.5 * GammaK;

    /// <summary>Δ(P) = Δ + P ΔV in kelvin.</summary>
    public double DeltaAtPressureK(double pressureGPa) =>
        DeltaK + PhysicalUnits.KelvinFromPressureVolume(pressureGPa, DeltaVA3);

    /// <summary>The Ising field h = (T ln g − Δ(P))/2 in kelvin.</summary>
    public double FieldK(double temperatureK, double pressureGPa = 0) =>
        0.5 * ((temperatureK * LnG) - DeltaAtPressureK(pressureGPa));

    /// <summary>The Maxwell T1/2 = Δ(P)/ln g (= ΔH/ΔS at P = 0), whatever Γ; null without a crossing.</summary>
    public double? MaxwellTemperatureK(double pressureGPa = 0) => MaxwellConstruction.TemperatureK(this, pressureGPa);

    /// <summary>The smallest Γ with hysteresis, 2 T1/2 (2 R T1/2 in molar units): a loop needs Γ &gt; this.</summary>
    public double? CriticalGammaK(double pressureGPa = 0) => 2 * MaxwellTemperatureK(pressureGPa);

    /// <summary>The temperature at which the loop closes (a critical point), T_c = Γ/2 (Γ/(2R) in molar units).</summary>
    public double CriticalTemperatureK => 0.5 * GammaK;

    /// <summary>G(x) of PHYSICS.md §2 per molecule, in kelvin.</summary>
    public double GibbsEnergyK(double nHs, double temperatureK, double pressureGPa = 0) =>
        GibbsEnergyOfLogit(SelfConsistency.Logit(nHs), temperatureK, pressureGPa);

    /// <summary>
    /// T(x) = [Δ(P) + Γ(1 − 2x)] / [ln g + ln((1 − x)/x)]: the temperature at which x solves the equilibrium
    /// equation (PHYSICS.md §2). Negative or infinite where no positive temperature has x as a solution.
    /// </summary>
    public double TemperatureOfSolution(double nHs, double pressureGPa = 0) =>
        (DeltaAtPressureK(pressureGPa) + (GammaK * (1 - (2 * nHs)))) / (LnG + Math.Log((1 - nHs) / nHs));

    /// <summary>Every solution at (T, P), in increasing n_HS, labelled stable, metastable or unstable.</summary>
    public IReadOnlyList<MeanFieldSolution> Solutions(double temperatureK, double pressureGPa = 0)
    {
        double h = FieldK(temperatureK, pressureGPa);
        var roots = SelfConsistency.Roots(h, EffectiveCouplingK, temperatureK);
        var points = roots
            .Select(u => (u, SelfConsistency.Slope(u, EffectiveCouplingK, temperatureK),
                GibbsEnergyOfLogit(u, temperatureK, pressureGPa)))
            .ToArray();
        return MaxwellConstruction.Classify(points);
    }

    /// <summary>The equilibrium (lowest-G) solution at (T, P).</summary>
    public MeanFieldSolution StableSolution(double temperatureK, double pressureGPa = 0) =>
        Solutions(temperatureK, pressureGPa).First(s => s.Stability == SolutionStability.Stable);

    /// <summary>
    /// The state an infinitely slow experiment reaches at (T, P) from a state of high-spin fraction
    /// <paramref name="fromNHs"/> (0 = all LS, 1 = all HS, or the previous point's solution): G is descended from
    /// there (dx/dt = −dG/dx) to the nearest minimum in the downhill direction, so a metastable branch is kept until
    /// it disappears at its spinodal. Starting exactly on a maximum (x = 1/2 at h = 0), the lower minimum is taken.
    /// </summary>
    public MeanFieldSolution Relax(double fromNHs, double temperatureK, double pressureGPa = 0) =>
        RelaxFromLogit(SelfConsistency.Logit(fromNHs), temperatureK, pressureGPa);

    /// <summary><see cref="Relax"/> from a previous solution (its logit keeps full precision near 0 and 1).</summary>
    public MeanFieldSolution Relax(MeanFieldSolution from, double temperatureK, double pressureGPa = 0)
    {
        ArgumentNullException.ThrowIfNull(from);
        return RelaxFromLogit(from.Logit, temperatureK, pressureGPa);
    }

    /// <summary>
    /// n_HS along a measured branch, in the order of <paramref name="temperaturesK"/>: heating is walked up from all LS,
    /// cooling down from all HS (metastable branches followed to their spinodals), scan points take the stable state.
    /// </summary>
    public double[] BranchCurve(IReadOnlyList<double> temperaturesK, Branch branch, double pressureGPa = 0)
    {
        ArgumentNullException.ThrowIfNull(temperaturesK);
        return BranchWalk.Evaluate(
            temperaturesK,
            branch,
            new MeanFieldSolution(0, double.NegativeInfinity, double.NaN, SolutionStability.Stable),
            new MeanFieldSolution(1, double.PositiveInfinity, double.NaN, SolutionStability.Stable),
            (state, t) => Relax(state, t, pressureGPa),
            t => StableSolution(t, pressureGPa),
            s => s.NHs);
    }

    /// <summary>All spinodals at a pressure (<see cref="SpinodalFinder.Find"/>).</summary>
    public IReadOnlyList<Spinodal> Spinodals(double pressureGPa = 0) => SpinodalFinder.Find(this, pressureGPa);

    /// <summary>The hysteresis loop at a pressure, or null (<see cref="SpinodalFinder.Loop"/>).</summary>
    public HysteresisLoop? Loop(double pressureGPa = 0) => SpinodalFinder.Loop(this, pressureGPa);

    /// <summary>
    /// An Ising-like config with the same mean field on a lattice: Δ, ln g and ΔV as here, G = 0 and the uniform
    /// J = Γ/(2z) with z the lattice's bulk coordination. On the all-to-all lattice the Monte Carlo then converges to
    /// this model as N grows; on a short-range lattice the same J is less cooperative than mean field says
    /// (PHYSICS.md §1: the square lattice needs J &gt; 0.44 T_eq for a loop, mean field J &gt; 0.25 T_eq).
    /// </summary>
    public IsingLikeModelConfig ToIsingLikeConfig(LatticeSpec lattice)
    {
        ArgumentNullException.ThrowIfNull(lattice);
        double z = lattice.BulkCoordination;
        if (!(z > 0))
        {
            throw new ArgumentException("the lattice needs a positive coordination number", nameof(lattice));
        }

        return new IsingLikeModelConfig
        {
            DeltaK = DeltaK,
            LnG = LnG,
            CouplingK = GammaK / (2 * z),
            DeltaVA3 = DeltaVA3,
            Lattice = lattice,
        };
    }

    internal double GibbsEnergyOfLogit(double u, double temperatureK, double pressureGPa)
    {
        double x = SelfConsistency.HighSpinFraction(u);
        double y = SelfConsistency.HighSpinFraction(-u);

        // x ln x + (1 − x) ln(1 − x) = −[x ln(1 + e^(−u)) + (1 − x) ln(1 + e^u)], zero at the ends.
        double mixing = double.IsInfinity(u) ? 0
            : -((x * SelfConsistency.Softplus(-u)) + (y * SelfConsistency.Softplus(u)));
        return ((DeltaAtPressureK(pressureGPa) - (temperatureK * LnG)) * x) + (GammaK * x * y) + (temperatureK * mixing);
    }

    private MeanFieldSolution RelaxFromLogit(double startU, double temperatureK, double pressureGPa)
    {
        var solutions = Solutions(temperatureK, pressureGPa);
        double h = FieldK(temperatureK, pressureGPa);
        var roots = solutions.Select(s => s.Logit).ToArray();
        double u = SelfConsistency.Descend(startU, roots, h, EffectiveCouplingK, temperatureK);
        int k = Array.IndexOf(roots, u);
        if (solutions[k].Stability != SolutionStability.Unstable)
        {
            return solutions[k];
        }

        // Only reachable by starting exactly on the maximum: fall to the lower of its two neighbouring minima.
        var below = solutions[Math.Max(k - 1, 0)];
        var above = solutions[Math.Min(k + 1, solutions.Count - 1)];
        return above.GibbsEnergyK < below.GibbsEnergyK - (1e-11 * Math.Max(1, Math.Abs(below.GibbsEnergyK))) ? above : below;
    }
}
