using SCOModel.Structure.Contacts;
using SCOModel.Structure.Crystal;
using SCOModel.Structure.Descriptors;
using SCOModel.Structure.Tests.Support;

namespace SCOModel.Structure.Tests.Contacts;

/// <summary>
/// C–Br molecules whose Br···Br contact is made by a symmetry operation across a cell edge. The expected d, θ1, θ2 and
/// R_XB are computed here from the Cartesian positions of the two molecules; the type follows from |θ1 − θ2|.
/// </summary>
public sealed class BromineContactTests
{
    private const double BromineVdw = 1.85; // Bondi 1964

    [Fact]
    public void AScrewAxisMakesATypeIIContactAcrossTheCellEdgeAndAChainOfThem()
    {
        // P2_1 with the axis along b: the image of (x, y, z) is (−x, y + ½, −z). Orthorhombic a = c = 10, b = 4.2 Å.
        double a = 10, b = 4.2, c = 10;
        var br = new Vector3D(1.2, 0.5, 0.7);
        Vector3D Screw(Vector3D r) => new(-r.X, r.Y + (b / 2), -r.Z);
        var contact = Screw(br) - br;
        var perpendicular = contact.Cross(new Vector3D(0, 0, 1)).Normalized();
        var carbon = br + (1.90 * ((-0.985 * contact.Normalized()) + (0.17 * perpendicular)).Normalized());

        var s = StructureDescriptors.Of(CifText.Read(CifText.Structure("p21", [a, b, c, 90, 90, 90], ["x, y, z", "-x, y+1/2, -z"],
        [
            ("C1", "C", Fractional(carbon, a, b, c)),
            ("Br1", "Br", Fractional(br, a, b, c)),
        ])));

        double d = contact.Length;
        double theta1 = (carbon - br).AngleDegTo(contact);
        double theta2 = (br - Screw(br)).AngleDegTo(Screw(carbon) - Screw(br));
        var found = Assert.Single(s.Contacts.Unique);
        Assert.Equal(d, found.Distance, 9);
        Assert.Equal(d / (2 * BromineVdw), found.Rxb, 9);
        var angles = new[] { found.Theta1Deg, found.Theta2Deg }.Order().ToArray();
        Assert.Equal(Math.Min(theta1, theta2), angles[0], 6);
        Assert.Equal(Math.Max(theta1, theta2), angles[1], 6);
        Assert.True(Math.Abs(theta1 - theta2) >= 30, $"the construction should be type II: {theta1}, {theta2}");
        Assert.Equal(ContactGeometry.TypeII, found.Geometry);
        Assert.Equal("C1", found.HalogenNeighbour!.Label);
        Assert.True(found.IsIntermolecular);
        Assert.Contains(found.PartnerSymmetryCode, new[] { "2_555", "2_545" });

        // The partner's cell atom sits across the a and c edges: its image is needed to see the contact.
        Assert.True(found.Partner.Fractional.X > 0.5 && found.Partner.Fractional.Z > 0.5);

        // Two molecules per cell, each with two contacts (up and down the screw axis): two contacts per cell, a chain.
        Assert.Equal(2, found.Multiplicity);
        Assert.Equal(2, s.Contacts.CellContacts.Count);
        Assert.Equal(0, s.FrameworkDimensionality);
        Assert.Equal(1, s.NetworkDimensionality);
    }

    [Fact]
    public void AnInversionCentreMakesATypeIContactWithEqualAngles()
    {
        // P-1, cubic a = 8 Å: Br and its inverse −Br are 2|Br| apart; C at 150° from the contact at Br.
        double a = 8;
        var br = new Vector3D(1.6, 0.8, 0.5);
        var contact = -2 * br;
        var side = contact.Cross(new Vector3D(0, 0, 1)).Normalized();
        double bend = 150 * Math.PI / 180;
        var carbon = br + (1.90 * ((Math.Cos(bend) * contact.Normalized()) + (Math.Sin(bend) * side)));

        var s = StructureDescriptors.Of(CifText.Read(CifText.Structure("p-1", [a, a, a, 90, 90, 90], ["x,y,z", "-x,-y,-z"],
        [
            ("C1", "C", Fractional(carbon, a, a, a)),
            ("Br1", "Br", Fractional(br, a, a, a)),
        ])));

        var found = Assert.Single(s.Contacts.Unique);
        Assert.Equal(contact.Length, found.Distance, 9);
        Assert.Equal(150, found.Theta1Deg, 6);
        Assert.Equal(150, found.Theta2Deg, 6);
        Assert.Equal(ContactGeometry.TypeI, found.Geometry);
        Assert.Equal("2_555", found.PartnerSymmetryCode);
        Assert.Equal(1, found.Multiplicity);
        Assert.Equal(0, s.NetworkDimensionality); // a centrosymmetric pair: a finite dimer
    }

    [Theory]
    [InlineData(150, 150, ContactGeometry.TypeI)]
    [InlineData(160, 146, ContactGeometry.TypeI)]
    [InlineData(165, 140, ContactGeometry.Intermediate)]
    [InlineData(175, 95, ContactGeometry.TypeII)]
    [InlineData(120, 150, ContactGeometry.TypeII)]
    [InlineData(double.NaN, 150, ContactGeometry.NotApplicable)]
    public void TheTypeFollowsTheAngleDifference(double theta1, double theta2, ContactGeometry expected) =>
        Assert.Equal(expected, HalogenContact.Classify(theta1, theta2));

    private static Vector3D Fractional(Vector3D r, double a, double b, double c) => new(r.X / a, r.Y / b, r.Z / c);
}
