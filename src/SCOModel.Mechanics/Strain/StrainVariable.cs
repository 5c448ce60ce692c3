namespace SCOModel.Mechanics.Strain;

/// <summary>
/// What the lattice parameters were measured against, pressure or temperature, and how a strain slope becomes the
/// coefficient a scientist quotes: the linear compressibility K = −dε/dP in TPa⁻¹, or the linear thermal expansivity
/// α = dε/dT in MK⁻¹ (10⁻⁶ K⁻¹), the units PASCal prints (Cliffe &amp; Goodwin, J. Appl. Cryst. 2012, 45, 1321).
/// </summary>
public sealed class StrainVariable
{
    /// <summary>Pressure in GPa; principal linear compressibilities, negative ones being NLC.</summary>
    public static StrainVariable Pressure { get; } = new(
        "pressure", "pressure_GPa", "GPa", "P", "linear compressibility", "K", "compressibility_per_TPa", "TPa^-1", "TPa⁻¹",
        -1000, "NLC", "negative linear compressibility");

    /// <summary>Temperature in K; principal linear thermal expansivities, negative ones being NTE.</summary>
    public static StrainVariable Temperature { get; } = new(
        "temperature", "temperature_K", "K", "T", "linear thermal expansivity", "α", "expansivity_per_MK", "MK^-1", "MK⁻¹",
        1e6, "NTE", "negative thermal expansion");

    private readonly double _coefficientPerSlope;

    private StrainVariable(string name, string column, string unit, string symbol, string coefficientName,
        string coefficientSymbol, string coefficientKey, string coefficientUnit, string coefficientUnitPretty,
        double coefficientPerSlope, string negativeFlag, string negativeMeaning)
    {
        Name = name;
        Column = column;
        Unit = unit;
        Symbol = symbol;
        CoefficientName = coefficientName;
        CoefficientSymbol = coefficientSymbol;
        CoefficientKey = coefficientKey;
        CoefficientUnit = coefficientUnit;
        CoefficientUnitPretty = coefficientUnitPretty;
        _coefficientPerSlope = coefficientPerSlope;
        NegativeFlag = negativeFlag;
        NegativeMeaning = negativeMeaning;
    }

    /// <summary>"pressure" or "temperature".</summary>
    public string Name { get; }

    /// <summary>The column in the internal unit: pressure_GPa or temperature_K.</summary>
    public string Column { get; }

    /// <summary>GPa or K.</summary>
    public string Unit { get; }

    /// <summary>P or T.</summary>
    public string Symbol { get; }

    /// <summary>"linear compressibility" or "linear thermal expansivity".</summary>
    public string CoefficientName { get; }

    /// <summary>K or α.</summary>
    public string CoefficientSymbol { get; }

    /// <summary>The coefficient's key in strain.json, unit included.</summary>
    public string CoefficientKey { get; }

    /// <summary>TPa^-1 or MK^-1 (ASCII).</summary>
    public string CoefficientUnit { get; }

    /// <summary>TPa⁻¹ or MK⁻¹.</summary>
    public string CoefficientUnitPretty { get; }

    /// <summary>NLC or NTE.</summary>
    public string NegativeFlag { get; }

    /// <summary>"negative linear compressibility" or "negative thermal expansion".</summary>
    public string NegativeMeaning { get; }

    /// <summary>
    /// The coefficient from a slope dy/dx of a relative change y (a strain, or ΔV/V₀): −1000 dy/dP (per GPa → per TPa)
    /// or 10⁶ dy/dT (per K → per MK).
    /// </summary>
    public double Coefficient(double slope) => _coefficientPerSlope * slope;

    /// <summary>The standard error of <see cref="Coefficient"/> from that of the slope.</summary>
    public double CoefficientStdErr(double slopeStdErr) => Math.Abs(_coefficientPerSlope) * slopeStdErr;

    /// <inheritdoc />
    public override string ToString() => Name;
}
