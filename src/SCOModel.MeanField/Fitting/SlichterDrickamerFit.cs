using SCOModel.Core.Protocols;
using SCOModel.Core.Units;

namespace SCOModel.MeanField.Fitting;

/// <summary>
/// Fits the Slichter–Drickamer model (PHYSICS.md §2) to a measured n_HS(T) or χT(T) curve: ΔH (kJ/mol),
/// ΔS (J/(mol K)), Γ (kJ/mol, the convention of the SCO literature; Γ/R in kelvin is the model's GammaK), optional
/// trapped fractions, and for χT data (χT)_HS and (χT)_LS (cm^3 K/mol). The entry point of `sco fit`.
/// </summary>
/// <remarks>
/// <para>Each point is compared with the model on its own branch: heating points with the branch followed up from
/// low temperature (LS side), cooling points with the branch followed down from high temperature (HS side) — the
/// metastable branches of the loop, to their spinodals — and points without a branch with the equilibrium (Maxwell)
/// state.</para>
/// <para>Internally the fit varies (T1/2, ΔS, Γ, ...) with ΔH + P ΔV = T1/2 ΔS, T1/2 at the data's pressure P, because
/// ΔH and ΔS are always strongly correlated through T1/2 (enthalpy–entropy compensation) while T1/2 where the curve
/// was measured is what it fixes best (T1/2 at P = 0 would move with ΔS by P ΔV/ΔS, PHYSICS.md §2). Errors of ΔH are
/// propagated from that covariance; the identifiability warnings (|r| &gt; 0.95, singular JᵀJ) are judged in the fit's
/// own parameters, so that the ever-present ΔH–ΔS correlation does not raise them, while a Γ–ΔS trade-off (one
/// gradual curve) does. The reported correlation matrix is that of the reported parameters (ΔH, ΔS, Γ, ...).</para>
/// <para>Bounds: T1/2 within the data range widened by its span on each side, ΔS 5–400 J/(mol K), Γ −20–60 kJ/mol,
/// trapped fractions 0–0.95, χT −1–30 cm^3 K/mol. Starting values: T1/2 where the data cross the quarter, half and
/// three-quarter levels between their low- and high-temperature plateaus (averaged, over both branches of a loop),
/// a grid of ΔS and Γ/(2RT1/2) (plus, for a loop, the Γ whose mean-field width matches the observed one), and the
/// observation parameters from a straight-line fit of the data against each candidate's curve.</para>
/// </remarks>
public static class SlichterDrickamerFit
{
    private static readonly double[] EntropyGrid = [25, 35, 50, 70, 100, 140, 200];
    private static readonly double[] GammaRatioGrid = [0, 0.4, 0.7, 0.9, 1.0, 1.1, 1.3, 1.6];

    /// <summary>Fits the data; see the class remarks. Throws ConfigException when the data cannot support the fit.</summary>
    public static SlichterDrickamerFitResult Fit(TransitionData data, SlichterDrickamerFitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= new SlichterDrickamerFitOptions();
        var features = CurveFeatures.Of(data);
        var specs = Specs(data, options, features);
        double pressure = options.PressureGPa;
        double deltaV = options.DeltaVA3;

        var fitter = new TransitionCurveFitter(data, specs, 3,
            (p, temperatures, branch) => ModelOf(p, deltaV, pressure).BranchCurve(temperatures, branch, pressure));
        var outcome = fitter.Fit(Candidates(features, options, pressure, deltaV), options.MaxIterations);

        var warnings = FitReport.DataWarnings(data, features).ToList();
        warnings.AddRange(Identifiability.Warnings(outcome, specs));

        return SlichterDrickamerFitResult.From(data, options, specs, outcome, ModelOf(outcome.Parameters, deltaV, pressure),
            warnings);
    }

    /// <summary>
    /// The model of a parameter vector (T1/2 K at the data's pressure, ΔS J/(mol K), Γ kJ/mol, ...):
    /// Δ(P) = T1/2 ΔS/R, so Δ = T1/2 ln g − P ΔV (kelvin; ΔH at P = 0).
    /// </summary>
    internal static SlichterDrickamerModel ModelOf(ReadOnlySpan<double> p, double deltaVA3, double pressureGPa)
    {
        double lnG = PhysicalUnits.LnGFromJPerMolK(p[1]);
        double delta = (p[0] * lnG) - PhysicalUnits.KelvinFromPressureVolume(pressureGPa, deltaVA3);
        return new SlichterDrickamerModel(delta, lnG, PhysicalUnits.KelvinFromKJPerMol(p[2]), deltaVA3);
    }

    private static List<FitParameterSpec> Specs(TransitionData data, SlichterDrickamerFitOptions options, CurveFeatures f)
    {
        var specs = new List<FitParameterSpec>
        {
            new("tHalf_K", "T1/2", "K", f.THalfK, Math.Max(1, f.MinTemperatureK - f.RangeK), f.MaxTemperatureK + f.RangeK, 1, false),
            new("deltaS_JmolK", "ΔS", "J/(mol K)", 70, 5, 400, 1, false),
            new("gamma_kJmol", "Γ", "kJ/mol", options.FixedGammaKJPerMol ?? 0, -20, 60, 0.1, options.FixedGammaKJPerMol is not null),
        };
        specs.AddRange(ObservationModel.Specs(data, f, options.FitTrappedHighSpin, options.FitTrappedLowSpin,
            options.Trapped, options.FitHighSpinChiT, options.FitLowSpinChiT, options.Magnetic));
        return specs;
    }

    /// <summary>Start candidates (T1/2, ΔS, Γ): a grid of ΔS and Γ/(2RT1/2), plus the Γ matching an observed loop.</summary>
    private static IEnumerable<double[]> Candidates(CurveFeatures f, SlichterDrickamerFitOptions options, double pressure,
        double deltaV)
    {
        double tHalf = f.THalfK;
        double threshold = 2 * PhysicalUnits.GasConstantJPerMolK * tHalf / 1000;
        foreach (double entropy in EntropyGrid)
        {
            if (options.FixedGammaKJPerMol is double fixedGamma)
            {
                yield return [tHalf, entropy, fixedGamma];
                continue;
            }

            foreach (double ratio in GammaRatioGrid)
            {
                yield return [tHalf, entropy, ratio * threshold];
            }

            if (f.LoopWidthK > 0)
            {
                yield return [tHalf, entropy, GammaForWidth(tHalf, entropy, f.LoopWidthK, threshold, pressure, deltaV)];
            }
        }
    }

    /// <summary>The Γ (kJ/mol) whose mean-field loop has the observed width, by bisection (width rises with Γ).</summary>
    private static double GammaForWidth(double tHalf, double entropy, double width, double threshold, double pressure,
        double deltaV)
    {
        double Width(double gamma) => ModelOf([tHalf, entropy, gamma], deltaV, pressure).Loop(pressure)?.WidthK ?? 0;
        double lo = threshold, hi = 4 * threshold;
        if (Width(hi) < width)
        {
            return hi;
        }

        for (int k = 0; k < 40; k++)
        {
            double mid = 0.5 * (lo + hi);
            if (Width(mid) < width)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return 0.5 * (lo + hi);
    }
}
