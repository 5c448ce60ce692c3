namespace SCOModel.MeanField.Fitting;

/// <summary>The transition a mean-field model predicts at one pressure (PHYSICS.md §2).</summary>
/// <param name="PressureGPa">The pressure.</param>
/// <param name="THalfK">The Maxwell T1/2 = (ΔH + P ΔV)/ΔS, or null where it is not positive (no crossover).</param>
/// <param name="Loop">The hysteresis loop at this pressure, or null where Γ gives none (Γ ≤ 2 R T1/2).</param>
public sealed record PredictedTransition(double PressureGPa, double? THalfK, HysteresisLoop? Loop)
{
    /// <summary>T↑, where the LS branch ends on heating; null without a loop.</summary>
    public double? TUpK => Loop?.Heating.TemperatureK;

    /// <summary>T↓, where the HS branch ends on cooling; null without a loop.</summary>
    public double? TDownK => Loop?.Cooling.TemperatureK;

    /// <summary>T↑ − T↓; null without a loop.</summary>
    public double? WidthK => Loop?.WidthK;
}
