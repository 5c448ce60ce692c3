using SCOModel.Structure.Coordination;

namespace SCOModel.Structure.Descriptors;

/// <summary>
/// The descriptors of one symmetry-independent metal centre: its coordination sphere, the octahedral distortion (six-
/// coordinate centres only, null otherwise), the spin-state guess and the structure-wide quantities every row carries
/// (volume per metal, density, halogen contacts, network dimensionality).
/// </summary>
public sealed record MetalCentreDescriptors(
    string Label,
    string Element,
    CoordinationSphere Sphere,
    OctahedralDistortion? Distortion,
    SpinStateGuess Spin,
    double VolumePerMetalA3,
    int FrameworkDimensionality,
    int NetworkDimensionality)
{
    /// <summary>The metal–donor distances, shortest first, Å.</summary>
    public IReadOnlyList<double> Distances => Sphere.Donors.Select(d => d.Distance).ToList();

    /// <summary>⟨D⟩, the mean metal–donor distance (any coordination number), Å; NaN without donors.</summary>
    public double MeanDistance => Sphere.CoordinationNumber == 0 ? double.NaN : Distances.Average();
}
