namespace SCOModel.Plotting.Charts;

/// <summary>
/// An axis: its title and unit, its scale, and optional fixed limits. Without limits the axis covers the data and
/// extends to the nearest "nice" ticks (1, 2, 2.5, 5 x 10^k; decades on a log axis).
/// </summary>
/// <param name="Title">What is measured, e.g. "Temperature". Accepts the _{sub} and ^{sup} markup.</param>
/// <param name="Unit">The unit, e.g. "K"; null for dimensionless quantities.</param>
public sealed record Axis(string Title, string? Unit = null)
{
    /// <summary>Linear or logarithmic.</summary>
    public AxisScale Scale { get; init; } = AxisScale.Linear;

    /// <summary>Fixed lower limit; null to follow the data.</summary>
    public double? Min { get; init; }

    /// <summary>Fixed upper limit; null to follow the data.</summary>
    public double? Max { get; init; }

    /// <summary>The axis title as printed: "Temperature (K)", or the bare title without a unit.</summary>
    public string Label => string.IsNullOrEmpty(Unit) ? Title : $"{Title} ({Unit})";
}
