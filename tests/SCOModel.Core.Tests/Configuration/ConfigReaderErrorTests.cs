using System.Text.Json.Nodes;
using SCOModel.Core.Configuration;

namespace SCOModel.Core.Tests.Configuration;

/// <summary>
/// Bad input is a ConfigException whose message names the source, the JSON path (or line) and what was expected.
/// </summary>
public class ConfigReaderErrorTests
{
    private const string Source = "bad.json";

    private static ConfigException Refuse(Action<JsonObject> edit) => Refuse(ConfigText.With(edit));

    private static ConfigException Refuse(string json)
    {
        var error = Assert.Throws<ConfigException>(() => ConfigReader.Parse(json, Source));
        Assert.Equal(Source, error.Source);
        Assert.Equal($"{Source}: {error.Location}: {error.Problem}", error.Message);
        return error;
    }

    [Fact]
    public void UnknownLatticeKindListsTheValidOnes()
    {
        var error = Refuse(root => root.Lattice()["kind"] = "squar");
        Assert.Equal("$.model.lattice.kind", error.Location);
        Assert.Contains("'squar'", error.Problem, StringComparison.Ordinal);
        Assert.Contains("chain, square, triangular, honeycomb, cubic, all-to-all", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("model", "couplngK", "couplingK")]
    [InlineData("model", "deltak", "deltaK")]
    [InlineData("root", "sed", "seed")]
    [InlineData("protocol", "sweepPerPoint", "sweepsPerPoint")]
    [InlineData("lattice", "boundry", "boundary")]
    public void UnknownFieldSuggestsTheCloseName(string where, string misspelt, string meant)
    {
        var error = Refuse(root =>
        {
            var target = where switch
            {
                "model" => root.Model(),
                "protocol" => root.Protocol(),
                "lattice" => root.Lattice(),
                _ => root,
            };
            target[misspelt] = 1;
        });
        string prefix = where switch
        {
            "model" => "$.model",
            "protocol" => "$.protocol",
            "lattice" => "$.model.lattice",
            _ => "$",
        };
        Assert.Equal($"{prefix}.{misspelt}", error.Location);
        Assert.Contains($"unknown field '{misspelt}'", error.Problem, StringComparison.Ordinal);
        Assert.Contains($"did you mean '{meant}'?", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFieldFarFromAnyNameListsTheKnownOnes()
    {
        var error = Refuse(root => root["xyzzyplugh"] = true);
        Assert.Contains("known fields:", error.Problem, StringComparison.Ordinal);
        Assert.Contains("protocol", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingDeltaIsNamedWithItsCalorimetricAlternative()
    {
        var error = Refuse(root => root.Model().Remove("deltaK"));
        Assert.Equal("$.model", error.Location);
        Assert.Contains("missing field 'deltaK'", error.Problem, StringComparison.Ordinal);
        Assert.Contains("deltaH_kJmol", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void DeltaInKelvinAndInKiloJoulePerMoleTogetherIsRefused()
    {
        var error = Refuse(root => root.Model()["deltaH_kJmol"] = 8);
        Assert.Equal("$.model.deltaH_kJmol", error.Location);
        Assert.Contains("not both", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void LnGAndEntropyTogetherIsRefused()
    {
        var error = Refuse(root => root.Model()["deltaS_JmolK"] = 50);
        Assert.Equal("$.model.deltaS_JmolK", error.Location);
        Assert.Contains("not both", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeStartTemperatureIsRefused()
    {
        var error = Refuse(root => root.Protocol()["fromK"] = -10);
        Assert.Equal("$.protocol.fromK", error.Location);
        Assert.Contains("positive", error.Problem, StringComparison.Ordinal);
        Assert.Contains("-10", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeEndTemperatureIsBlamedOnToK()
    {
        var error = Refuse(root =>
        {
            root.Protocol()["fromK"] = 10;
            root.Protocol()["toK"] = -10;
        });
        Assert.Equal("$.protocol.toK", error.Location);
        Assert.Contains("positive", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void NonPositiveTemperatureInAListIsRefusedAtItsIndex()
    {
        var error = Refuse(root =>
        {
            var protocol = root.Protocol();
            protocol.Remove("fromK");
            protocol.Remove("toK");
            protocol.Remove("stepK");
            protocol["temperaturesK"] = new JsonArray(180, 0, 200);
        });
        Assert.Equal("$.protocol.temperaturesK[1]", error.Location);
        Assert.Contains("positive", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedJsonGivesLineAndColumn()
    {
        string json = "{\n  \"seed\": 7\n  \"name\": \"x\"\n}";
        var error = Refuse(json);
        Assert.StartsWith("line 3, column ", error.Location, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void PeriodicSizeBelowThreeIsRefusedAndOpenSuggested()
    {
        var error = Refuse(root => root.Lattice()["size"] = new JsonArray(2, 8));
        Assert.Equal("$.model.lattice.size", error.Location);
        Assert.Contains("at least 3", error.Problem, StringComparison.Ordinal);
        Assert.Contains("open", error.Problem, StringComparison.Ordinal);

        // The same thin sample with open boundaries is fine.
        var config = ConfigReader.Parse(ConfigText.With(root =>
        {
            root.Lattice()["size"] = new JsonArray(2, 8);
            root.Lattice()["boundary"] = "open";
        }), Source);
        Assert.Equal([2, 8], ((IsingLikeModelConfig)config.Model).Lattice.Size);
    }

    [Fact]
    public void TooLargeLatticeIsRefusedWithAMemoryEstimate()
    {
        var error = Refuse(root => root.Lattice()["size"] = new JsonArray(100_000, 100_000));
        Assert.Equal("$.model.lattice.size", error.Location);
        Assert.Contains("10,000,000,000 sites", error.Problem, StringComparison.Ordinal);
        Assert.Contains("GiB", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongSizeArityIsRefused()
    {
        var error = Refuse(root => root.Lattice()["size"] = new JsonArray(8, 8, 8));
        Assert.Equal("$.model.lattice.size", error.Location);
        Assert.Contains("2 size value(s), got 3", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TextWhereANumberBelongsIsRefused()
    {
        var error = Refuse(root => root.Model()["couplingK"] = "100");
        Assert.Equal("$.model.couplingK", error.Location);
        Assert.Contains("expected a finite number", error.Problem, StringComparison.Ordinal);
        Assert.Contains("the string \"100\"", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AllToAllWithoutCoordinationIsRefused()
    {
        var error = Refuse(root =>
        {
            root.Lattice()["kind"] = "all-to-all";
            root.Lattice()["size"] = new JsonArray(100);
        });
        Assert.Equal("$.model.lattice", error.Location);
        Assert.Contains("coordination", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CoordinationOnARegularLatticeIsRefused()
    {
        var error = Refuse(root => root.Lattice()["coordination"] = 4);
        Assert.Equal("$.model.lattice.coordination", error.Location);
    }

    [Fact]
    public void WrongNumberOfDirectionCouplingsIsRefused()
    {
        var error = Refuse(root => root.Model()["couplingByDirectionK"] = new JsonArray(1, 2, 3));
        Assert.Equal("$.model.couplingByDirectionK", error.Location);
        Assert.Contains("expected 2", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownProtocolKindListsTheValidOnes()
    {
        var error = Refuse(root => root.Protocol()["kind"] = "temperature-lop");
        Assert.Equal("$.protocol.kind", error.Location);
        Assert.Contains("temperature-loop", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroStepIsRefused()
    {
        var error = Refuse(root => root.Protocol()["stepK"] = 0);
        Assert.Equal("$.protocol.stepK", error.Location);
    }

    [Fact]
    public void TemperatureListAndRangeTogetherIsRefused()
    {
        var error = Refuse(root => root.Protocol()["temperaturesK"] = new JsonArray(100));
        Assert.Equal("$.protocol.temperaturesK", error.Location);
        Assert.Contains("not both", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeSeedIsRefused()
    {
        var error = Refuse(root => root["seed"] = -1);
        Assert.Equal("$.seed", error.Location);
        Assert.Contains("non-negative integer", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroReplicasIsRefused()
    {
        var error = Refuse(root => root["monteCarlo"] = new JsonObject { ["replicas"] = 0 });
        Assert.Equal("$.monteCarlo.replicas", error.Location);
    }

    [Fact]
    public void MissingModelIsNamed()
    {
        var error = Refuse(root => root.Remove("model"));
        Assert.Equal("$", error.Location);
        Assert.Contains("missing field 'model'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownInitialStateListsTheValidOnes()
    {
        var error = Refuse(root => root.Protocol()["initialState"] = "mixed");
        Assert.Equal("$.protocol.initialState", error.Location);
        Assert.Contains("ls, hs, random", error.Problem, StringComparison.Ordinal);
    }
}
