using System.Text;

namespace SCOModel.Structure.Descriptors;

/// <summary>
/// The table of `sco descriptors`: one row per symmetry-independent metal centre. Distances d1..d6 are the six
/// shortest metal–donor distances (empty beyond the coordination number); ζ, Δ, Σ, Θ only for six-coordinate centres;
/// the halogen-contact count, min R_XB and the dimensionalities describe the whole structure (framework_dim and
/// network_dim: of the centre's own component, bonds only and bonds + halogen contacts).
/// </summary>
public static class DescriptorsCsv
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "file", "block", "metal", "element", "donor_set", "coordination_number",
        "d1_A", "d2_A", "d3_A", "d4_A", "d5_A", "d6_A", "mean_d_A", "zeta_A", "delta", "sigma_deg", "theta_deg",
        "volume_per_metal_A3", "density_g_cm3", "spin_guess", "halogen_contacts", "min_rxb", "framework_dim", "network_dim",
    ];

    public static string Format(IEnumerable<DescribedStructure> structures)
    {
        ArgumentNullException.ThrowIfNull(structures);
        var text = new StringBuilder().AppendJoin(',', Columns).Append('\n');
        foreach (var (file, s) in structures)
        {
            int contacts = s.IntermolecularContacts.Count;
            foreach (var m in s.Metals)
            {
                var d = m.Distances;
                var cells = new List<string>
                {
                    DescriptorText.Cell(file), DescriptorText.Cell(s.Structure.Block), DescriptorText.Cell(m.Label), m.Element,
                    m.Sphere.DonorSet, DescriptorText.Integer(m.Sphere.CoordinationNumber),
                };
                cells.AddRange(Enumerable.Range(0, 6).Select(k => k < d.Count ? DescriptorText.Number(d[k], 4) : string.Empty));
                var o = m.Distortion;
                cells.AddRange(
                [
                    DescriptorText.Number(m.MeanDistance, 4),
                    DescriptorText.Number(o?.Zeta ?? double.NaN, 4),
                    DescriptorText.Number(o?.Delta ?? double.NaN, 7),
                    DescriptorText.Number(o?.Sigma ?? double.NaN, 3),
                    DescriptorText.Number(o?.Theta ?? double.NaN, 3),
                    DescriptorText.Number(m.VolumePerMetalA3, 3),
                    DescriptorText.Number(s.DensityGcm3, 4),
                    m.Spin.State,
                    DescriptorText.Integer(contacts),
                    DescriptorText.Number(s.MinRxb, 4),
                    DescriptorText.Integer(m.FrameworkDimensionality),
                    DescriptorText.Integer(m.NetworkDimensionality),
                ]);
                text.AppendJoin(',', cells).Append('\n');
            }
        }

        return text.ToString();
    }
}
