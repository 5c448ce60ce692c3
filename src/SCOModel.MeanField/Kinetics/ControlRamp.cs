using SCOModel.Core.Protocols;

namespace SCOModel.MeanField.Kinetics;

/// <summary>
/// The control between two consecutive timed points of a path: temperature and pressure run linearly in time from the
/// earlier point to the later (an exact constant-rate ramp, PHYSICS.md §3), and the light is the later point's, so a
/// point's light is what the sample saw on the way to it.
/// </summary>
internal readonly struct ControlRamp
{
    private readonly double _startS;
    private readonly double _temperatureK;
    private readonly double _pressureGPa;
    private readonly double _temperatureRate;
    private readonly double _pressureRate;

    public ControlRamp(ControlPoint from, ControlPoint to, double fromS, double toS)
    {
        _startS = fromS;
        _temperatureK = from.TemperatureK;
        _pressureGPa = from.PressureGPa;
        double span = toS - fromS;
        _temperatureRate = span > 0 ? (to.TemperatureK - from.TemperatureK) / span : 0;
        _pressureRate = span > 0 ? (to.PressureGPa - from.PressureGPa) / span : 0;
        ExcitationRatePerS = to.Light;
    }

    /// <summary>I σ on the way, s^−1.</summary>
    public double ExcitationRatePerS { get; }

    /// <summary>Temperature at time t (s).</summary>
    public double TemperatureK(double timeS) => _temperatureK + (_temperatureRate * (timeS - _startS));

    /// <summary>Pressure at time t (s).</summary>
    public double PressureGPa(double timeS) => _pressureGPa + (_pressureRate * (timeS - _startS));
}
