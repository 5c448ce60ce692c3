using System.Globalization;

namespace SCOModel.Core.Configuration;

/// <summary>
/// The mechanoelastic model of PHYSICS.md §4 (Enachescu, Stoleriu, Stancu, Hauser, Phys. Rev. Lett. 102, 257204
/// (2009); Phys. Rev. B 82, 104114 (2010)): molecules as discs of radius R_LS or R_HS at the nodes of a lattice, joined
/// by springs, switching with Arrhenius probabilities whose barrier the local pressure shifts, the positions relaxing
/// after every Monte Carlo step. Units: energies and temperatures in K, lengths in Å, spring constants in K/Å²; the
/// local pressure p_i = Σ_j k δ_ij is in K/Å and κ in Å, so κ p_i is in K.
/// </summary>
public sealed record MechanoelasticModelConfig : ModelConfig
{
    /// <summary>The lattice, its shape and size.</summary>
    public required MechanoelasticLatticeSpec Lattice { get; init; }

    /// <summary>Δ in kelvin.</summary>
    public required double DeltaK { get; init; }

    /// <summary>ln g.</summary>
    public required double LnG { get; init; }

    /// <summary>E_a: the activation energy of the Arrhenius probabilities, K (it sets how the rates slow on cooling).</summary>
    public required double ActivationEnergyK { get; init; }

    /// <summary>R_LS: the radius of a low-spin molecule, Å.</summary>
    public required double RadiusLsA { get; init; }

    /// <summary>R_HS: the radius of a high-spin molecule, Å (larger than R_LS).</summary>
    public required double RadiusHsA { get; init; }

    /// <summary>k: the nearest-neighbour spring constant, K/Å² (spring energy ½ k δ²).</summary>
    public required double SpringConstantKPerA2 { get; init; }

    /// <summary>
    /// k': the diagonal (next-nearest) spring constant of a square or cubic lattice, K/Å² (0 for a triangular or fcc one).
    /// </summary>
    public double NextNeighbourSpringConstantKPerA2 { get; init; }

    /// <summary>κ: the coupling of the local pressure to the barrier, Å (κ = δR/2 gives detailed balance, §4).</summary>
    public required double KappaA { get; init; }

    /// <summary>
    /// The lattice constant of a periodic box, Å (the starting one at constant pressure); null for open samples, and for
    /// a periodic box the mean spacing R_LS + R_HS (n0 = 1/2 in the fixed-box term A N (n − n0)² of §4).
    /// </summary>
    public double? BoxLatticeConstantA { get; init; }

    /// <summary>
    /// c: the thickness of the layer a 2D sample stands for, Å; a pressure P acts on its boundary as the 2D pressure
    /// Π = P c. Null for 2 R_LS, and for a 3D sample (on which P acts as it is).
    /// </summary>
    public double? LayerThicknessA { get; init; }

    /// <summary>An intramolecular ΔV per molecule, Å³ (Δ(P) = Δ + P ΔV), beyond what the discs' radii give.</summary>
    public double DeltaVA3 { get; init; }

    /// <summary>What a periodic box holds fixed: its size (null: the default) or the pressure; null for an open sample.</summary>
    public MechanoelasticEnsemble? Ensemble { get; init; }

    /// <summary>How the positions relax after every Monte Carlo step.</summary>
    public MechanoelasticRelaxationMethod Relaxation { get; init; } = MechanoelasticRelaxationMethod.Newton;

    /// <summary>Temperatures (K) at which the first replica's positions and spin states are drawn, on every branch.</summary>
    public IReadOnlyList<double> SnapshotsAtK { get; init; } = [];

    /// <summary>Pressures (GPa) at which the first replica's positions and spin states are drawn, on every branch that sweeps the pressure.</summary>
    public IReadOnlyList<double> SnapshotsAtGPa { get; init; } = [];

    /// <inheritdoc />
    public override string DescribeSample() => string.Create(CultureInfo.InvariantCulture,
        $"mechanoelastic {Lattice}; R_LS = {RadiusLsA:0.###} Å, R_HS = {RadiusHsA:0.###} Å, " +
        $"k = {SpringConstantKPerA2:0.###} K/Å², k' = {NextNeighbourSpringConstantKPerA2:0.###} K/Å², κ = {KappaA:0.####} Å; Δ = {DeltaK:0.##} K, ln g = {LnG:0.###}, " +
        $"E_a = {ActivationEnergyK:0.##} K");

    /// <inheritdoc />
    public bool Equals(MechanoelasticModelConfig? other) =>
        other is not null && EqualityContract == other.EqualityContract && Lattice == other.Lattice &&
        DeltaK == other.DeltaK && LnG == other.LnG && ActivationEnergyK == other.ActivationEnergyK &&
        RadiusLsA == other.RadiusLsA && RadiusHsA == other.RadiusHsA &&
        SpringConstantKPerA2 == other.SpringConstantKPerA2 && KappaA == other.KappaA &&
        NextNeighbourSpringConstantKPerA2 == other.NextNeighbourSpringConstantKPerA2 &&
        BoxLatticeConstantA == other.BoxLatticeConstantA && Relaxation == other.Relaxation &&
        LayerThicknessA == other.LayerThicknessA && DeltaVA3 == other.DeltaVA3 && Ensemble == other.Ensemble &&
        SnapshotsAtK.SequenceEqual(other.SnapshotsAtK) && SnapshotsAtGPa.SequenceEqual(other.SnapshotsAtGPa);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Lattice, DeltaK, LnG, RadiusLsA, RadiusHsA, SpringConstantKPerA2, KappaA);
}
