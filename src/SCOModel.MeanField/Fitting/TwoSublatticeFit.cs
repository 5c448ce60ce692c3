using SCOModel.Core.Protocols;
using SCOModel.Core.Units;
using SCOModel.MeanField.TwoSublattice;

namespace SCOModel.MeanField.Fitting;

/// <summary>
/// Fits the two-sublattice mean field (<see cref="TwoSublatticeModel"/>, PHYSICS.md §2) to a two-step curve:
/// ΔH and ΔS (kJ/mol, J/(mol K)), Γ_intra = 2 z_AA J_AA and Γ_AB = 2 z_AB K (kJ/mol; Γ_AB &lt; 0 is the frustration
/// that makes a plateau), optionally the ΔH split of inequivalent sites, trapped fractions and χT values. Points are
/// compared on their own branches as in <see cref="SlichterDrickamerFit"/>, and the result reports the plateau of the
/// fitted model (<see cref="TwoSublatticeFitResult.TwoStep"/>).
/// </summary>
/// <remarks>
/// Starts: T1/2 from the data's level crossings; a grid of ΔS, Γ_intra/(2RT1/2) and Γ_AB set so that the
/// zero-temperature plateau |T − T1/2| &lt; |Γ_AB|/ΔS spans 0–100 K or the data's quarter-to-three-quarter span. Bounds: ΔS 5–400 J/(mol K), Γ_intra −20–60,
/// Γ_AB −60–60, split 0–60 kJ/mol (A is the site that switches first). Equilibrium points (no branch) need a global
/// minimisation per point; branch data (heating/cooling) are much faster to fit.
/// </remarks>
public static class TwoSublatticeFit
{
    private static readonly double[] EntropyGrid = [40, 70, 100, 150];
    private static readonly double[] IntraRatioGrid = [0, 0.5, 1.0];
    private static readonly double[] PlateauWidthGridK = [0, 10, 25, 50, 100];

    /// <summary>Fits the data; throws ConfigException when the data cannot support the fit.</summary>
    public static TwoSublatticeFitResult Fit(TransitionData data, TwoSublatticeFitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= new TwoSublatticeFitOptions();
        var features = CurveFeatures.Of(data);
        var specs = new List<FitParameterSpec>
        {
            new("tHalf_K", "T1/2", "K", features.THalfK, Math.Max(1, features.MinTemperatureK - features.RangeK),
                features.MaxTemperatureK + features.RangeK, 1, false),
            new("deltaS_JmolK", "ΔS", "J/(mol K)", 70, 5, 400, 1, false),
            new("gammaIntra_kJmol", "Γ_intra", "kJ/mol", options.FixedGammaIntraKJPerMol ?? 0, -20, 60, 0.1,
                options.FixedGammaIntraKJPerMol is not null),
            new("gammaAB_kJmol", "Γ_AB", "kJ/mol", 0, -60, 60, 0.1, false),
            new("deltaHSplit_kJmol", "δΔH", "kJ/mol", options.DeltaHSplitKJPerMol, 0, 60, 0.1, !options.FitDeltaHSplit),
        };
        specs.AddRange(ObservationModel.Specs(data, features, options.FitTrappedHighSpin, options.FitTrappedLowSpin,
            options.Trapped, options.FitHighSpinChiT, options.FitLowSpinChiT, options.Magnetic));

        double pressure = options.PressureGPa;
        double deltaV = options.DeltaVA3;
        var fitter = new TransitionCurveFitter(data, specs, 5,
            (p, temperatures, branch) => TwoSublatticeMeanField.BranchCurve(ModelOf(p, deltaV), temperatures, branch, pressure));
        var outcome = fitter.Fit(Candidates(features, options), options.MaxIterations);
        var warnings = FitReport.DataWarnings(data, features).ToList();
        warnings.AddRange(Identifiability.Warnings(outcome, specs));
        return TwoSublatticeFitResult.From(data, options, specs, outcome, ModelOf(outcome.Parameters, deltaV), warnings);
    }

    /// <summary>The model of a parameter vector (T1/2 K, ΔS, Γ_intra, Γ_AB, split, ...).</summary>
    internal static TwoSublatticeModel ModelOf(ReadOnlySpan<double> p, double deltaVA3) =>
        TwoSublatticeModel.FromCalorimetric(p[0] * p[1] / 1000, p[1], p[2], p[3], p[4]) with { DeltaVA3 = deltaVA3 };

    private static IEnumerable<double[]> Candidates(CurveFeatures f, TwoSublatticeFitOptions options)
    {
        double tHalf = f.THalfK;
        double threshold = 2 * PhysicalUnits.GasConstantJPerMolK * tHalf / 1000;
        var intraGrid = options.FixedGammaIntraKJPerMol is double fixedIntra
            ? [fixedIntra]
            : IntraRatioGrid.Select(r => r * threshold).ToArray();
        var widths = PlateauWidthGridK.Append(f.QuartileSpanK).Distinct().ToArray();
        foreach (double entropy in EntropyGrid)
        {
            foreach (double intra in intraGrid)
            {
                foreach (double width in widths)
                {
                    // |h| < |k| at T = 0 spans |T − T1/2| < 2|k|/ln g: width W ⇒ Γ_AB = 2k = −W ΔS/2 (J/mol).
                    double inter = -width * entropy / 2 / 1000;
                    yield return [tHalf, entropy, intra, inter, options.DeltaHSplitKJPerMol];
                }
            }
        }
    }
}
