using System.Text.Json.Nodes;
using SCOModel.Core.Configuration;
using SCOModel.Core.PhaseDiagrams;

namespace SCOModel.Mechanics.Strain;

/// <summary>
/// strain.json of `sco strain`: the principal coefficients with their errors, NLC/NTE flags and axes, the volume
/// coefficient and the Birch–Murnaghan fits, for pressure PASCal's empirical fit of each axis (parameters, covariance and
/// K at the median pressure), the method, and the warnings. Undefined numbers are written as null.
/// </summary>
public static class StrainJson
{
    /// <summary>The frame the Cartesian axis components are given in.</summary>
    public const string CartesianFrame = "z || c, x || a*, y = z cross x (PASCal)";

    /// <summary>strain.json for an analysis of the named data file.</summary>
    public static string Format(PrincipalStrainAnalysis analysis, string source)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var variable = analysis.Variable;
        var reference = analysis.Reference;
        var json = new JsonObject
        {
            ["data"] = source,
            ["variable"] = variable.Name,
            ["variable_column"] = variable.Column,
            ["points"] = analysis.Points.Count,
            [$"{variable.Name}_from_{variable.Unit}"] = analysis.Points.Min(p => p.Variable),
            [$"{variable.Name}_to_{variable.Unit}"] = analysis.Points.Max(p => p.Variable),
            ["strain_measure"] = ConfigJson.Name(analysis.Measure),
            ["cartesian_frame"] = CartesianFrame,
            ["reference"] = new JsonObject
            {
                ["line"] = analysis.Points[0].Line,
                [variable.Column] = analysis.Points[0].Variable,
                ["a_A"] = reference.A,
                ["b_A"] = reference.B,
                ["c_A"] = reference.C,
                ["alpha_deg"] = reference.AlphaDeg,
                ["beta_deg"] = reference.BetaDeg,
                ["gamma_deg"] = reference.GammaDeg,
                ["volume_A3"] = reference.Volume,
            },
            ["weighted"] = analysis.IsWeighted,
            ["coefficient"] = $"{variable.CoefficientName} {variable.CoefficientSymbol} = " +
                (variable == StrainVariable.Pressure ? "-d(epsilon)/dP" : "d(epsilon)/dT") + $", {variable.CoefficientUnit}",
            ["principal_axes"] = new JsonArray(analysis.Axes.Select(a => (JsonNode?)Axis(a, analysis)).ToArray()),
            ["volume"] = Volume(analysis.Volume, variable),
            ["warnings"] = new JsonArray(analysis.Warnings.Select(w => (JsonNode?)JsonValue.Create(w)).ToArray()),
        };
        return ConfigJson.Format(json) + "\n";
    }

    private static JsonObject Axis(PrincipalAxis axis, PrincipalStrainAnalysis analysis)
    {
        var variable = analysis.Variable;
        var json = Axis(axis, variable);
        if (variable == StrainVariable.Pressure)
        {
            json["empirical_fit"] = Empirical(axis.EmpiricalFit, analysis.MedianVariable);
        }

        return json;
    }

    private static JsonObject Axis(PrincipalAxis axis, StrainVariable variable) => new()
    {
        ["axis"] = axis.Index,
        [variable.CoefficientKey] = Number(axis.Coefficient),
        [variable.CoefficientKey + "_stderr"] = Number(axis.CoefficientStdErr),
        [variable.NegativeFlag.ToLowerInvariant()] = axis.IsNegative,
        ["significant"] = axis.IsSignificant,
        ["direction_cartesian"] = Numbers(axis.Direction),
        ["uvw"] = Numbers(axis.Uvw),
        ["angle_to_a_deg"] = Number(axis.AnglesToAxesDeg[0]),
        ["angle_to_b_deg"] = Number(axis.AnglesToAxesDeg[1]),
        ["angle_to_c_deg"] = Number(axis.AnglesToAxesDeg[2]),
        ["rotation_over_range_deg"] = Number(axis.RotationDeg),
        ["strain_fit"] = Line(axis.Line, $"per_{variable.Unit}"),
    };

    /// <summary>PASCal's empirical fit of an axis (pressure data), with K at PASCal's median pressure.</summary>
    private static JsonObject? Empirical(EmpiricalStrainFit? fit, double medianPressure) => fit is null ? null : new JsonObject
    {
        ["equation"] = "epsilon = epsilon_0 + lambda (P - P_c)^nu; K = -d(epsilon)/dP = -lambda nu (P - P_c)^(nu - 1)",
        ["epsilon_0"] = Number(fit.Epsilon0.Value),
        ["epsilon_0_stderr"] = Number(fit.Epsilon0.StdErr),
        ["lambda_per_GPa_nu"] = Number(fit.Lambda.Value),
        ["lambda_per_GPa_nu_stderr"] = Number(fit.Lambda.StdErr),
        ["p_c_GPa"] = Number(fit.CriticalPressure.Value),
        ["p_c_GPa_stderr"] = Number(fit.CriticalPressure.StdErr),
        ["nu"] = Number(fit.Nu.Value),
        ["nu_stderr"] = Number(fit.Nu.StdErr),
        ["covariance_order"] = new JsonArray("epsilon_0", "lambda", "p_c", "nu"),
        ["covariance"] = new JsonArray(Enumerable.Range(0, 4)
            .Select(a => (JsonNode?)Numbers(Enumerable.Range(0, 4).Select(b => fit.Covariance[a, b]))).ToArray()),
        ["chi_square"] = Number(fit.ChiSquare),
        ["degrees_of_freedom"] = fit.DegreesOfFreedom,
        ["rms_residual"] = Number(fit.RmsResidual),
        ["weighted"] = fit.IsWeighted,
        ["converged"] = fit.Converged,
        ["parameters_determined"] = fit.IsDetermined,
        ["p_c_at_lowest_pressure"] = fit.IsCriticalPressureAtBound,
        ["median_pressure_GPa"] = medianPressure,
        ["compressibility_at_median_per_TPa"] = Number(fit.CompressibilityAt(medianPressure)),
        ["compressibility_at_median_per_TPa_stderr"] = Number(fit.CompressibilityStdErrAt(medianPressure)),
    };

    private static JsonObject Volume(VolumeAnalysis volume, StrainVariable variable)
    {
        string key = variable == StrainVariable.Pressure ? "compressibility_per_TPa" : "expansivity_per_MK";
        var json = new JsonObject
        {
            ["reference_volume_A3"] = volume.ReferenceVolume,
            [key] = Number(volume.Coefficient),
            [key + "_stderr"] = Number(volume.CoefficientStdErr),
            ["linear_fit"] = Line(volume.Line, $"A3_per_{variable.Unit}"),
        };
        if (variable == StrainVariable.Pressure)
        {
            json["birch_murnaghan_2nd"] = BirchMurnaghan(volume.SecondOrder);
            json["birch_murnaghan_3rd"] = BirchMurnaghan(volume.ThirdOrder);
        }

        return json;
    }

    private static JsonObject? BirchMurnaghan(BirchMurnaghanFit? fit) => fit is null ? null : new JsonObject
    {
        ["v0_A3"] = Number(fit.V0.Value),
        ["v0_A3_stderr"] = Number(fit.V0.StdErr),
        ["b0_GPa"] = Number(fit.B0.Value),
        ["b0_GPa_stderr"] = Number(fit.B0.StdErr),
        ["b_prime"] = Number(fit.BPrime.Value),
        ["b_prime_stderr"] = fit.BPrime.IsFixed ? null : Number(fit.BPrime.StdErr),
        ["b_prime_fixed"] = fit.BPrime.IsFixed,
        ["correlation_v0_b0"] = Number(fit.CorrelationV0B0),
        ["correlation_b0_b_prime"] = Number(fit.CorrelationB0BPrime),
        ["chi_square"] = Number(fit.ChiSquare),
        ["degrees_of_freedom"] = fit.DegreesOfFreedom,
        ["rms_residual_GPa"] = Number(fit.RmsResidualGPa),
        ["weighted"] = fit.IsWeighted,
        ["converged"] = fit.Converged,
    };

    private static JsonObject Line(StraightLineFit line, string slopeUnit) => new()
    {
        ["intercept"] = Number(line.Intercept),
        ["intercept_stderr"] = Number(Math.Sqrt(line.VarianceIntercept)),
        ["slope_" + slopeUnit] = Number(line.Slope),
        ["slope_" + slopeUnit + "_stderr"] = Number(line.SlopeStdErr),
    };

    private static JsonArray Numbers(IEnumerable<double> values) => new(values.Select(Number).ToArray());

    private static JsonNode? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;
}
