namespace SCOModel.Mechanics.Strain;

/// <summary>
/// PASCal's empirical equation for a principal strain under pressure, ε(P) = ε₀ + λ (P − P_c)^ν, and the linear
/// compressibility it implies, K(P) = −dε/dP = −λ ν (P − P_c)^(ν−1) (Goodwin, Keen &amp; Tucker, Proc. Natl. Acad. Sci.
/// USA 2008, 105, 18708; Cliffe &amp; Goodwin, J. Appl. Cryst. 2012, 45, 1321, PHYSICS.md §5). The same functions as
/// PASCal's empirical_pressure_strain_relation and get_compressibility (MJCliffe/PASCal, src/PASCal/utils.py).
/// </summary>
/// <remarks>
/// Units: P and P_c in GPa, λ in GPa^−ν, ε₀ and ε dimensionless; K here is per GPa (the fit multiplies by 1000 for
/// TPa⁻¹). ν is PASCal's "rate of stiffening", typically near ½: with ν &lt; 1 the compressibility falls with pressure
/// and diverges at P_c. The equation is defined for P &gt; P_c only (NaN otherwise); at P = P_c the strain is ε₀.
/// </remarks>
public static class EmpiricalStrainEquation
{
    /// <summary>ε(P) = ε₀ + λ (P − P_c)^ν.</summary>
    public static double Strain(double pressure, double epsilon0, double lambda, double criticalPressure, double nu)
    {
        double d = pressure - criticalPressure;
        return d > 0 ? epsilon0 + (lambda * Math.Pow(d, nu)) : d == 0 && nu > 0 ? epsilon0 : double.NaN;
    }

    /// <summary>K(P) = −dε/dP = −λ ν (P − P_c)^(ν−1), per GPa; NaN at or below P_c.</summary>
    public static double Compressibility(double pressure, double lambda, double criticalPressure, double nu)
    {
        double d = pressure - criticalPressure;
        return d > 0 ? -lambda * nu * Math.Pow(d, nu - 1) : double.NaN;
    }

    /// <summary>
    /// ∂ε/∂(ε₀, λ, P_c, ν) at P: 1, d^ν, −λ ν d^(ν−1), λ d^ν ln d with d = P − P_c &gt; 0. The Jacobian of the fit.
    /// </summary>
    public static double[] StrainGradient(double pressure, double lambda, double criticalPressure, double nu)
    {
        double d = pressure - criticalPressure;
        if (!(d > 0))
        {
            return [double.NaN, double.NaN, double.NaN, double.NaN];
        }

        double power = Math.Pow(d, nu);
        return [1, power, -lambda * nu * power / d, lambda * power * Math.Log(d)];
    }

    /// <summary>
    /// ∂K/∂(ε₀, λ, P_c, ν) at P, per GPa: 0, −ν d^(ν−1), λ ν (ν − 1) d^(ν−2), −λ (1 + ν ln d) d^(ν−1) with d = P − P_c
    /// &gt; 0; for the standard error of K from the fit's covariance (PASCal's get_compressibility_errors uses the
    /// same terms, each with the opposite sign, which gives the same variance).
    /// </summary>
    public static double[] CompressibilityGradient(double pressure, double lambda, double criticalPressure, double nu)
    {
        double d = pressure - criticalPressure;
        if (!(d > 0))
        {
            return [double.NaN, double.NaN, double.NaN, double.NaN];
        }

        double power = Math.Pow(d, nu - 1);
        return [0, -nu * power, lambda * nu * (nu - 1) * power / d, -lambda * (1 + (nu * Math.Log(d))) * power];
    }
}
