using System.Text.Json.Serialization;

namespace SCOModel.Core.Protocols;

/// <summary>
/// The T(LIESST) experiment (Létard; PHYSICS.md §3): irradiate at low temperature towards the photostationary state,
/// switch the light off, and warm at a constant rate; T(LIESST) is where dn_HS/dT is most negative on the warming.
/// </summary>
/// <param name="IrradiationTemperatureK">Temperature of the irradiation and start of the warming (10 K typically).</param>
/// <param name="ExcitationRatePerS">I σ during the irradiation, s^−1.</param>
/// <param name="IrradiationS">Length of the irradiation (long enough to saturate).</param>
/// <param name="ToK">End of the warming.</param>
/// <param name="RateKPerMin">Warming rate (0.3 K/min in the standard protocol).</param>
/// <param name="StepK">Temperature step of the recorded warming points.</param>
/// <param name="PressureGPa">Constant pressure.</param>
public sealed record Liesst(
    double IrradiationTemperatureK,
    double ExcitationRatePerS,
    double IrradiationS,
    double ToK,
    double RateKPerMin = 0.3,
    double StepK = 0.5,
    double PressureGPa = 0) : Protocol, IKineticProtocol
{
    /// <summary>Sampled times of the irradiation after t = 0.</summary>
    public int Samples { get; init; } = 100;

    /// <summary>Log (default) or linear sampling of the irradiation.</summary>
    public TimeSpacing Spacing { get; init; } = TimeSpacing.Log;

    /// <summary>First time after 0 of a log series; null for a ten-thousandth of the irradiation.</summary>
    public double? FirstSampleS { get; init; }

    /// <summary>The sampling times of the irradiation.</summary>
    [JsonIgnore]
    public TimeSeries IrradiationSampling => new(IrradiationS, Samples, Spacing, FirstSampleS);

    /// <inheritdoc />
    public override IReadOnlyList<ControlPath> Paths()
    {
        var irradiation = IrradiationSampling.Points(IrradiationTemperatureK, PressureGPa, ExcitationRatePerS, 0);
        var warming = TemperatureRamp.Points(ValueRange.Inclusive(IrradiationTemperatureK, ToK, StepK), RateKPerMin,
            PressureGPa, 0, IrradiationS);
        return [new ControlPath([new PathSegment(Branch.Irradiation, irradiation), new PathSegment(Branch.Heating, warming)])];
    }
}
