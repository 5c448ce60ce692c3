using System.Text.Json.Nodes;
using SCOModel.Core.Configuration;
using SCOModel.Core.Results;

namespace SCOModel.Mechanics.WineRack;

/// <summary>
/// The NLC figures of a wine-rack run for summary.json (PHYSICS.md §5): for each lattice parameter, whether K &lt; 0
/// anywhere on the path, the pressure and temperature range where it is, the stretches of consecutive points, and the
/// smallest K. Read from the points' <see cref="WineRackObservables"/>, so it applies to any run that wrote them.
/// </summary>
public static class NegativeLinearCompressibility
{
    /// <summary>How the compressibilities were obtained (written next to the figures).</summary>
    public const string Method =
        "K_l = -(1/l) dl/dP, analytic total derivative along each branch at fixed T including the change of n_HS";

    /// <summary>The NLC figures of one compressibility observable (<see cref="WineRackObservables.CompressibilityA"/> or B).</summary>
    public static NlcAxis Along(IReadOnlyList<PointResult> points, string observable)
    {
        ArgumentNullException.ThrowIfNull(points);
        var valued = points.Select(p => (Point: p, K: p.Observables[observable]?.Mean ?? double.NaN))
            .Where(x => !double.IsNaN(x.K)).ToArray();
        var negative = valued.Where(x => x.K < 0).Select(x => x.Point).ToArray();
        var stretches = new List<NlcStretch>();
        List<PointResult>? current = null;
        foreach (var point in points)
        {
            bool isNegative = point.Observables[observable]?.Mean < 0;
            if (isNegative && current is not null && current[^1].Branch == point.Branch)
            {
                current.Add(point);
                continue;
            }

            Close();
            current = isNegative ? [point] : null;
        }

        Close();
        (double, Core.Protocols.ControlPoint)? minimum = null;
        if (valued.Length > 0)
        {
            var lowest = valued.MinBy(x => x.K);
            minimum = (lowest.K, lowest.Point.Point);
        }

        return new NlcAxis(
            negative.Length,
            negative.Length == 0 ? null : (negative.Min(p => p.Point.PressureGPa), negative.Max(p => p.Point.PressureGPa)),
            negative.Length == 0 ? null : (negative.Min(p => p.Point.TemperatureK), negative.Max(p => p.Point.TemperatureK)),
            minimum,
            stretches);

        void Close()
        {
            if (current is { Count: > 0 })
            {
                stretches.Add(new NlcStretch(current[0].Branch, current.Count,
                    current[0].Point.PressureGPa, current[^1].Point.PressureGPa,
                    current[0].Point.TemperatureK, current[^1].Point.TemperatureK));
            }
        }
    }

    /// <summary>The "nlc" object of summary.json: "a", "b" and the method.</summary>
    public static JsonObject Summary(IReadOnlyList<PointResult> points) => new()
    {
        ["a"] = ToJson(Along(points, WineRackObservables.CompressibilityA)),
        ["b"] = ToJson(Along(points, WineRackObservables.CompressibilityB)),
        ["method"] = Method,
    };

    /// <summary>Adds the "nlc" object to a run's summary.</summary>
    public static void AddTo(JsonObject summary, IReadOnlyList<PointResult> points)
    {
        ArgumentNullException.ThrowIfNull(summary);
        summary["nlc"] = Summary(points);
    }

    private static JsonObject ToJson(NlcAxis axis) => new()
    {
        ["negative"] = axis.Negative,
        ["points"] = axis.Points,
        ["pressure_range_GPa"] = Pair(axis.PressureRangeGPa),
        ["temperature_range_K"] = Pair(axis.TemperatureRangeK),
        ["minimum_per_GPa"] = axis.Minimum?.PerGPa,
        ["minimum_at_pressure_GPa"] = axis.Minimum?.At.PressureGPa,
        ["minimum_at_temperature_K"] = axis.Minimum?.At.TemperatureK,
        ["stretches"] = new JsonArray(axis.Stretches.Select(s => (JsonNode)new JsonObject
        {
            ["branch"] = ConfigJson.Name(s.Branch),
            ["points"] = s.Points,
            ["from_pressure_GPa"] = s.FromPressureGPa,
            ["to_pressure_GPa"] = s.ToPressureGPa,
            ["from_temperature_K"] = s.FromTemperatureK,
            ["to_temperature_K"] = s.ToTemperatureK,
        }).ToArray()),
    };

    private static JsonArray? Pair((double Low, double High)? range) =>
        range is { } r ? new JsonArray(r.Low, r.High) : null;
}
