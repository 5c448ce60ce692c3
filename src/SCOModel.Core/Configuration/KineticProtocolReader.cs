using SCOModel.Core.Protocols;

namespace SCOModel.Core.Configuration;

/// <summary>
/// Reads the protocols in physical time (PHYSICS.md §3): irradiation, relaxation, liesst and lith. Times are in
/// seconds, rates per second, sweep rates in K/min; time series are `durationS` with `samples` (100) spaced `log`
/// (default, from `firstSampleS`, a ten-thousandth of the duration) or `linear`.
/// </summary>
internal static class KineticProtocolReader
{
    private static readonly string[] StartFields = ["kind", "initialState", "initialHsFraction", "pressureGPa", "pressureKbar"];
    private static readonly string[] SeriesFields = ["durationS", "samples", "spacing", "firstSampleS"];

    public static Protocol Read(ConfigNode node, string kind)
    {
        Protocol protocol = kind switch
        {
            "irradiation" => ReadIrradiation(node),
            "relaxation" => ReadRelaxation(node),
            "liesst" => ReadLiesst(node),
            _ => ReadLith(node),
        };
        // A fraction, when given, takes the place of the initial state (the resolved config writes both).
        var fraction = node.Optional("initialHsFraction");
        return protocol with
        {
            InitialState = node.Optional("initialState")?.Choice<InitialState>("initial state") ?? protocol.InitialState,
            InitialHsFraction = fraction?.Number(0, 1, "a fraction between 0 and 1"),
        };
    }

    private static Irradiation ReadIrradiation(ConfigNode node)
    {
        node.RejectUnknownFields([.. StartFields, .. SeriesFields, "temperatureK", "excitationRatePerS"]);
        var series = ReadSeries(node);
        return new Irradiation(Temperature(node, "temperatureK"), Excitation(node), series.DurationS, ConfigReader.ReadPressure(node))
        {
            InitialState = InitialState.Ls,
            Samples = series.Samples,
            Spacing = series.Spacing,
            FirstSampleS = series.FirstSampleS,
        };
    }

    private static Relaxation ReadRelaxation(ConfigNode node)
    {
        node.RejectUnknownFields([.. StartFields, .. SeriesFields, "temperatureK", "irradiation"]);
        IrradiationStep? irradiating = null;
        if (node.Optional("irradiation") is { } light)
        {
            light.RejectUnknownFields([.. SeriesFields, "excitationRatePerS"]);
            var lit = ReadSeries(light);
            irradiating = new IrradiationStep(Excitation(light), lit.DurationS)
            {
                Samples = lit.Samples,
                Spacing = lit.Spacing,
                FirstSampleS = lit.FirstSampleS,
            };
        }

        var series = ReadSeries(node);
        return new Relaxation(Temperature(node, "temperatureK"), series.DurationS, ConfigReader.ReadPressure(node))
        {
            Irradiation = irradiating,
            InitialState = irradiating is null ? InitialState.Hs : InitialState.Ls,
            Samples = series.Samples,
            Spacing = series.Spacing,
            FirstSampleS = series.FirstSampleS,
        };
    }

    private static Liesst ReadLiesst(ConfigNode node)
    {
        node.RejectUnknownFields(
            [.. StartFields, "irradiationTemperatureK", "excitationRatePerS", "irradiationS", "samples", "spacing",
                "firstSampleS", "toK", "rateKPerMin", "stepK"]);
        double low = node.Has("irradiationTemperatureK") ? Temperature(node, "irradiationTemperatureK") : 10;
        double high = Temperature(node, "toK");
        if (high <= low)
        {
            throw node.Required("toK").Error($"the warming must end above the irradiation temperature ({low} K)");
        }

        var series = ReadSeries(node, "irradiationS");
        return new Liesst(low, Excitation(node), series.DurationS, high,
            node.Optional("rateKPerMin")?.PositiveNumber() ?? 0.3,
            node.Optional("stepK")?.PositiveNumber() ?? 0.5,
            ConfigReader.ReadPressure(node))
        {
            InitialState = InitialState.Ls,
            Samples = series.Samples,
            Spacing = series.Spacing,
            FirstSampleS = series.FirstSampleS,
        };
    }

    private static LightInducedLoop ReadLith(ConfigNode node)
    {
        node.RejectUnknownFields([.. StartFields, .. ConfigReader.TemperatureGrid.Fields, "excitationRatePerS", "rateKPerMin"]);
        return new LightInducedLoop(ConfigReader.ReadTemperatures(node), Excitation(node),
            node.Required("rateKPerMin").PositiveNumber(), ConfigReader.ReadPressure(node))
        {
            InitialState = InitialState.Ls,
        };
    }

    private static double Temperature(ConfigNode node, string name) =>
        node.Required(name).Number(double.Epsilon, double.MaxValue, "a positive temperature in kelvin");

    private static double Excitation(ConfigNode node) =>
        node.Required("excitationRatePerS").Number(0, double.MaxValue, "a non-negative rate per second (I σ)");

    private static TimeSeries ReadSeries(ConfigNode node, string durationName = "durationS")
    {
        double duration = node.Required(durationName).PositiveNumber();
        int samples = (int)(node.Optional("samples")?.Integer(1, 1_000_000) ?? 100);
        var spacing = node.Optional("spacing")?.Choice<TimeSpacing>("time spacing") ?? TimeSpacing.Log;
        double? first = null;
        if (node.Optional("firstSampleS") is { } firstNode)
        {
            first = firstNode.PositiveNumber();
            if (first >= duration)
            {
                throw firstNode.Error($"the first sample must come before the end of the series ({durationName} = {duration} s)");
            }
        }

        return new TimeSeries(duration, samples, spacing, first);
    }
}
