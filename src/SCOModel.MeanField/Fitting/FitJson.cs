using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using SCOModel.Core.Configuration;
using SCOModel.Core.Results;

namespace SCOModel.MeanField.Fitting;

/// <summary>
/// fit.json and fit_residuals.csv of `sco fit`: the fitted parameters with their errors and units, T1/2, the
/// correlation matrix, the goodness of fit, the loop or the plateau of the fitted model, and the warnings. Numbers that
/// are undefined (the error of a held parameter) or infinite (an unconstrained one) are written as null.
/// </summary>
public static class FitJson
{
    /// <summary>fit.json of a one-sublattice (Slichter–Drickamer) fit, with its pressure prediction when ΔV is known.</summary>
    public static string Format(SlichterDrickamerFitResult fit, string source, PressureShiftPrediction? prediction = null)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var loop = fit.Loop;
        var json = Common("slichter-drickamer", source, fit);
        json["loop"] = loop is null ? null : new JsonObject
        {
            ["t_up_K"] = loop.Heating.TemperatureK,
            ["t_down_K"] = loop.Cooling.TemperatureK,
            ["width_K"] = loop.WidthK,
        };
        json["gamma_K"] = fit.Model.GammaK;
        json["critical_gamma_K"] = Number(fit.Model.CriticalGammaK(fit.PressureGPa) ?? double.NaN);
        if (prediction is not null)
        {
            json["pressure_prediction"] = Prediction(prediction);
        }

        return ConfigJson.Format(json) + "\n";
    }

    /// <summary>fit.json of a two-sublattice fit, with the plateau of the fitted model.</summary>
    public static string Format(TwoSublatticeFitResult fit, string source)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var json = Common("two-sublattice", source, fit);
        json["two_step"] = fit.TwoStep is not { } step ? null : new JsonObject
        {
            ["first_step_K"] = step.FirstStepK,
            ["second_step_K"] = step.SecondStepK,
            ["plateau_n_hs"] = step.PlateauNHs,
            ["plateau_from_K"] = step.PlateauFromK,
            ["plateau_to_K"] = step.PlateauToK,
            ["plateau_width_K"] = step.PlateauWidthK,
        };
        return ConfigJson.Format(json) + "\n";
    }

    /// <summary>fit_residuals.csv: branch,temperature_K,observed,model,residual,line — one row per data point.</summary>
    public static string ResidualsCsv(IEnumerable<FitResidual> residuals)
    {
        ArgumentNullException.ThrowIfNull(residuals);
        var text = new StringBuilder("branch,temperature_K,observed,model,residual,line\n");
        foreach (var r in residuals)
        {
            text.AppendJoin(',', ConfigJson.Name(r.Branch), ResultsCsv.Number(r.TemperatureK), ResultsCsv.Number(r.Observed),
                ResultsCsv.Number(r.Model), ResultsCsv.Number(r.Residual), r.Line.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// pressure_prediction.csv: pressure_GPa,t_half_K,t_up_K,t_down_K,width_K — one row per pressure, empty cells where
    /// the model has no crossover or no loop.
    /// </summary>
    public static string PressurePredictionCsv(PressureShiftPrediction prediction)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        static string Cell(double? value) => value is double v ? ResultsCsv.Number(v) : string.Empty;
        var text = new StringBuilder("pressure_GPa,t_half_K,t_up_K,t_down_K,width_K\n");
        foreach (var p in prediction.Points)
        {
            text.AppendJoin(',', ResultsCsv.Number(p.PressureGPa), Cell(p.THalfK), Cell(p.TUpK), Cell(p.TDownK),
                Cell(p.WidthK)).Append('\n');
        }

        return text.ToString();
    }

    private static JsonObject Prediction(PressureShiftPrediction prediction)
    {
        var volume = prediction.Volume;
        var json = new JsonObject
        {
            ["delta_v_A3"] = volume.PerMoleculeA3,
            ["delta_v_source"] = volume.Source == VolumeChangeSource.CellVolumes ? "cell volumes" : "given",
        };
        if (volume.Source == VolumeChangeSource.CellVolumes)
        {
            json["cell_volume_ls_A3"] = Number(volume.LowSpinCellA3 ?? double.NaN);
            json["cell_volume_hs_A3"] = Number(volume.HighSpinCellA3 ?? double.NaN);
            json["molecules_per_cell"] = volume.MoleculesPerCell;
        }

        json["dt_half_dp_K_per_GPa"] = Number(prediction.SlopeKPerGPa);
        json["dt_half_dp_K_per_GPa_stderr"] = Number(prediction.SlopeStdErrKPerGPa);
        json["dt_half_dp_K_per_kbar"] = Number(prediction.SlopeKPerKbar);
        json["dt_half_dp_K_per_kbar_stderr"] = Number(prediction.SlopeStdErrKPerKbar);
        json["critical_pressure_GPa"] = Number(prediction.CriticalPressureGPa ?? double.NaN);
        json["critical_pressure_GPa_stderr"] = Number(prediction.CriticalPressureStdErrGPa);
        json["critical_temperature_K"] = Number(prediction.CriticalTemperatureK ?? double.NaN);
        json["critical_temperature_K_stderr"] = Number(prediction.CriticalTemperatureStdErrK);
        json["pressure_from_GPa"] = Number(prediction.Points.Count > 0 ? prediction.Points.Min(p => p.PressureGPa) : double.NaN);
        json["pressure_to_GPa"] = Number(prediction.Points.Count > 0 ? prediction.Points.Max(p => p.PressureGPa) : double.NaN);
        json["pressure_points"] = prediction.Points.Count;
        json["note"] = PressureShiftPrediction.ErrorNote;
        return json;
    }

    private static JsonObject Common(string model, string source, TransitionFitResult fit)
    {
        var (observable, parameters, tHalf, correlation) = (fit.Observable, fit.Parameters, fit.THalf, fit.Correlation);
        var (chiSquare, dof, isWeighted, converged) = (fit.ChiSquare, fit.DegreesOfFreedom, fit.IsWeighted, fit.Converged);
        var (residuals, warnings) = (fit.Residuals, fit.Warnings);
        var values = new JsonObject();
        foreach (var p in parameters.Append(tHalf))
        {
            values[p.Name] = new JsonObject
            {
                ["value"] = Number(p.Value),
                ["stderr"] = Number(p.StdErr),
                ["unit"] = p.Unit,
                ["symbol"] = p.Symbol,
                ["fixed"] = p.IsFixed,
                ["at_bound"] = p.AtBound,
            };
        }

        return new JsonObject
        {
            ["model"] = model,
            ["data"] = source,
            ["observable"] = observable == CurveObservable.ChiT ? "chiT" : "n_hs",
            ["points"] = residuals.Count,
            ["parameters"] = values,
            ["correlation"] = new JsonObject
            {
                ["names"] = new JsonArray(correlation.Names.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray()),
                ["matrix"] = new JsonArray(correlation.Values
                    .Select(row => (JsonNode?)new JsonArray(row.Select(Number).ToArray())).ToArray()),
            },
            ["chi_square"] = Number(chiSquare),
            ["degrees_of_freedom"] = dof,
            ["reduced_chi_square"] = Number(dof > 0 ? chiSquare / dof : double.NaN),
            ["rms_residual"] = Number(Math.Sqrt(residuals.Average(r => r.Residual * r.Residual))),
            ["weighted"] = isWeighted,
            ["converged"] = converged,
            ["warnings"] = new JsonArray(warnings.Select(w => (JsonNode?)JsonValue.Create(w)).ToArray()),
        };
    }

    private static JsonNode? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;
}
