using SCOModel.Core.Configuration;

namespace SCOModel.Core.Tests.Configuration;

/// <summary>deltaH_kJmol / deltaS_JmolK are converted once, on reading: Δ = ΔH/R, ln g = ΔS/R.</summary>
public class ConfigReaderCalorimetricTests
{
    [Fact]
    public void CalorimetricInputsAreConvertedToKelvinAndLnG()
    {
        var config = ConfigReader.Parse(ConfigText.With(root =>
        {
            var model = root.Model();
            model.Remove("deltaK");
            model.Remove("lnG");
            model["deltaH_kJmol"] = 12;
            model["deltaS_JmolK"] = 60;
        }), "test.json");
        var model = Assert.IsType<IsingLikeModelConfig>(config.Model);
        Assert.Equal(12 * 120.272, model.DeltaK, 1);
        Assert.Equal(12_000 / 8.314462618, model.DeltaK, 9);
        Assert.Equal(60 / 8.314462618, model.LnG, 12);
        Assert.Equal(200, model.Parameters.EquilibriumTemperatureK()!.Value, 9);
    }

    [Fact]
    public void KelvinAndCalorimetricMayBeMixed()
    {
        var config = ConfigReader.Parse(ConfigText.With(root =>
        {
            root.Model().Remove("lnG");
            root.Model()["deltaS_JmolK"] = 8.314462618 * 4;
        }), "test.json");
        var model = Assert.IsType<IsingLikeModelConfig>(config.Model);
        Assert.Equal(1000, model.DeltaK);
        Assert.Equal(4, model.LnG, 12);
    }
}
