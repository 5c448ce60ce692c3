using System.Text.Json.Nodes;
using SCOModel.Core.Configuration;
using SCOModel.Core.Protocols;

namespace SCOModel.Core.Tests.Configuration;

/// <summary>The pressure-loop and phase-diagram protocols: fields, units, defaults, errors and round trip.</summary>
public class PressureProtocolConfigTests
{
    private const string Source = "pressure.json";

    private static string WithProtocol(JsonObject protocol) => ConfigText.With(root => root["protocol"] = protocol);

    private static ConfigException Refuse(JsonObject protocol) =>
        Assert.Throws<ConfigException>(() => ConfigReader.Parse(WithProtocol(protocol), Source));

    [Fact]
    public void PressureLoopReadsARangeAndStartsHighSpinWhenItCompresses()
    {
        var loop = Assert.IsType<PressureLoop>(ConfigReader.Parse(WithProtocol(new JsonObject
        {
            ["kind"] = "pressure-loop",
            ["temperatureK"] = 250,
            ["fromGPa"] = 0,
            ["toGPa"] = 0.2,
            ["stepGPa"] = 0.05,
        }), Source).Protocol);
        Assert.Equal([0.0, 0.05, 0.1, 0.15, 0.2], loop.PressuresGPa);
        Assert.Equal(250, loop.TemperatureK);
        Assert.Equal(InitialState.Hs, loop.InitialState);
        var path = Assert.Single(loop.Paths());
        Assert.Equal([Branch.Compression, Branch.Decompression], path.Segments.Select(s => s.Branch));
        Assert.Equal([0.2, 0.15, 0.1, 0.05, 0.0], path.Segments[1].Points.Select(p => p.PressureGPa));
        Assert.All(path.Segments.SelectMany(s => s.Points), p => Assert.Equal(250, p.TemperatureK));
    }

    [Fact]
    public void PressureLoopInKbarIsConvertedAndDecompressingFirstStartsLowSpin()
    {
        var loop = Assert.IsType<PressureLoop>(ConfigReader.Parse(WithProtocol(new JsonObject
        {
            ["kind"] = "pressure-loop",
            ["temperatureK"] = 250,
            ["pressuresKbar"] = new JsonArray(10, 5, 0),
        }), Source).Protocol);
        Assert.Equal([1.0, 0.5, 0.0], loop.PressuresGPa);
        Assert.False(loop.CompressesFirst);
        Assert.Equal(InitialState.Ls, loop.InitialState);
        Assert.Equal(Branch.Decompression, loop.Paths()[0].Segments[0].Branch);
    }

    [Fact]
    public void PressureLoopErrorsNameTheField()
    {
        var missing = Refuse(new JsonObject { ["kind"] = "pressure-loop", ["pressuresGPa"] = new JsonArray(0, 1) });
        Assert.Contains("temperatureK", missing.Message);
        var both = Refuse(new JsonObject
        {
            ["kind"] = "pressure-loop",
            ["temperatureK"] = 250,
            ["pressuresGPa"] = new JsonArray(0, 1),
            ["fromKbar"] = 0,
        });
        Assert.Contains("not both", both.Message);
        var noStep = Refuse(new JsonObject { ["kind"] = "pressure-loop", ["temperatureK"] = 250, ["fromGPa"] = 0, ["toGPa"] = 1 });
        Assert.Contains("stepGPa", noStep.Message);
        var unknown = Refuse(new JsonObject { ["kind"] = "pressure-loop", ["temperatureK"] = 250, ["pressuresGPa"] = new JsonArray(0), ["stepK"] = 1 });
        Assert.Contains("stepK", unknown.Message);
        var cold = Refuse(new JsonObject { ["kind"] = "pressure-loop", ["temperatureK"] = -5, ["pressuresGPa"] = new JsonArray(0) });
        Assert.Contains("$.protocol.temperatureK", cold.Message);
    }

