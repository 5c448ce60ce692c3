using SCOModel.Core.Protocols;
using SCOModel.MeanField.TwoSublattice;

namespace SCOModel.MeanField.Fitting;

/// <summary>The outcome of <see cref="TwoSublatticeFit.Fit"/>, with the plateau of the fitted model.</summary>
public sealed record TwoSublatticeFitResult
{
    /// <summary>The fitted two-sublattice model (kelvin units, z = 1: J = Γ/2).</summary>
    public required TwoSublatticeModel Model { get; init; }

    /// <summary>The trapped fractions (fitted or held).</summary>
    public required TrappedFraction Trapped { get; init; }

    /// <summary>The χT values for χT data; null for n_HS data.</summary>
    public MagneticResponse? Magnetic { get; init; }

    /// <summary>What the data measured.</summary>
    public required CurveObservable Observable { get; init; }

    /// <summary>The pressure the data were taken at (GPa).</summary>
    public double PressureGPa { get; init; }

    /// <summary>
    /// ΔH (deltaH_kJmol, the mean of both sites), ΔS (deltaS_JmolK), Γ_intra (gammaIntra_kJmol), Γ_AB (gammaAB_kJmol),
    /// the split ΔH_B − ΔH_A (deltaHSplit_kJmol), then trapped fractions and χT values as in the one-sublattice fit.
    /// </summary>
    public required IReadOnlyList<FitParameter> Parameters { get; init; }

    /// <summary>The mean T1/2 of the sites, (ΔH + PΔV)/ΔS at the data's pressure, with its error.</summary>
    public required FitParameter THalf { get; init; }

    /// <summary>The correlation matrix of the fitted reported parameters.</summary>
    public required CorrelationMatrix Correlation { get; init; }

    /// <summary>Σ r_i² (weighted when the data give errors).</summary>
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

    /// <summary>
    /// The two-step structure of the fitted model's curve over the data's range (on the first measured branch:
    /// heating, else cooling, else equilibrium), sampled every 0.5 K: the steps, the plateau's level and extent;
    /// null for a one-step curve.
    /// </summary>
    public TwoStepTransition? TwoStep { get; init; }

    /// <summary>χ² per degree of freedom.</summary>
    public double ReducedChiSquare => DegreesOfFreedom > 0 ? ChiSquare / DegreesOfFreedom : double.NaN;

    /// <summary>A parameter by name or symbol.</summary>
    public FitParameter Parameter(string name) =>
        Parameters.Concat([THalf]).FirstOrDefault(p => p.Name == name || p.Symbol == name)
        ?? throw new KeyNotFoundException($"no parameter '{name}'; have: {string.Join(", ", Parameters.Select(p => p.Name))}");

    /// <summary>The model curve in the data's units along a branch.</summary>
    public double[] Curve(IReadOnlyList<double> temperaturesK, Branch branch) =>
        TwoSublatticeMeanField.BranchCurve(Model, temperaturesK, branch, PressureGPa).Select(x =>
        {
            double n = Trapped.Observed(x);
            return Magnetic is { } m ? m.ChiT(n) : n;
        }).ToArray();

    internal static TwoSublatticeFitResult From(TransitionData data, TwoSublatticeFitOptions options,
        IReadOnlyList<FitParameterSpec> specs, CurveFitOutcome outcome, TwoSublatticeModel model, List<string> warnings)
    {
        var p = outcome.Parameters;
        var reported = new List<int> { 0, 1, 2, 3, 4 };
        reported.AddRange(ObservationModel.Reported(data, specs, p, 5));
        var report = FitReport.Build(specs, outcome, reported);
        var trapped = new TrappedFraction(p[5], p[6]);
        var residuals = FitReport.Residuals(data, outcome);
        if (ResidualRuns.Warning(residuals, "inequivalent sites may need the ΔH split, an incomplete curve a trapped fraction")
            is { } systematic)
        {
            warnings.Add(systematic);
        }

        var branch = new[] { Branch.Heating, Branch.Cooling, Branch.Scan }.First(b => data.Points.Any(q => q.Branch == b));
        double from = data.Points.Min(q => q.TemperatureK), to = data.Points.Max(q => q.TemperatureK);
        var grid = Core.Protocols.ValueRange.Inclusive(from, to, 0.5);
        var curve = TwoSublatticeMeanField.BranchCurve(model, grid, branch, options.PressureGPa).Select(trapped.Observed).ToArray();

        return new TwoSublatticeFitResult
        {
            Model = model,
            Trapped = trapped,
            Magnetic = data.Observable == CurveObservable.ChiT ? new MagneticResponse(p[7], p[8]) : null,
            Observable = data.Observable,
            PressureGPa = options.PressureGPa,
            Parameters = report.Parameters,
            THalf = new FitParameter("tHalf_K", "T1/2", "K",
                p[0] + (Core.Units.PhysicalUnits.KelvinFromPressureVolume(options.PressureGPa, options.DeltaVA3) / model.LnGA),
                report.THalfStdErr, false, outcome.Solution.AtBound[0]),
            Correlation = report.Correlation,
            ChiSquare = outcome.Solution.ChiSquare,
            DegreesOfFreedom = outcome.DegreesOfFreedom,
            IsWeighted = data.IsWeighted,
            Residuals = residuals,
            Warnings = warnings,
            Converged = outcome.Solution.Converged,
            TwoStep = TwoStepTransition.Find(grid, curve),
        };
    }
}
