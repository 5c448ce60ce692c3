using SCOModel.Core.Configuration;
using SCOModel.Core.Protocols;
using SCOModel.Core.Units;

namespace SCOModel.MeanField.Fitting;

/// <summary>The outcome of <see cref="SlichterDrickamerFit.Fit"/>: parameters with errors, correlations, residuals,
/// warnings, and the fitted model ready for the engines.</summary>
public sealed record SlichterDrickamerFitResult : TransitionFitResult
{
    /// <summary>The fitted mean-field model (kelvin units; ΔV from the options).</summary>
    public required SlichterDrickamerModel Model { get; init; }














    /// <summary>Levenberg–Marquardt steps of the best start.</summary>
    public required int Iterations { get; init; }

    /// <summary>The Ising-like config of the fitted model on the options' lattice (runs in Monte Carlo or mean field).</summary>
    public required IsingLikeModelConfig ModelConfig { get; init; }

    /// <summary>The fitted model's hysteresis loop at the data's pressure (of the switching sites), or null.</summary>
    public HysteresisLoop? Loop => Model.Loop(PressureGPa);

    /// <inheritdoc />
    protected override double[] SwitchingFraction(IReadOnlyList<double> temperaturesK, Branch branch) =>
        Model.BranchCurve(temperaturesK, branch, PressureGPa);

    /// <summary>
    /// A ready-to-run config of the fitted model: a temperature loop (or, for data without branches, a scan) over the
    /// data's range in 1 K steps at the data's pressure, 100 + 300 sweeps per point, on the options' lattice.
    /// </summary>
    public SimulationConfig ToSimulationConfig(string name, ulong seed = SimulationConfig.DefaultSeed)
    {
        double from = Math.Floor(Residuals.Min(r => r.TemperatureK));
        double to = Math.Ceiling(Residuals.Max(r => r.TemperatureK));
        var temperatures = ValueRange.Inclusive(from, to, 1);
        Protocol protocol = Residuals.Any(r => r.Branch != Branch.Scan)
            ? new TemperatureLoop(temperatures, PressureGPa) { InitialState = InitialState.Ls }
            : new TemperatureScan(temperatures, PressureGPa) { InitialState = InitialState.Random };
        protocol = protocol with { EquilibrationSweeps = 100, SweepsPerPoint = 300 };
        return new SimulationConfig(name, seed, ModelConfig, protocol, new MonteCarloSettings());
    }

    internal static SlichterDrickamerFitResult From(TransitionData data, SlichterDrickamerFitOptions options,
        IReadOnlyList<FitParameterSpec> specs, CurveFitOutcome outcome, SlichterDrickamerModel model,
        List<string> warnings)
    {
        var p = outcome.Parameters;
        bool chi = data.Observable == CurveObservable.ChiT;
        var reported = new List<int> { 0, 1, 2 };
        reported.AddRange(ObservationModel.Reported(data, specs, p, 3));

        // The fit's T1/2 is at the data's pressure: ΔH at P = 0 is T1/2 ΔS − P ΔV (PHYSICS.md §2).
        double pressureWork = PhysicalUnits.KJPerMolFromKelvin(
            PhysicalUnits.KelvinFromPressureVolume(options.PressureGPa, options.DeltaVA3));
        var report = FitReport.Build(specs, outcome, reported, pressureWork);

        // T1/2 at the data's pressure, (Δ + PΔV)/ln g: the fit's own first parameter, with its error.
        var tHalf = new FitParameter("tHalf_K", "T1/2", "K", model.MaxwellTemperatureK(options.PressureGPa) ?? double.NaN,
            report.THalfStdErr, false, outcome.Solution.AtBound[0]);
        var magnetic = chi ? new MagneticResponse(p[5], p[6]) : null;
        var residuals = FitReport.Residuals(data, outcome);
        if (ResidualRuns.Warning(residuals, "a two-step curve needs the two-sublattice fit; an incomplete one a " +
            "trapped fraction; a loop measured without a branch column is read as equilibrium") is { } systematic)
        {
            warnings.Add(systematic);
        }
        return new SlichterDrickamerFitResult
        {
            Model = model,
            Trapped = new TrappedFraction(p[3], p[4]),
            Magnetic = magnetic,
            Observable = data.Observable,
            PressureGPa = options.PressureGPa,
            Parameters = report.Parameters,
            THalf = tHalf,
            Correlation = report.Correlation,
            ChiSquare = outcome.Solution.ChiSquare,
            DegreesOfFreedom = outcome.DegreesOfFreedom,
            IsWeighted = data.IsWeighted,
            Residuals = residuals,
            Warnings = warnings,
            Converged = outcome.Solution.Converged,
            Iterations = outcome.Solution.Iterations,
            ModelConfig = model.ToIsingLikeConfig(options.Lattice),
        };
    }
}
