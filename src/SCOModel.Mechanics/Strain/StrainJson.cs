using System.Text.Json.Nodes;
using SCOModel.Core.Configuration;
using SCOModel.Core.PhaseDiagrams;

namespace SCOModel.Mechanics.Strain;

/// <summary>
/// strain.json of `sco strain`: the principal coefficients with their errors, NLC/NTE flags and axes, the volume
/// coefficient and the Birch–Murnaghan fits, the method, and the warnings. Undefined numbers are written as null.
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
            ["principal_axes"] = new JsonArray(analysis.Axes.Select(a => (JsonNode?)Axis(a, variable)).ToArray()),
            ["volume"] = Volume(analysis.Volume, variable),
            ["warnings"] = new JsonArray(analysis.Warnings.Select(w => (JsonNode?)JsonValue.Create(w)).ToArray()),
        };
        return ConfigJson.Format(json) + "\n";
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
