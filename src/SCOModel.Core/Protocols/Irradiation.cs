using System.Text.Json.Serialization;

namespace SCOModel.Core.Protocols;

/// <summary>
/// Light on at a fixed temperature: n_HS against time as the photo-excitation I σ (LIESST) competes with relaxation
/// (PHYSICS.md §3). Starts LS unless told otherwise.
/// </summary>
/// <param name="TemperatureK">Constant temperature.</param>
/// <param name="ExcitationRatePerS">I σ, the LS → HS photo-rate per molecule, s^−1 (the `light` column).</param>
/// <param name="DurationS">How long the light is on.</param>
/// <param name="PressureGPa">Constant pressure.</param>
public sealed record Irradiation(double TemperatureK, double ExcitationRatePerS, double DurationS, double PressureGPa = 0) : Protocol, IKineticProtocol
{
    /// <summary>Sampled times after t = 0.</summary>
    public int Samples { get; init; } = 100;

    /// <summary>Log (default) or linear sampling.</summary>
    public TimeSpacing Spacing { get; init; } = TimeSpacing.Log;

    /// <summary>First time after 0 of a log series; null for a ten-thousandth of the duration.</summary>
    public double? FirstSampleS { get; init; }

    /// <summary>The sampling times.</summary>
    [JsonIgnore]
    public TimeSeries Sampling => new(DurationS, Samples, Spacing, FirstSampleS);

    /// <inheritdoc />
    public override IReadOnlyList<ControlPath> Paths() =>
        [new ControlPath([new PathSegment(Branch.Irradiation, Sampling.Points(TemperatureK, PressureGPa, ExcitationRatePerS, 0))])];
}
