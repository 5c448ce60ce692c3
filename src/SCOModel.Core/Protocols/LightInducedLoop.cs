using System.Text.Json.Serialization;

namespace SCOModel.Core.Protocols;

/// <summary>
/// Light-induced thermal hysteresis (LITH): a temperature loop at a constant sweep rate under constant light I σ.
/// Self-accelerated relaxation against photo-excitation makes the photostationary state bistable (PHYSICS.md §3), so
/// cooling and warming part. It cools first when the temperatures fall (fromK &gt; toK), as the experiment does.
/// </summary>
/// <param name="TemperaturesK">The outward leg; the return leg visits them in reverse.</param>
/// <param name="ExcitationRatePerS">I σ, s^−1, on throughout.</param>
/// <param name="RateKPerMin">Sweep rate.</param>
/// <param name="PressureGPa">Constant pressure.</param>
public sealed record LightInducedLoop(IReadOnlyList<double> TemperaturesK, double ExcitationRatePerS, double RateKPerMin,
    double PressureGPa = 0) : Protocol, IKineticProtocol
{
    /// <summary>True when the outward leg heats.</summary>
    [JsonIgnore]
    public bool HeatsFirst => TemperaturesK.Count < 2 || TemperaturesK[^1] >= TemperaturesK[0];

    /// <inheritdoc />
    public override IReadOnlyList<ControlPath> Paths()
    {
        var loop = TemperaturesK.Concat(TemperaturesK.Reverse().Skip(1)).ToArray();
        var points = TemperatureRamp.Points(loop, RateKPerMin, PressureGPa, ExcitationRatePerS, 0);
        int turn = TemperaturesK.Count;
        var (first, second) = HeatsFirst ? (Branch.Heating, Branch.Cooling) : (Branch.Cooling, Branch.Heating);
        return [new ControlPath([new PathSegment(first, points[..turn]), new PathSegment(second, points[(turn - 1)..])])];
    }
}
