using SCOModel.Core.Units;

namespace SCOModel.Core.Tests.Units;

public class PhysicalUnitsTests
{
    [Fact]
    public void OneKiloJoulePerMoleIs120Point272Kelvin()
    {
        Assert.Equal(120.272, PhysicalUnits.KelvinFromKJPerMol(1), 3);
        Assert.Equal(1000 / 8.314462618, PhysicalUnits.KelvinFromKJPerMol(1), 12);
    }

    [Fact]
    public void KiloJoulePerMoleConversionRoundTrips()
    {
        Assert.Equal(12.5, PhysicalUnits.KJPerMolFromKelvin(PhysicalUnits.KelvinFromKJPerMol(12.5)), 12);
    }

    [Fact]
    public void OneGigaPascalCubicAngstromIs72Point4297Kelvin()
    {
        Assert.Equal(72.4297, PhysicalUnits.KelvinFromPressureVolume(1, 1), 4);
        Assert.Equal(72.4297 * 0.3 * 25, PhysicalUnits.KelvinFromPressureVolume(0.3, 25), 2);
    }

    [Fact]
    public void EntropyInJoulePerMoleKelvinDividedByRIsLnG()
    {
        Assert.Equal(1, PhysicalUnits.LnGFromJPerMolK(8.314462618), 12);
        Assert.Equal(60 / 8.314462618, PhysicalUnits.LnGFromJPerMolK(60), 12);
        Assert.Equal(60, PhysicalUnits.JPerMolKFromLnG(PhysicalUnits.LnGFromJPerMolK(60)), 12);
    }

    [Fact]
    public void WavenumberAndKilobarConversions()
    {
        Assert.Equal(1.438777, PhysicalUnits.KelvinFromWavenumber(1), 6);
        Assert.Equal(0.25, PhysicalUnits.GPaFromKbar(2.5), 12);
    }
}
