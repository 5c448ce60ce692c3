using SCOModel.Core.Lattices;
using SCOModel.Core.Models;

namespace SCOModel.Core.Configuration;

/// <summary>
/// Reads the heterogeneity fields of an "ising-like" model (README, "Two-step transitions, disorder and halogen
/// contacts"; PHYSICS.md §1, §2, §6) into a <see cref="Heterogeneity"/>, or null when the model has none of them.
/// </summary>
internal static class HeterogeneityReader
{
    /// <summary>The model fields this reader owns (the ising-like branch accepts them besides its own).</summary>
    public static IReadOnlyList<string> FieldNames { get; } =
    [
        "sampleSeed", "sublattices", "couplingBySublatticeK", "intramolecularK", "siteDisorder", "trapped", "dilution",
        "halogenContacts", "halogenCoupling",
    ];

    /// <summary>The heterogeneity of a model node on a lattice, or null when none of <see cref="FieldNames"/> is given.</summary>
    public static Heterogeneity? Read(ConfigNode model, LatticeSpec lattice)
    {
        ArgumentNullException.ThrowIfNull(lattice);
        if (!FieldNames.Any(model.Has))
        {
            return null;
        }

        var sublattices = model.Optional("sublattices") is { } s ? ReadSublattices(s) : null;
        double? intramolecular = null;
        if (model.Optional("intramolecularK") is { } intra)
        {
            // J_intra on the bond inside each dinuclear molecule (PHYSICS.md §2): the dimers pattern, by default.
            sublattices ??= Sublattices.Plain(SublatticePattern.Dimers);
            if (sublattices.Pattern != SublatticePattern.Dimers)
            {
                throw intra.Error("'intramolecularK' needs the dimers sublattice pattern (\"pattern\": \"dimers\")");
            }

            intramolecular = intra.Number();
        }

        if (sublattices?.Pattern == SublatticePattern.Dimers)
        {
            try
            {
                DinuclearMolecules.Validate(lattice);
            }
            catch (ArgumentException e)
            {
                throw (model.Optional("sublattices") ?? model.Required("intramolecularK")).Error(e.Message);
            }
        }

        SublatticeCouplings? bySublattice = null;
        if (model.Optional("couplingBySublatticeK") is { } couplings)
        {
            if (model.Optional("couplingByDirectionK") is not null || model.Optional("couplingK") is not null)
            {
                throw couplings.Error("give 'couplingBySublatticeK' or 'couplingK'/'couplingByDirectionK', not both");
            }

            RejectAllToAll(couplings, lattice, "per-sublattice couplings");
            couplings.RejectUnknownFields("AA", "BB", "AB");
            bySublattice = new SublatticeCouplings(
                couplings.Optional("AA")?.Number() ?? 0,
                couplings.Optional("BB")?.Number() ?? 0,
                couplings.Optional("AB")?.Number() ?? 0);

            // Without an explicit split the sublattices are the checkerboard of a bipartite lattice.
            sublattices ??= Sublattices.Plain(SublatticePattern.Checkerboard);
        }

        var contacts = model.Optional("halogenContacts") is { } list ? ReadContacts(list, lattice) : null;
        HalogenCouplingLaw? law = model.Optional("halogenCoupling") is { } c ? ReadLaw(c) : null;
        if (contacts is { Count: > 0 } && law is null)
        {
            throw model.Required("halogenContacts").Error(
                "halogen contacts need 'halogenCoupling': {\"scaleK\": {\"Br\": ...}, \"rangeWidth\": ...}");
        }

        if (contacts is not null && law is not null)
        {
            foreach (var (bonds, node) in contacts.Zip(model.Required("halogenContacts").Items()))
            {
                foreach (var halogen in new[] { bonds.Contact.X, bonds.Contact.XPrime })
                {
                    if (!law.ScaleK.ContainsKey(halogen))
                    {
                        throw node.Error($"'halogenCoupling.scaleK' gives no J0 for {halogen}");
                    }
                }
            }
        }

        return new Heterogeneity
        {
            SampleSeed = model.Optional("sampleSeed")?.UnsignedInteger() ?? 1,
            Sublattices = sublattices,
            CouplingBySublatticeK = bySublattice,
            IntramolecularK = intramolecular,
            SiteDisorder = model.Optional("siteDisorder") is { } d ? ReadDisorder(d) : null,
            Trapped = model.Optional("trapped") is { } t ? ReadTrapped(t) : null,
            DilutionFraction = model.Optional("dilution")?.Number(0, 0.99, "a fraction of inert sites in [0, 0.99]") ?? 0,
            HalogenContacts = contacts,
            HalogenCoupling = law,
        };
    }

