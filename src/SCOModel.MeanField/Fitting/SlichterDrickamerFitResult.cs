using SCOModel.Core.Configuration;
using SCOModel.Core.Protocols;

namespace SCOModel.MeanField.Fitting;

/// <summary>The outcome of <see cref="SlichterDrickamerFit.Fit"/>: parameters with errors, correlations, residuals,
/// warnings, and the fitted model ready for the engines.</summary>
public sealed record SlichterDrickamerFitResult
{
    /// <summary>The fitted mean-field model (kelvin units; ΔV from the options).</summary>
    public required SlichterDrickamerModel Model { get; init; }

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

    /// <summary>
    /// ΔH (deltaH_kJmol), ΔS (deltaS_JmolK), Γ (gamma_kJmol), then the trapped fractions that were fitted or are
    /// nonzero (trappedHs, trappedLs) and, for χT data, chiT_hs_cm3Kmol and chiT_ls_cm3Kmol.
    /// </summary>
    public required IReadOnlyList<FitParameter> Parameters { get; init; }

    /// <summary>T1/2 = ΔH/ΔS (at the data's pressure) with its error: the best-determined figure of a curve.</summary>
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

    /// <summary>What the fit could not determine, or where it stopped (see <see cref="SlichterDrickamerFit"/>).</summary>
    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>True when Levenberg–Marquardt converged.</summary>
    public required bool Converged { get; init; }

    /// <summary>Levenberg–Marquardt steps of the best start.</summary>
    public required int Iterations { get; init; }

    /// <summary>The Ising-like config of the fitted model on the options' lattice (runs in Monte Carlo or mean field).</summary>
    public required IsingLikeModelConfig ModelConfig { get; init; }

    /// <summary>χ² per degree of freedom.</summary>
    public double ReducedChiSquare => DegreesOfFreedom > 0 ? ChiSquare / DegreesOfFreedom : double.NaN;

    /// <summary>The root-mean-square of observed − model, in the data's units.</summary>
    public double RmsResidual => Math.Sqrt(Residuals.Average(r => r.Residual * r.Residual));

    /// <summary>The fitted model's hysteresis loop at the data's pressure (of the switching sites), or null.</summary>
    public HysteresisLoop? Loop => Model.Loop(PressureGPa);

    /// <summary>A parameter by name (deltaH_kJmol, ...) or symbol (ΔH, ...).</summary>
    public FitParameter Parameter(string name) =>
        Parameters.Concat([THalf]).FirstOrDefault(p => p.Name == name || p.Symbol == name)
        ?? throw new KeyNotFoundException($"no parameter '{name}'; have: {string.Join(", ", Parameters.Select(p => p.Name))}");

    /// <summary>The model curve in the data's units (n_HS or χT) along a branch, for charts.</summary>
    public double[] Curve(IReadOnlyList<double> temperaturesK, Branch branch)
    {
        var x = Model.BranchCurve(temperaturesK, branch, PressureGPa);
        return x.Select(v =>
        {
            double n = Trapped.Observed(v);
            return Magnetic is { } m ? m.ChiT(n) : n;
        }).ToArray();
    }

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

        var report = FitReport.Build(specs, outcome, reported);

        // T1/2 at the data's pressure, (Δ + PΔV)/ln g; its error is that of the fit's T1/2 (ΔV held).
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
