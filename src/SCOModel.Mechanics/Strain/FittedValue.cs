namespace SCOModel.Mechanics.Strain;

/// <summary>A fitted quantity with its standard error (NaN where the data do not determine it; 0 when held).</summary>
/// <param name="Value">The value.</param>
/// <param name="StdErr">Its standard error.</param>
/// <param name="IsFixed">True when held at its value rather than fitted (B′ = 4 in the second-order equation).</param>
public sealed record FittedValue(double Value, double StdErr, bool IsFixed = false);
