using System.Text.Json.Serialization;

namespace SCOModel.Core.Protocols;

/// <summary>
/// A pressure-induced transition at fixed temperature: one path from the first pressure to the turning point and back,
/// the state carried from point to point. It compresses first when the pressures rise (fromGPa &lt; toGPa) and
/// decompresses first otherwise. Pressure favours the smaller LS state (Δ(P) = Δ + P ΔV, PHYSICS.md §1), so
/// compression drives HS → LS.
/// </summary>
/// <param name="PressuresGPa">The outward leg, in visiting order; the return leg visits them in reverse.</param>
/// <param name="TemperatureK">Constant temperature.</param>
public sealed record PressureLoop(IReadOnlyList<double> PressuresGPa, double TemperatureK) : Protocol
{
    /// <summary>True when the outward leg compresses.</summary>
    [JsonIgnore]
    public bool CompressesFirst => PressuresGPa.Count < 2 || PressuresGPa[^1] >= PressuresGPa[0];

    /// <inheritdoc />
    public override IReadOnlyList<ControlPath> Paths()
    {
        var outward = PressuresGPa.Select(p => new ControlPoint(TemperatureK, p)).ToArray();
        var back = outward.Reverse().ToArray();
        var (first, second) = CompressesFirst
            ? (Branch.Compression, Branch.Decompression)
            : (Branch.Decompression, Branch.Compression);
        return [new ControlPath([new PathSegment(first, outward), new PathSegment(second, back)])
        {
            Stream = StreamName.AtTemperature(TemperatureK),
        }];
    }
}