    /// <summary>The heterogeneity fields exactly as the config gave them, so the resolved config writes them back.</summary>
    public static System.Text.Json.Nodes.JsonObject? ConfigFieldsOf(ConfigNode model)
    {
        if (!FieldNames.Any(model.Has))
        {
            return null;
        }

        var fields = new System.Text.Json.Nodes.JsonObject();
        foreach (string name in FieldNames)
        {
            if (model.Optional(name) is { } field)
            {
                fields[name] = System.Text.Json.Nodes.JsonNode.Parse(field.Element.GetRawText());
            }
        }

        return fields;
    }

    private static Sublattices ReadSublattices(ConfigNode node)
    {
        node.RejectUnknownFields("pattern", "a", "b");
        return new Sublattices(
            node.Optional("pattern")?.Choice<SublatticePattern>("sublattice pattern") ?? SublatticePattern.Checkerboard,
            node.Optional("a") is { } a ? ReadSite(a) : new SublatticeSite(),
            node.Optional("b") is { } b ? ReadSite(b) : new SublatticeSite());
    }

    private static SublatticeSite ReadSite(ConfigNode node)
    {
        node.RejectUnknownFields("deltaK", "lnG", "deltaVA3");
        return new SublatticeSite(
            node.Optional("deltaK")?.Number(),
            node.Optional("lnG")?.Number(),
            node.Optional("deltaVA3")?.Number());
    }

    private static SiteDisorder ReadDisorder(ConfigNode node)
    {
        node.RejectUnknownFields("distribution", "widthK");
        return new SiteDisorder(
            node.Optional("distribution")?.Choice<SiteDisorderDistribution>("disorder distribution")
                ?? SiteDisorderDistribution.Gaussian,
            node.Required("widthK").Number(0, double.MaxValue, "a non-negative width in kelvin"));
    }

    private static TrappedSites ReadTrapped(ConfigNode node)
    {
        node.RejectUnknownFields("highSpin", "lowSpin");
        double high = node.Optional("highSpin")?.Number(0, 1, "a fraction in [0, 1]") ?? 0;
        double low = node.Optional("lowSpin")?.Number(0, 1, "a fraction in [0, 1]") ?? 0;
        if (high + low >= 1)
        {
            throw node.Error($"the trapped fractions add up to {high + low}: some sites must switch (sum below 1)");
        }

        return new TrappedSites(high, low);
    }

    private static List<HalogenContactBonds> ReadContacts(ConfigNode list, LatticeSpec lattice)
    {
        RejectAllToAll(list, lattice, "halogen contacts");
        int families = LatticeSpec.BondFamilyCount(lattice.Kind);
        var contacts = new List<HalogenContactBonds>();
        foreach (var node in list.Items())
        {
            node.RejectUnknownFields("x", "xPrime", "distanceA", "theta1Deg", "theta2Deg", "direction", "fraction");
            var contact = new HalogenContact(
                node.Required("x").Choice<Halogen>("halogen"),
                node.Required("xPrime").Choice<Halogen>("halogen"),
                node.Required("distanceA").PositiveNumber(),
                node.Required("theta1Deg").Number(0, 180, "an angle in degrees from 0 to 180"),
                node.Required("theta2Deg").Number(0, 180, "an angle in degrees from 0 to 180"));
            int direction = (int)(node.Optional("direction")?.Integer(0, families - 1) ?? 0);
            double fraction = node.Optional("fraction")?.Number(0, 1, "a fraction in [0, 1]") ?? 1;
            contacts.Add(new HalogenContactBonds(contact, direction, fraction));
        }

        return contacts;
    }

    private static HalogenCouplingLaw ReadLaw(ConfigNode node)
    {
        node.RejectUnknownFields("scaleK", "rangeWidth");
        var scaleNode = node.Required("scaleK");
        var scale = new Dictionary<Halogen, double>();
        foreach (var property in scaleNode.Element.EnumerateObject())
        {
            var value = scaleNode.Required(property.Name);
            if (!Enum.TryParse<Halogen>(property.Name, ignoreCase: true, out var halogen)
                || !Enum.IsDefined(halogen))
            {
                throw value.Error($"unknown halogen '{property.Name}'; expected one of: F, Cl, Br, I");
            }

            scale[halogen] = value.Number();
        }

        return new HalogenCouplingLaw(scale, node.Required("rangeWidth").PositiveNumber());
    }

    private static void RejectAllToAll(ConfigNode node, LatticeSpec lattice, string what)
    {
        if (lattice.Kind == LatticeKind.AllToAll)
        {
            throw node.Error($"{what} need nearest-neighbour bonds; the all-to-all lattice has none");
        }
    }
}
