using SCOModel.Core.Protocols;

namespace SCOModel.Mechanics.WineRack;

/// <summary>Where along a run one lattice parameter shows negative linear compressibility (K &lt; 0).</summary>
/// <param name="Points">Points with K &lt; 0.</param>
/// <param name="PressureRangeGPa">Lowest and highest pressure of those points; null when there are none.</param>
/// <param name="TemperatureRangeK">Lowest and highest temperature of those points; null when there are none.</param>
/// <param name="Minimum">The smallest K of the run (per GPa) and where; null for a run without K values.</param>
/// <param name="Stretches">The consecutive runs of points with K &lt; 0, in path order.</param>
public sealed record NlcAxis(
    int Points,
    (double Low, double High)? PressureRangeGPa,
    (double Low, double High)? TemperatureRangeK,
    (double PerGPa, ControlPoint At)? Minimum,
    IReadOnlyList<NlcStretch> Stretches)
{
    /// <summary>True when K &lt; 0 somewhere on the run.</summary>
    public bool Negative => Points > 0;
}
