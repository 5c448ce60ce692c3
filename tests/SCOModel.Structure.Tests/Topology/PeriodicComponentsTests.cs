using SCOModel.Structure.Crystal;
using SCOModel.Structure.Descriptors;
using SCOModel.Structure.Tests.Support;

namespace SCOModel.Structure.Tests.Topology;

/// <summary>
/// The dimensionality of covalent frameworks whose answer is known by construction: one carbon atom per cell bonded to
/// its images along one, two or three axes (a chain, a layer, a 3D net), and a C2 molecule in a large cell.
/// </summary>
public sealed class PeriodicComponentsTests
{
    [Theory]
    [InlineData(1.5, 10, 10, 1)]
    [InlineData(1.5, 1.5, 10, 2)]
    [InlineData(1.5, 1.5, 1.5, 3)]
    [InlineData(10, 10, 10, 0)]
    public void OneAtomBondedToItsImagesAlongKAxesIsKDimensional(double a, double b, double c, int expected)
    {
        var s = StructureDescriptors.Of(CifText.Read(CifText.Structure("net", [a, b, c, 90, 90, 90], ["x,y,z"],
            [("C1", "C", new Vector3D(0.25, 0.25, 0.25))])));
        Assert.Equal(expected, s.FrameworkDimensionality);
    }

    [Fact]
    public void AMoleculeIsFiniteAndABondAcrossTheCellEdgeDoesNotChangeThat()
    {
        // C1 at x = 0.97 and C2 at x = 0.12 of a 10 Å cell are 1.5 Å apart through the cell edge.
        var s = StructureDescriptors.Of(CifText.Read(CifText.Structure("c2", [10, 10, 10, 90, 90, 90], ["x,y,z"],
            [("C1", "C", new Vector3D(0.97, 0.5, 0.5)), ("C2", "C", new Vector3D(0.12, 0.5, 0.5))])));
        Assert.Equal(0, s.FrameworkDimensionality);
    }
}
