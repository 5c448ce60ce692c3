using System.Text.Json.Serialization;

namespace SCOModel.Core.Protocols;

/// <summary>
/// Isothermal decay in the dark: from the initial state (HS by default, or a fraction n0 of HS sites), or after an
/// irradiation at the same temperature (<see cref="Irradiation"/>). Times run on from the start of the path, so the
/// relaxation of an irradiated sample starts at the end of the irradiation.
/// </summary>
/// <param name="TemperatureK">Constant temperature.</param>
/// <param name="DurationS">Length of the relaxation.</param>
/// <param name="PressureGPa">Constant pressure.</param>
public sealed record Relaxation(double TemperatureK, double DurationS, double PressureGPa = 0) : Protocol, IKineticProtocol
{
    /// <summary>Sampled times after the start of the relaxation.</summary>
    public int Samples { get; init; } = 100;

    /// <summary>Log (default) or linear sampling.</summary>
    public TimeSpacing Spacing { get; init; } = TimeSpacing.Log;

    /// <summary>First time after the start of a log series; null for a ten-thousandth of the duration.</summary>
    public double? FirstSampleS { get; init; }

    /// <summary>An irradiation before the relaxation, at the same temperature; null to start from the initial state.</summary>
    public IrradiationStep? Irradiation { get; init; }

    /// <summary>The sampling times of the relaxation.</summary>
    [JsonIgnore]
    public TimeSeries Sampling => new(DurationS, Samples, Spacing, FirstSampleS);

    /// <inheritdoc />
    public override IReadOnlyList<ControlPath> Paths()
    {
        var segments = new List<PathSegment>();
        double start = 0;
        if (Irradiation is { } light)
        {
            segments.Add(new PathSegment(Branch.Irradiation,
                light.Sampling.Points(TemperatureK, PressureGPa, light.ExcitationRatePerS, 0)));
            start = light.DurationS;
        }

        // The first relaxation point (t = start) repeats the last irradiated state; a path without irradiation
        // records its initial state there.
        segments.Add(new PathSegment(Branch.Relaxation, Sampling.Points(TemperatureK, PressureGPa, 0, start)));
        return [new ControlPath(segments)];
    }
}

/// <summary>A period of light before another step: I σ in s^−1, its duration and sampling.</summary>
public sealed record IrradiationStep(double ExcitationRatePerS, double DurationS)
{
    /// <summary>Sampled times after the start of the step.</summary>
    public int Samples { get; init; } = 100;

    /// <summary>Log (default) or linear sampling.</summary>
    public TimeSpacing Spacing { get; init; } = TimeSpacing.Log;

    /// <summary>First time after the start of a log series; null for a ten-thousandth of the duration.</summary>
    public double? FirstSampleS { get; init; }

    /// <summary>The sampling times.</summary>
    [JsonIgnore]
    public TimeSeries Sampling => new(DurationS, Samples, Spacing, FirstSampleS);
}
