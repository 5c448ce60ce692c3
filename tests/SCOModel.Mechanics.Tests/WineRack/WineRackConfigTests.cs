using System.Text.Json.Nodes;
using SCOModel.Core.Configuration;
using SCOModel.Core.Units;

namespace SCOModel.Mechanics.Tests.WineRack;

/// <summary>The "wine-rack" model kind: fields, units, defaults, physical checks with file and JSON path, round trip.</summary>
public class WineRackConfigTests
{
    private const string Source = "wine-rack.json";

    private const string Valid = """
        {
          "name": "wine-rack",
          "model": {
            "kind": "wine-rack",
            "deltaK": 900, "lnG": 6, "interactionK": 500,
            "strutLengthLsA": 6, "strutLengthChangeA": 0.15,
            "hingeAngleLsDeg": 60, "hingeAngleChangeDeg": 2,
            "hingeStiffnessK": 130000, "strutStiffnessKPerA2": 125000,
            "layerSpacingA": 10
          },
          "protocol": { "kind": "pressure-loop", "temperatureK": 300, "fromGPa": 0, "toGPa": 1, "stepGPa": 0.1 }
        }
        """;

    private static string With(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(Valid)!.AsObject();
        edit(root["model"]!.AsObject());
        return root.ToJsonString();
    }

    private static ConfigException Refused(Action<JsonObject> edit) =>
        Assert.Throws<ConfigException>(() => ConfigReader.Parse(With(edit), Source));

    [Fact]
    public void AllFieldsAreRead()
    {
        var model = Assert.IsType<WineRackModelConfig>(ConfigReader.Parse(Valid, Source).Model);
        Assert.Equal(900, model.DeltaK);
        Assert.Equal(6, model.LnG);
        Assert.Equal(500, model.InteractionK);
        Assert.Equal(6, model.StrutLengthLsA);
        Assert.Equal(0.15, model.StrutLengthChangeA);
        Assert.Equal(60, model.HingeAngleLsDeg);
        Assert.Equal(2, model.HingeAngleChangeDeg);
        Assert.Equal(130000, model.HingeStiffnessK);
        Assert.Equal(125000, model.StrutStiffnessKPerA2);
        Assert.Equal(10, model.LayerSpacingA);
        Assert.Contains("wine-rack", model.DescribeSample());
        Assert.DoesNotContain('\n', model.DescribeSample());
    }

    [Fact]
    public void DefaultsAreNoCooperativityNoHingeChangeAndRigidStruts()
    {
        var model = Assert.IsType<WineRackModelConfig>(ConfigReader.Parse(With(m =>
        {
            m.Remove("interactionK");
            m.Remove("hingeAngleChangeDeg");
            m.Remove("strutStiffnessKPerA2");
        }), Source).Model);
        Assert.Equal(0, model.InteractionK);
        Assert.Equal(0, model.HingeAngleChangeDeg);
        Assert.Null(model.StrutStiffnessKPerA2);
        Assert.Contains("rigid", model.DescribeSample());
    }

    [Fact]
    public void CalorimetricUnitsAreConverted()
    {
        var model = Assert.IsType<WineRackModelConfig>(ConfigReader.Parse(With(m =>
        {
            m.Remove("deltaK");
            m.Remove("lnG");
            m["deltaH_kJmol"] = 7.5;
            m["deltaS_JmolK"] = 50;
        }), Source).Model);
        Assert.Equal(PhysicalUnits.KelvinFromKJPerMol(7.5), model.DeltaK, 12);
        Assert.Equal(PhysicalUnits.LnGFromJPerMolK(50), model.LnG, 12);
    }

    [Fact]
    public void TheResolvedConfigReadsBackEqual()
    {
        foreach (string text in new[] { Valid, With(m => m.Remove("strutStiffnessKPerA2")) })
        {
            var config = ConfigReader.Parse(text, Source);
            var again = ConfigReader.Parse(ConfigJson.ToNode(config).ToJsonString(), "run.json");
            Assert.Equal(config.Model, again.Model);
            Assert.Equal("wine-rack", ConfigJson.ToNode(config)["model"]!["kind"]!.GetValue<string>());
        }
    }

    [Fact]
    public void AnUnknownFieldIsRefusedWithASuggestion()
    {
        var e = Refused(m => m["hingeStifnessK"] = 1);
        Assert.Equal("$.model.hingeStifnessK", e.Location);
        Assert.Contains("did you mean 'hingeStiffnessK'", e.Problem);
        Assert.StartsWith(Source, e.Message);
    }

    [Fact]
    public void AnUnknownModelKindListsWineRack()
    {
        var e = Refused(m => m["kind"] = "wine-rak");
        Assert.Equal("$.model.kind", e.Location);
        Assert.Contains("wine-rack", e.Problem);
    }

    public static TheoryData<string, double, string> BadValues() => new()
    {
        { "strutLengthLsA", 0, "positive length" },
        { "strutLengthLsA", -6, "positive length" },
        { "strutLengthChangeA", -6.5, "HS strut length" },
        { "hingeAngleLsDeg", 0, "strictly between 0 and 180" },
        { "hingeAngleLsDeg", 180, "strictly between 0 and 180" },
        { "hingeAngleChangeDeg", 125, "HS hinge angle" },
        { "hingeAngleChangeDeg", -60, "HS hinge angle" },
        { "hingeStiffnessK", 0, "positive stiffness" },
        { "strutStiffnessKPerA2", -1, "positive stiffness" },
        { "layerSpacingA", 0, "positive length" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void UnphysicalGeometryIsRefusedAtItsField(string field, double value, string expectation)
    {
        var e = Refused(m => m[field] = value);
        Assert.Equal($"$.model.{field}", e.Location);
        Assert.Contains(expectation, e.Problem);
    }

    [Theory]
    [InlineData("strutLengthLsA")]
    [InlineData("strutLengthChangeA")]
    [InlineData("hingeAngleLsDeg")]
    [InlineData("hingeStiffnessK")]
    [InlineData("layerSpacingA")]
    public void ARequiredFieldIsNamedWhenMissing(string field)
    {
        var e = Refused(m => m.Remove(field));
        Assert.Equal("$.model", e.Location);
        Assert.Contains($"missing field '{field}'", e.Problem);
    }

    [Fact]
    public void BothEnergyUnitsAtOnceAreRefused()
    {
        var e = Refused(m => m["deltaH_kJmol"] = 7.5);
        Assert.Equal("$.model.deltaH_kJmol", e.Location);
    }
}
