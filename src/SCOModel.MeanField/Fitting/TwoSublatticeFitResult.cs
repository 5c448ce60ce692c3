using SCOModel.Core.Protocols;
using SCOModel.MeanField.TwoSublattice;

namespace SCOModel.MeanField.Fitting;

/// <summary>The outcome of <see cref="TwoSublatticeFit.Fit"/>, with the plateau of the fitted model.</summary>
public sealed record TwoSublatticeFitResult : TransitionFitResult
{
    /// <summary>The fitted two-sublattice model (kelvin units, z = 1: J = Γ/2).</summary>
    public required TwoSublatticeModel Model { get; init; }














    /// <summary>
    /// The two-step structure of the fitted model's curve over the data's range (on the first measured branch:
    /// heating, else cooling, else equilibrium), sampled every 0.5 K: the steps, the plateau's level and extent;
    /// null for a one-step curve.
    /// </summary>
    public TwoStepTransition? TwoStep { get; init; }

    /// <inheritdoc />
    protected override double[] SwitchingFraction(IReadOnlyList<double> temperaturesK, Branch branch) =>
        TwoSublatticeMeanField.BranchCurve(Model, temperaturesK, branch, PressureGPa);

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