    [Fact]
    public void PhaseDiagramIsOneTemperatureLoopPerPressureInAscendingOrder()
    {
        var config = ConfigReader.Parse(WithProtocol(new JsonObject
        {
            ["kind"] = "phase-diagram",
            ["pressuresGPa"] = new JsonArray(0.2, 0, 0.1),
            ["fromK"] = 150,
            ["toK"] = 250,
            ["stepK"] = 50,
            ["sweepsPerPoint"] = 300,
        }), Source);
        var grid = Assert.IsType<PhaseDiagram>(config.Protocol);
        Assert.Equal(PhaseDiagramLoop.Temperature, grid.Loop);
        Assert.Equal(InitialState.Ls, grid.InitialState);
        Assert.Equal([0.0, 0.1, 0.2], grid.FixedValues());
        var lines = grid.Lines().Cast<TemperatureLoop>().ToArray();
        Assert.Equal([0.0, 0.1, 0.2], lines.Select(l => l.PressureGPa));
        Assert.All(lines, l => Assert.Equal(300, l.SweepsPerPoint));

        // Each line of the grid is exactly the loop's path, random-stream name included.
        var paths = grid.Paths();
        Assert.Equal(3, paths.Count);
        for (int k = 0; k < 3; k++)
        {
            var alone = Assert.Single(lines[k].Paths());
            Assert.Equal(StreamName.AtPressure(lines[k].PressureGPa), paths[k].Stream);
            Assert.Equal(alone.Stream, paths[k].Stream);
            Assert.Equal(alone.Segments.SelectMany(s => s.Points), paths[k].Segments.SelectMany(s => s.Points));
        }
    }

    [Fact]
    public void PhaseDiagramWithPressureLoopsRunsOneLoopPerTemperature()
    {
        var grid = Assert.IsType<PhaseDiagram>(ConfigReader.Parse(WithProtocol(new JsonObject
        {
            ["kind"] = "phase-diagram",
            ["loop"] = "pressure",
            ["temperaturesK"] = new JsonArray(260, 240),
            ["fromKbar"] = 0,
            ["toKbar"] = 10,
            ["stepKbar"] = 5,
        }), Source).Protocol);
        Assert.Equal(InitialState.Hs, grid.InitialState);
        var lines = grid.Lines().Cast<PressureLoop>().ToArray();
        Assert.Equal([240.0, 260], lines.Select(l => l.TemperatureK));
        Assert.All(lines, l => Assert.Equal([0.0, 0.5, 1.0], l.PressuresGPa));
    }

    [Fact]
    public void PhaseDiagramRoundTripsThroughTheResolvedConfig()
    {
        var config = ConfigReader.Parse(WithProtocol(new JsonObject
        {
            ["kind"] = "phase-diagram",
            ["loop"] = "pressure",
            ["temperaturesK"] = new JsonArray(240, 260),
            ["pressuresGPa"] = new JsonArray(0, 0.5),
        }), Source);
        string text = ConfigJson.Format(ConfigJson.ToNode(config));
        var again = ConfigReader.Parse(text, "run.json");
        Assert.Equal(config.Protocol, again.Protocol, new ProtocolPathComparer());
    }

    [Fact]
    public void StreamNamesAreDistinctPerValueAndIgnoreTheSignOfZero()
    {
        var names = Enumerable.Range(0, 1000).Select(k => StreamName.AtPressure(k * 0.001)).ToArray();
        Assert.Equal(names.Length, names.Distinct().Count());
        Assert.All(names, n => Assert.True(n >= 0));
        Assert.Equal(StreamName.AtPressure(0.0), StreamName.AtPressure(-0.0));
        Assert.NotEqual(StreamName.AtPressure(250), StreamName.AtTemperature(250));
    }

    /// <summary>Protocols compare by what they do: the same paths of the same points.</summary>
    private sealed class ProtocolPathComparer : IEqualityComparer<Protocol>
    {
        public bool Equals(Protocol? x, Protocol? y) =>
            x is not null && y is not null && x.GetType() == y.GetType() && x.InitialState == y.InitialState &&
            x.Paths().SelectMany(p => p.Segments).SelectMany(s => s.Points)
                .SequenceEqual(y.Paths().SelectMany(p => p.Segments).SelectMany(s => s.Points));

        public int GetHashCode(Protocol obj) => obj.GetType().GetHashCode();
    }
}
