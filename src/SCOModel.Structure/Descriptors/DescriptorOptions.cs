using SCOModel.Structure.Contacts;

namespace SCOModel.Structure.Descriptors;

/// <summary>
/// The tolerances of the descriptors: <see cref="BondTolerance"/> is relative (bonds and coordination spheres reach
/// (r_cov + r_cov)(1 + tolerance)); <see cref="ContactToleranceA"/> is absolute (contacts reach r_vdW + r_vdW + tolerance).
/// </summary>
public sealed record DescriptorOptions(double BondTolerance = DescriptorOptions.DefaultBondTolerance,
    double ContactToleranceA = HalogenContactSearch.DefaultToleranceA)
{
    public const double DefaultBondTolerance = 0.2;
}
