using SCOModel.Core.Models;
using SCOModel.Core.Units;

namespace SCOModel.Core.Tests.Models;

public class IsingLikeParametersTests
{
    [Fact]
    public void FieldIsHalfOfTLnGMinusDelta()
    {
        var p = new IsingLikeParameters(DeltaK: 1000, LnG: 5, CouplingK: 100);
        Assert.Equal(0.5 * ((150 * 5) - 1000), p.FieldK(150, 0), 12);
        Assert.Equal(0, p.FieldK(200, 0), 12);
        Assert.True(p.FieldK(250, 0) > 0);
    }

    [Fact]
    public void PressureRaisesTheGapByPDeltaV()
    {
        var p = new IsingLikeParameters(DeltaK: 1000, LnG: 5, CouplingK: 0, DeltaVA3: 25);
        double pv = 0.4 * 25 * 72.4297;
        Assert.Equal(0.5 * ((150 * 5) - 1000 - pv), p.FieldK(150, 0.4), 2);
    }

    [Fact]
    public void EquilibriumTemperatureIsDeltaOfPOverLnG()
    {
        var p = new IsingLikeParameters(DeltaK: 1000, LnG: 5, CouplingK: 0, DeltaVA3: 25);
        Assert.Equal(200, p.EquilibriumTemperatureK()!.Value, 12);
        double expected = (1000 + PhysicalUnits.KelvinFromPressureVolume(0.5, 25)) / 5;
        Assert.Equal(expected, p.EquilibriumTemperatureK(0.5)!.Value, 12);
        Assert.Equal(0, p.FieldK(expected, 0.5), 9);
    }

    [Fact]
    public void EquilibriumTemperatureIsNullWithoutEntropy()
    {
        Assert.Null(new IsingLikeParameters(1000, 0, 0).EquilibriumTemperatureK());
    }

    [Fact]
    public void CalorimetricConstructorDividesByR()
    {
        var p = IsingLikeParameters.FromCalorimetric(deltaHkJPerMol: 10, deltaSJPerMolK: 50, couplingK: 30);
        Assert.Equal(10 * 1000 / 8.314462618, p.DeltaK, 9);
        Assert.Equal(50 / 8.314462618, p.LnG, 12);
        Assert.Equal(200, p.EquilibriumTemperatureK()!.Value, 9);
        Assert.Equal(30, p.CouplingK);
    }
}
