using SCOModel.Core.Protocols;

namespace SCOModel.Core.Tests.Protocols;

public class ValueRangeTests
{
    [Fact]
    public void IncludesBothEnds()
    {
        Assert.Equal([150.0, 152, 154, 156, 158, 160], ValueRange.Inclusive(150, 160, 2));
    }

    [Fact]
    public void RunsDownwardsWhenFromIsAboveTo()
    {
        Assert.Equal([250.0, 245, 240], ValueRange.Inclusive(250, 240, 5));
    }

    [Fact]
    public void FractionalStepsEndExactlyAtTo()
    {
        var values = ValueRange.Inclusive(150, 250, 0.1);
        Assert.Equal(1001, values.Length);
        Assert.Equal(150, values[0]);
        Assert.Equal(250, values[^1]);
        Assert.Equal(200.3, values[503]);
    }

    [Fact]
    public void RoundingInTheQuotientDoesNotDropTheLastPoint()
    {
        // 0.3 / 0.1 = 2.9999999999999996 in binary floating point: the end must still be included.
        Assert.Equal([0.0, 0.1, 0.2, 0.3], ValueRange.Inclusive(0, 0.3, 0.1));
        Assert.Equal([0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1], ValueRange.Inclusive(0.7, 0.1, 0.1));
    }

    [Fact]
    public void StopsBeforeOvershootingWhenTheStepDoesNotDivideTheSpan()
    {
        Assert.Equal([0.0, 3, 6, 9], ValueRange.Inclusive(0, 10, 3));
    }

    [Fact]
    public void EqualEndsGiveOnePoint()
    {
        Assert.Equal([42.0], ValueRange.Inclusive(42, 42, 1));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void NonPositiveOrNonFiniteStepIsRefused(double step)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ValueRange.Inclusive(0, 10, step));
    }

    [Fact]
    public void AbsurdlyManyPointsAreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ValueRange.Inclusive(0, 1e9, 1));
    }
}
