using System.Text.Json.Nodes;
using SCOModel.Core.Configuration;
using SCOModel.Structure.Contacts;

namespace SCOModel.Structure.Descriptors;

/// <summary>
/// The JSON form of `sco descriptors`: per structure its cell, density and dimensionalities, its metal centres (with
/// each donor's label, symmetry code and distance, and the spin guess with its basis) and its halogen contacts.
/// Undefined numbers are null.
/// </summary>
public static class DescriptorsJson
{
    public static string Format(IEnumerable<DescribedStructure> structures, DescriptorOptions options)
    {
        ArgumentNullException.ThrowIfNull(structures);
        ArgumentNullException.ThrowIfNull(options);
        var json = new JsonObject
        {
            ["method"] = new JsonObject
            {
                ["bond_tolerance"] = options.BondTolerance,
                ["bond_rule"] = "d <= (r_cov(i) + r_cov(j)) * (1 + bond_tolerance); Cordero et al., Dalton Trans. 2008, 2832",
                ["contact_tolerance_A"] = options.ContactToleranceA,
                ["contact_rule"] = "d <= r_vdW(X) + r_vdW(Y) + contact_tolerance_A, more than 3 bonds apart; Bondi, J. Phys. Chem. 1964, 68, 441",
                ["distortion"] = "zeta, Delta, Sigma, Theta as OctaDist defines them (Ketkaew et al., Dalton Trans. 2021, 50, 1086)",
            },
            ["structures"] = new JsonArray(structures.Select(s => (JsonNode?)Structure(s)).ToArray()),
        };
        return ConfigJson.Format(json) + "\n";
    }

    private static JsonObject Structure(DescribedStructure described)
    {
        var s = described.Descriptors;
        var cell = s.Structure.Cell;
        return new JsonObject
        {
            ["file"] = described.File,
            ["block"] = s.Structure.Block,
            ["cell"] = new JsonObject
            {
                ["a_A"] = cell.A,
                ["b_A"] = cell.B,
                ["c_A"] = cell.C,
                ["alpha_deg"] = cell.AlphaDeg,
                ["beta_deg"] = cell.BetaDeg,
                ["gamma_deg"] = cell.GammaDeg,
                ["volume_A3"] = cell.Volume,
            },
            ["symmetry_operations"] = s.Structure.Operations.Count,
            ["atoms_in_cell"] = s.Structure.Atoms.Count,
            ["density_g_cm3"] = Number(s.DensityGcm3),
            ["framework_dim"] = s.FrameworkDimensionality,
            ["network_dim"] = s.NetworkDimensionality,
            ["network"] = DescriptorText.Dimensionality(s.NetworkDimensionality),
            ["halogen_contacts"] = s.IntermolecularContacts.Count,
            ["min_rxb"] = Number(s.MinRxb),
            ["metals"] = new JsonArray(s.Metals.Select(m => (JsonNode?)Metal(m)).ToArray()),
            ["contacts"] = new JsonArray(s.Contacts.Unique.Select(c => (JsonNode?)Contact(c)).ToArray()),
        };
    }

    private static JsonObject Metal(MetalCentreDescriptors m)
    {
        var sphere = m.Sphere;
        var o = m.Distortion;
        return new JsonObject
        {
            ["label"] = m.Label,
            ["element"] = m.Element,
            ["donor_set"] = sphere.DonorSet,
            ["coordination_number"] = sphere.CoordinationNumber,
            ["donors"] = new JsonArray(sphere.Donors.Select((d, k) => (JsonNode?)new JsonObject
            {
                ["label"] = sphere.DonorAtoms[k].Label,
                ["element"] = sphere.DonorAtoms[k].Element.Symbol,
                ["symmetry"] = sphere.DonorAtoms[k].SymmetryCode(d.Image - sphere.Metal.Shift),
                ["distance_A"] = d.Distance,
            }).ToArray()),
            ["mean_d_A"] = Number(m.MeanDistance),
            ["zeta_A"] = Number(o?.Zeta ?? double.NaN),
            ["delta"] = Number(o?.Delta ?? double.NaN),
            ["sigma_deg"] = Number(o?.Sigma ?? double.NaN),
            ["theta_deg"] = Number(o?.Theta ?? double.NaN),
            ["volume_per_metal_A3"] = Number(m.VolumePerMetalA3),
            ["spin_guess"] = m.Spin.State,
            ["spin_basis"] = m.Spin.Basis,
            ["framework_dim"] = m.FrameworkDimensionality,
            ["network_dim"] = m.NetworkDimensionality,
        };
    }

    private static JsonObject Contact(HalogenContact c) => new()
    {
        ["atom1"] = c.Halogen.Label,
        ["element1"] = c.Halogen.Element.Symbol,
        ["atom2"] = c.Partner.Label,
        ["element2"] = c.Partner.Element.Symbol,
        ["symmetry2"] = c.PartnerSymmetryCode,
        ["kind"] = c.IsHalogenHalogen ? "X...X" : "X...D",
        ["d_A"] = c.Distance,
        ["theta1_deg"] = Number(c.Theta1Deg),
        ["theta2_deg"] = Number(c.Theta2Deg),
        ["neighbour1"] = c.HalogenNeighbour?.Label,
        ["neighbour2"] = c.PartnerNeighbour?.Label,
        ["rxb"] = c.Rxb,
        ["type"] = c.Geometry == ContactGeometry.NotApplicable ? null : DescriptorText.Geometry(c.Geometry),
        ["intermolecular"] = c.IsIntermolecular,
        ["multiplicity"] = c.Multiplicity,
    };

    private static JsonNode? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;
}
