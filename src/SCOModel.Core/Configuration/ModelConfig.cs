using System.Text.Json.Serialization;
using SCOModel.Core.Kinetics;
using SCOModel.Core.Lattices;
using SCOModel.Core.Models;

namespace SCOModel.Core.Configuration;

/// <summary>The model part of a config: which Hamiltonian, on which lattice (each kind says how its sample is built).</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(IsingLikeModelConfig), "ising-like")]
[JsonDerivedType(typeof(WineRackModelConfig), "wine-rack")]
[JsonDerivedType(typeof(MechanoelasticModelConfig), "mechanoelastic")]
public abstract record ModelConfig
{
    /// <summary>One line on the sample for reports (the lattice, its size and boundary, or the model's geometry).</summary>
    public abstract string DescribeSample();
}

/// <summary>The Ising-like model of PHYSICS.md §1, in kelvin (calorimetric inputs are converted on reading).</summary>
public sealed record IsingLikeModelConfig : ModelConfig
{
    /// <summary>The lattice the model lives on.</summary>
    public required LatticeSpec Lattice { get; init; }

    /// <inheritdoc />
    public override string DescribeSample() => Lattice.ToString();

    /// <summary>Δ in kelvin.</summary>
    public required double DeltaK { get; init; }

    /// <summary>ln g.</summary>
    public required double LnG { get; init; }

    /// <summary>J in kelvin, for every bond unless <see cref="CouplingByDirectionK"/> is given.</summary>
    public double CouplingK { get; init; }

    /// <summary>Optional J per bond direction (family), in kelvin: [x, y] for square, [x, y, z] for cubic, ...</summary>
    public IReadOnlyList<double>? CouplingByDirectionK { get; init; }

    /// <summary>G in kelvin.</summary>
    public double LongRangeK { get; init; }

    /// <summary>ΔV per molecule in Å^3.</summary>
    public double DeltaVA3 { get; init; }

    /// <summary>Switching rates in physical time, for protocols with light or time; null when none were given.</summary>
    public KineticParameters? Kinetics { get; init; }

    /// <summary>The Hamiltonian's parameters.</summary>
    [JsonIgnore]
    public IsingLikeParameters Parameters => new(DeltaK, LnG, CouplingK, LongRangeK, DeltaVA3);

    /// <summary>Builds the lattice and binds the parameters to it (a heterogeneous sample when one is configured).</summary>
    public IsingLikeModel Build() => Heterogeneity is { } heterogeneity
        ? IsingLikeModel.Heterogeneous(Parameters, Lattice, CouplingByDirectionK, heterogeneity)
        : new(Parameters, LatticeBuilder.Build(Lattice), CouplingByDirectionK);

    /// <summary>
    /// Site and bond heterogeneity (sublattices, Δ disorder, per-sublattice couplings, trapped and inert sites,
    /// halogen contacts); null for the homogeneous model.
    /// </summary>
    public Heterogeneity? Heterogeneity { get; init; }

    /// <summary>
    /// The heterogeneity's config fields as read (`sublattices`, `dilution`, ...), which the resolved config writes back
    /// in place of <see cref="Heterogeneity"/> so that run.json stays a valid config; null when built in code.
    /// </summary>
    [JsonIgnore]
    public System.Text.Json.Nodes.JsonObject? HeterogeneityFields { get; init; }
}
