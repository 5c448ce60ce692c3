namespace SCOModel.MeanField.Tests;

/// <summary>χT and trapped fractions (PHYSICS.md §2).</summary>
public class ObservableTests
{
    [Fact]
    public void SpinOnlyValuesOfIronTwoAndThree()
    {
        // 0.12505 g² S(S + 1) with g = 2.
        Assert.Equal(0.12505 * 4 * 6, MagneticResponse.IronII.HighSpinChiT, 12);
        Assert.Equal(0, MagneticResponse.IronII.LowSpinChiT);
        Assert.Equal(0.12505 * 4 * 8.75, MagneticResponse.IronIII.HighSpinChiT, 12);
        Assert.Equal(0.12505 * 4 * 0.75, MagneticResponse.IronIII.LowSpinChiT, 12);
        Assert.Equal(3.0012, MagneticResponse.IronII.HighSpinChiT, 4);
    }

    [Fact]
    public void ChiTIsTheWeightedSumAndInverts()
    {
        var response = new MagneticResponse(3.4, 0.2, 0.05);
        Assert.Equal((0.3 * 3.4) + (0.7 * 0.2) + 0.05, response.ChiT(0.3), 12);
        Assert.Equal(0.3, response.HighSpinFraction(response.ChiT(0.3)), 12);
    }

    [Fact]
    public void TrappedSitesAddAConstantAndScaleTheSwitchingPart()
    {
        var trapped = new TrappedFraction(HighSpin: 0.2, LowSpin: 0.1);
        Assert.Equal(0.7, trapped.Switching, 12);
        Assert.Equal(0.2, trapped.Observed(0), 12);
        Assert.Equal(0.9, trapped.Observed(1), 12);
        Assert.True(trapped.IsValid);
        Assert.False(new TrappedFraction(0.6, 0.5).IsValid);
        Assert.Equal(0.5, TrappedFraction.None.Observed(0.5));
    }
}
