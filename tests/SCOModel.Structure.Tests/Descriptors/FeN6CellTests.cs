using SCOModel.Structure.Coordination;
using SCOModel.Structure.Crystal;
using SCOModel.Structure.Descriptors;
using SCOModel.Structure.Tests.Support;

namespace SCOModel.Structure.Tests.Descriptors;

/// <summary>
/// An FeN6 octahedron in a cubic P1 cell (a = 10 Å) built in the test with chosen Fe–N distances and one donor tilted
/// by a chosen angle: the descriptors must return the distances, ⟨D⟩, ζ, Δ and Σ that follow from the construction, the
/// density from the atomic weights, and the spin guess the ⟨D⟩ thresholds give.
/// </summary>
public sealed class FeN6CellTests
{
    private const double Cell = 10;
    private const double TiltDeg = 6;

    // +x, −x, +y, −y, +z, and −z tilted by TiltDeg towards +x.
    private static readonly double[] LowSpinDistances = [1.95, 2.00, 1.97, 1.99, 2.01, 1.98];

    private static Vector3D[] Donors(IReadOnlyList<double> d)
    {
        double t = TiltDeg * Math.PI / 180;
        return
        [
            new(d[0], 0, 0), new(-d[1], 0, 0), new(0, d[2], 0), new(0, -d[3], 0), new(0, 0, d[4]),
            d[5] * new Vector3D(Math.Sin(t), 0, -Math.Cos(t)),
        ];
    }

    private static StructureDescriptors Describe(IReadOnlyList<double> d, string metal = "Fe")
    {
        var centre = new Vector3D(0.5, 0.5, 0.5);
        var atoms = new List<(string, string, Vector3D)> { (metal + "1", metal, centre) };
        atoms.AddRange(Donors(d).Select((v, k) => ($"N{k + 1}", "N", centre + ((1 / Cell) * v))));
        return StructureDescriptors.Of(CifText.Read(CifText.Structure("fen6", [Cell, Cell, Cell, 90, 90, 90], ["x,y,z"], atoms)));
    }

    [Fact]
    public void TheOctahedronGivesTheDistancesAndDistortionOfItsConstruction()
    {
        var s = Describe(LowSpinDistances);
        var fe = Assert.Single(s.Metals);
        Assert.Equal("Fe1", fe.Label);
        Assert.Equal("N6", fe.Sphere.DonorSet);
        Assert.Equal(6, fe.Sphere.CoordinationNumber);
        Assert.Equal(LowSpinDistances.Order(), fe.Distances, (a, b) => Math.Abs(a - b) < 1e-9);

        double mean = LowSpinDistances.Average();
        double zeta = LowSpinDistances.Sum(x => Math.Abs(x - mean));
        double delta = LowSpinDistances.Sum(x => ((x - mean) / mean) * ((x - mean) / mean)) / 6;
        var o = fe.Distortion!;
        Assert.Equal(mean, o.MeanDistance, 9);
        Assert.Equal(zeta, o.Zeta, 9);
        Assert.Equal(delta, o.Delta, 12);

        // The tilt opens one cis angle to 90° + t and closes another to 90° − t; the other ten stay 90°.
        Assert.Equal(2 * TiltDeg, o.Sigma, 9);
        Assert.Equal(OctahedralDistortion.Of(Vector3D.Zero, Donors(LowSpinDistances)).Theta, o.Theta, 9);
        Assert.True(o.Theta > 0);

        Assert.Equal(SpinStateGuess.LowSpin, fe.Spin.State);
        Assert.Contains("Fe-N/O", fe.Spin.Basis, StringComparison.Ordinal);
        Assert.Equal(Cell * Cell * Cell, fe.VolumePerMetalA3, 9);

        // ρ = (M(Fe) + 6 M(N)) / (N_A V), standard atomic weights 55.845 and 14.007 g/mol.
        double density = (55.845 + (6 * 14.007)) / 6.02214076e23 / (Cell * Cell * Cell * 1e-24);
        Assert.Equal(density, s.DensityGcm3, 9);
        Assert.Equal(0, fe.FrameworkDimensionality);
        Assert.Equal(0, fe.NetworkDimensionality);
        Assert.Empty(s.Contacts.CellContacts);
        Assert.True(double.IsNaN(s.MinRxb));
    }

    [Fact]
    public void LongBondsReadAsHighSpinMiddlingOnesAsIntermediateAndOtherMetalsAsUnknown()
    {
        Assert.Equal(SpinStateGuess.HighSpin, Describe(LowSpinDistances.Select(x => x + 0.2).ToArray()).Metals[0].Spin.State);
        Assert.Equal(SpinStateGuess.Intermediate, Describe(LowSpinDistances.Select(x => x + 0.1).ToArray()).Metals[0].Spin.State);
        var cobalt = Describe(LowSpinDistances, "Co").Metals[0];
        Assert.Equal(SpinStateGuess.Unknown, cobalt.Spin.State);
        Assert.Equal("N6", cobalt.Sphere.DonorSet);
    }

    [Fact]
    public void ADonorBeyondTheCovalentCutOffIsNotInTheSphere()
    {
        // (r_cov(Fe, HS) + r_cov(N)) × 1.2 = (1.52 + 0.71) × 1.2 = 2.676 Å: a donor at 2.75 Å is left out.
        double[] d = [.. LowSpinDistances[..5], 2.75];
        var fe = Describe(d).Metals[0];
        Assert.Equal(5, fe.Sphere.CoordinationNumber);
        Assert.Equal("N5", fe.Sphere.DonorSet);
        Assert.Null(fe.Distortion);
        Assert.Equal(SpinStateGuess.Unknown, fe.Spin.State);
        Assert.Equal(LowSpinDistances[..5].Average(), fe.MeanDistance, 9);
    }
}
