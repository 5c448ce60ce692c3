using SCOModel.Structure.Crystal;

namespace SCOModel.Structure.Tests.Crystal;

/// <summary>Symmetry operations as CIF writes them, applied to a point.</summary>
public sealed class SymmetryOperationTests
{
    private static readonly Vector3D Point = new(0.1, 0.2, 0.3);

    [Theory]
    [InlineData("x, y, z", 0.1, 0.2, 0.3)]
    [InlineData("-x+1/2, y, -z+1/2", 0.4, 0.2, 0.2)]
    [InlineData("x-y,x,z+5/6", -0.1, 0.1, 0.3 + (5.0 / 6))]
    [InlineData("1/2+X,1/2-Y,-Z", 0.6, 0.3, -0.3)]
    [InlineData("-x, -y+0.5, z-0.25", -0.1, 0.3, 0.05)]
    [InlineData("+y,-x+y,-z", 0.2, 0.1, -0.3)]
    public void OperationsMapThePoint(string text, double x, double y, double z)
    {
        var image = SymmetryOperation.Parse(text).Apply(Point);
        Assert.Equal(x, image.X, 12);
        Assert.Equal(y, image.Y, 12);
        Assert.Equal(z, image.Z, 12);
    }

    [Theory]
    [InlineData("x, y", "three")]
    [InlineData("x, y, q", "'q'")]
    [InlineData("x, y, z+", "ends with a sign")]
    [InlineData("x, x, z", "determinant 0")]
    [InlineData("x, y, z+1/0", "denominator")]
    public void MalformedOperationsSayWhatIsWrong(string text, string problem)
    {
        var e = Assert.Throws<FormatException>(() => SymmetryOperation.Parse(text));
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheIdentityIsRecognisedAndRoundTrips()
    {
        Assert.True(SymmetryOperation.Parse(" X , Y , Z ").IsIdentity);
        Assert.False(SymmetryOperation.Parse("-x,-y,-z").IsIdentity);
        Assert.Equal("-x+0.5,y,-z+0.5", SymmetryOperation.Parse("-x+1/2, y, -z+1/2").ToString());
    }
}
