namespace SCOModel.MeanField.Fitting;

/// <summary>A fitted (or held) parameter with its standard error.</summary>
/// <param name="Name">Machine name with its unit, as fit.json spells it (deltaH_kJmol, deltaS_JmolK, gamma_kJmol, ...).</param>
/// <param name="Symbol">The usual symbol (ΔH, ΔS, Γ, ...).</param>
/// <param name="Unit">The unit (kJ/mol, J/(mol K), ...; empty for fractions).</param>
/// <param name="Value">The value.</param>
/// <param name="StdErr">Its standard error: NaN when held fixed or on a bound, +∞ when the data do not constrain it.</param>
/// <param name="IsFixed">Held at a given value rather than fitted.</param>
/// <param name="AtBound">Ended on a bound of the fit (the error bar is then not meaningful).</param>
public sealed record FitParameter(string Name, string Symbol, string Unit, double Value, double StdErr, bool IsFixed,
    bool AtBound)
{
    /// <summary>|value − reference| in units of the standard error (∞ without a finite error).</summary>
    public double SigmasFrom(double reference) =>
        double.IsFinite(StdErr) && StdErr > 0 ? Math.Abs(Value - reference) / StdErr : double.PositiveInfinity;
}
