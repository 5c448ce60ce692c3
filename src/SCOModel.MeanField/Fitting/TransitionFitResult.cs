using SCOModel.Core.Protocols;

namespace SCOModel.MeanField.Fitting;

/// <summary>
/// What every fit of a transition curve reports, whatever the model: the parameters with their errors and
/// correlations, the goodness of fit, every residual, the warnings, and the model curve for charts.
/// </summary>
public abstract record TransitionFitResult
{
    /// <summary>The trapped fractions (fitted or held).</summary>
    public required TrappedFraction Trapped { get; init; }

    /// <summary>
    /// The χT values (fitted or held) for χT data, null for n_HS data. They are the sample's χT when all HS and all
    /// LS, so any temperature-independent (χT)_other is included in both (OtherChiT is 0).
    /// </summary>
    public MagneticResponse? Magnetic { get; init; }

    /// <summary>What the data measured.</summary>
    public required CurveObservable Observable { get; init; }

    /// <summary>The pressure the data were taken at (GPa).</summary>
    public double PressureGPa { get; init; }

    /// <summary>The reported parameters, in the order each model documents.</summary>
    public required IReadOnlyList<FitParameter> Parameters { get; init; }

    /// <summary>T1/2 (at the data's pressure) with its error: the best-determined figure of a curve.</summary>
    public required FitParameter THalf { get; init; }

    /// <summary>The correlation matrix of the fitted (not held) reported parameters.</summary>
    public required CorrelationMatrix Correlation { get; init; }

    /// <summary>Σ r_i², with r_i = (observed − model)/σ_i when the data give σ_i, else observed − model.</summary>
    public required double ChiSquare { get; init; }

    /// <summary>Points minus fitted parameters.</summary>
    public required int DegreesOfFreedom { get; init; }

    /// <summary>True when the residuals were weighted by the data's standard errors.</summary>
    public required bool IsWeighted { get; init; }

    /// <summary>Every point against the model on its branch.</summary>
    public required IReadOnlyList<FitResidual> Residuals { get; init; }

    /// <summary>What the fit could not determine, or where it stopped.</summary>
    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>True when Levenberg–Marquardt converged.</summary>
    public required bool Converged { get; init; }

    /// <summary>χ² per degree of freedom.</summary>
    public double ReducedChiSquare => DegreesOfFreedom > 0 ? ChiSquare / DegreesOfFreedom : double.NaN;

    /// <summary>The root-mean-square of observed − model, in the data's units.</summary>
    public double RmsResidual => Math.Sqrt(Residuals.Average(r => r.Residual * r.Residual));

    /// <summary>A parameter by name (deltaH_kJmol, ...) or symbol (ΔH, ...).</summary>
    public FitParameter Parameter(string name) =>
        Parameters.Concat([THalf]).FirstOrDefault(p => p.Name == name || p.Symbol == name)
        ?? throw new KeyNotFoundException($"no parameter '{name}'; have: {string.Join(", ", Parameters.Select(p => p.Name))}");

    /// <summary>The model curve in the data's units (n_HS or χT) along a branch, for charts.</summary>
    public double[] Curve(IReadOnlyList<double> temperaturesK, Branch branch) =>
        SwitchingFraction(temperaturesK, branch).Select(x =>
        {
            double n = Trapped.Observed(x);
            return Magnetic is { } m ? m.ChiT(n) : n;
        }).ToArray();

    /// <summary>The fraction x of switching sites that is HS along a branch, before trapping and χT.</summary>
    protected abstract double[] SwitchingFraction(IReadOnlyList<double> temperaturesK, Branch branch);
}
