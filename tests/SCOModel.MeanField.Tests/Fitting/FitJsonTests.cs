using System.Text.Json.Nodes;
using SCOModel.Core.Protocols;
using SCOModel.MeanField.Fitting;
using SCOModel.MeanField.Tests.Support;

namespace SCOModel.MeanField.Tests.Fitting;

/// <summary>fit.json and fit_residuals.csv carry the fit, with null for undefined numbers.</summary>
public class FitJsonTests
{
    [Fact]
    public void FitJsonHasParametersWithUnitsTheLoopAndNullForHeldErrors()
    {
        var truth = SlichterDrickamerModel.FromCalorimetric(20, 100, 5);
        var data = new SyntheticCurve(31).Make((t, b) => truth.BranchCurve(t, b), SyntheticCurve.Range(170, 230, 1),
            [Branch.Heating, Branch.Cooling], 0.01);
        var fit = SlichterDrickamerFit.Fit(data, new SlichterDrickamerFitOptions { FixedGammaKJPerMol = 5 });
        var json = JsonNode.Parse(FitJson.Format(fit, "loop.csv"))!;

        Assert.Equal("slichter-drickamer", (string?)json["model"]);
        Assert.Equal("n_hs", (string?)json["observable"]);
        var deltaH = json["parameters"]!["deltaH_kJmol"]!;
        Assert.Equal(fit.Parameter("ΔH").Value, (double)deltaH["value"]!, 12);
        Assert.Equal("kJ/mol", (string?)deltaH["unit"]);
        Assert.Null(json["parameters"]!["gamma_kJmol"]!["stderr"]);
        Assert.True((bool)json["parameters"]!["gamma_kJmol"]!["fixed"]!);
        Assert.NotNull(json["parameters"]!["tHalf_K"]);
        Assert.Equal(fit.Loop!.WidthK, (double)json["loop"]!["width_K"]!, 12);
        Assert.Equal(2, json["correlation"]!["names"]!.AsArray().Count);

        string csv = FitJson.ResidualsCsv(fit.Residuals);
        Assert.StartsWith("branch,temperature_K,observed,model,residual,line\nheating,170,", csv, StringComparison.Ordinal);
        Assert.Equal(data.Points.Count + 1, csv.TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public void PartlyMissingErrorBarsAreReported()
    {
        var points = Enumerable.Range(0, 40)
            .Select(k => new TransitionDataPoint(150 + (2.5 * k), 1 / (1 + Math.Exp((200 - (150 + (2.5 * k))) / 8)), Branch.Scan,
                k % 2 == 0 ? 0.01 : null))
            .ToArray();
        var fit = SlichterDrickamerFit.Fit(new TransitionData(CurveObservable.HighSpinFraction, points, "partial.csv"));
        Assert.False(fit.IsWeighted);
        Assert.Contains(fit.Warnings, w => w.Contains("only 20 of 40 points", StringComparison.Ordinal));
    }
}
