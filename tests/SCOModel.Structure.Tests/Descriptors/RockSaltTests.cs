using SCOModel.Structure.Crystal;
using SCOModel.Structure.Descriptors;
using SCOModel.Structure.Tests.Support;

namespace SCOModel.Structure.Tests.Descriptors;

/// <summary>
/// Rock-salt FeO (a = 4.30 Å, the F-centring translations as the operations): centring expands one Fe and one O site to
/// four of each; every Fe sits in a regular octahedron of O at a/2, and the framework is three-dimensional.
/// </summary>
public sealed class RockSaltTests
{
    private const double A = 4.30;

    [Fact]
    public void CentringTranslationsFillTheCellAndGiveRegularFeO6Octahedra()
    {
        var s = StructureDescriptors.Of(CifText.Read(CifText.Structure("feo", [A, A, A, 90, 90, 90],
            ["x,y,z", "x,y+1/2,z+1/2", "x+1/2,y,z+1/2", "x+1/2,y+1/2,z"],
            [("Fe1", "Fe", new Vector3D(0, 0, 0)), ("O1", "O", new Vector3D(0.5, 0.5, 0.5))])));

        Assert.Equal(8, s.Structure.Atoms.Count);
        var fe = Assert.Single(s.Metals);
        Assert.Equal("O6", fe.Sphere.DonorSet);
        Assert.All(fe.Distances, d => Assert.Equal(A / 2, d, 9));
        Assert.Equal(0, fe.Distortion!.Sigma, 6);
        Assert.Equal(0, fe.Distortion.Theta, 6);
        Assert.Equal(0, fe.Distortion.Zeta, 9);
        Assert.Equal("HS", fe.Spin.State);
        Assert.Equal(A * A * A / 4, fe.VolumePerMetalA3, 9);
        Assert.Equal(3, s.FrameworkDimensionality);

        // 4 FeO per cell: ρ = 4 (55.845 + 15.999) / (N_A a³).
        Assert.Equal(4 * (55.845 + 15.999) / 6.02214076e23 / (A * A * A * 1e-24), s.DensityGcm3, 9);
    }
}
