using System.Text;

namespace SCOModel.Structure.Descriptors;

/// <summary>
/// The contacts table of `sco descriptors`: one row per symmetry-independent halogen contact, seen from a halogen of
/// the asymmetric unit, with the partner's CIF symmetry code, d, θ1 = R1–X···Y, θ2 = X···Y–R2, R_XB, the type (X···X′
/// only), whether it joins different molecules, and how many contacts of the cell it stands for.
/// </summary>
public static class ContactsCsv
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "file", "block", "atom1", "element1", "atom2", "element2", "symmetry2", "kind", "d_A", "theta1_deg", "theta2_deg",
        "neighbour1", "neighbour2", "rxb", "type", "intermolecular", "multiplicity",
    ];

    public static string Format(IEnumerable<DescribedStructure> structures)
    {
        ArgumentNullException.ThrowIfNull(structures);
        var text = new StringBuilder().AppendJoin(',', Columns).Append('\n');
        foreach (var (file, s) in structures)
        {
            foreach (var c in s.Contacts.Unique)
            {
                string[] cells =
                [
                    DescriptorText.Cell(file), DescriptorText.Cell(s.Structure.Block),
                    DescriptorText.Cell(c.Halogen.Label), c.Halogen.Element.Symbol,
                    DescriptorText.Cell(c.Partner.Label), c.Partner.Element.Symbol, c.PartnerSymmetryCode,
                    c.IsHalogenHalogen ? "X...X" : "X...D",
                    DescriptorText.Number(c.Distance, 4),
                    DescriptorText.Number(c.Theta1Deg, 2),
                    DescriptorText.Number(c.Theta2Deg, 2),
                    DescriptorText.Cell(c.HalogenNeighbour?.Label ?? string.Empty),
                    DescriptorText.Cell(c.PartnerNeighbour?.Label ?? string.Empty),
                    DescriptorText.Number(c.Rxb, 4),
                    DescriptorText.Geometry(c.Geometry),
                    c.IsIntermolecular ? "true" : "false",
                    DescriptorText.Integer(c.Multiplicity),
                ];
                text.AppendJoin(',', cells).Append('\n');
            }
        }

        return text.ToString();
    }
}
