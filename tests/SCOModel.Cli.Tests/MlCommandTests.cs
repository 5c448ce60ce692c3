using System.Globalization;
using System.Text.Json.Nodes;

namespace SCOModel.Cli.Tests;

/// <summary>
/// `sco dataset generate`, `sco ml train`, `sco ml predict` and `sco screen` end to end on a small generated dataset;
/// bad inputs exit 2 naming what is wrong.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class MlCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Generate(int samples)
    {
        string data = _temp.Sub("syn.csv");
        var outcome = Sco.Run("dataset", "generate", "--samples", samples.ToString(CultureInfo.InvariantCulture), "--seed", "2", "--out", data);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        return data;
    }

    [Fact]
    public void TrainPredictAndScreenEndToEnd()
    {
        string data = Generate(50);
        string model = _temp.Sub("model");
        var train = Sco.Run("ml", "train", data, "--target", "T_half_K", "--group", "family", "--model", "gbt",
            "--features", "mean_d_A,sigma_deg,anion", "--folds", "4", "--out", model);
        Assert.True(train.ExitCode == 0, train.Error);
        foreach (string file in new[] { "model.json", "cv_predictions.csv", "parity.svg", "residuals.svg", "report.html" })
        {
            Assert.True(File.Exists(Path.Combine(model, file)), file);
        }

        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(model, "model.json")))!;
        Assert.Equal("T_half_K", (string?)json["target"]);
        Assert.Equal(64, ((string?)json["training_data"]!["sha256"])!.Length);
        double rmse = (double)json["cross_validation"]!["metrics"]!["rmse"]!["mean"]!;
        double floor = (double)json["cross_validation"]!["mean_predictor_metrics"]!["rmse"]!["mean"]!;
        Assert.True(rmse < floor, $"{rmse} vs {floor}");

        string candidates = _temp.File("cand.csv", "name,anion,mean_d_A,sigma_deg\nshort,BF4,1.91,40\nlong,PF6,2.01,90\nodd,SbF6,1.96,\n");
        string predictions = _temp.Sub("pred.csv");
        var predict = Sco.Run("ml", "predict", model, candidates, "--out", predictions);
        Assert.True(predict.ExitCode == 0, predict.Error);
        Assert.Contains("level 'SbF6' was not seen in training", predict.Error, StringComparison.Ordinal);
        var lines = File.ReadAllLines(predictions);
        Assert.Equal("line,name,T_half_K_predicted,T_half_K_sd,T_half_K_lower_95,T_half_K_upper_95", lines[0]);
        Assert.Equal(4, lines.Length);
        double Predicted(int row) => double.Parse(lines[row].Split(',')[2], CultureInfo.InvariantCulture);
        Assert.True(Predicted(1) > Predicted(2), "a shorter <D> gives a higher T1/2 in the synthetic data");

        string ranking = _temp.Sub("screen.csv");
        var screen = Sco.Run("screen", model, candidates, "--window", "150:400", "--min-width", "1", "--width-model", model, "--out", ranking);
        Assert.True(screen.ExitCode == 0, screen.Error);
        Assert.True(File.Exists(_temp.Sub("screen.svg")));
        var ranked = File.ReadAllLines(ranking);
        Assert.StartsWith("rank,line,name,T_half_K_predicted,T_half_K_sd,p_window,", ranked[0], StringComparison.Ordinal);
        var probabilities = ranked.Skip(1).Select(l => double.Parse(l.Split(',')[^1], CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(probabilities.OrderByDescending(p => p), probabilities);
        Assert.All(probabilities, p => Assert.InRange(p, 0, 1));
    }

    [Fact]
    public void BadInputsExitTwoAndSayWhatIsWrong()
    {
        string data = Generate(24);
        string model = _temp.Sub("model");
        Assert.Equal(0, Sco.Run("ml", "train", data, "--target", "T_half_K", "--model", "ridge", "--features", "mean_d_A,anion", "--folds", "3", "--out", model).ExitCode);

        var noTarget = Sco.Run("ml", "train", data, "--target", "Tc", "--out", _temp.Sub("x"));
        Assert.Equal(2, noTarget.ExitCode);
        Assert.Contains("no column 'Tc'", noTarget.Error, StringComparison.Ordinal);

        var badModel = Sco.Run("ml", "train", data, "--target", "T_half_K", "--model", "svm");
        Assert.Equal(2, badModel.ExitCode);
        Assert.Contains("unknown model 'svm'", badModel.Error, StringComparison.Ordinal);

        var fewGroups = Sco.Run("ml", "train", data, "--target", "T_half_K", "--group", "anion", "--folds", "5", "--out", _temp.Sub("y"));
        Assert.Equal(2, fewGroups.ExitCode);
        Assert.Contains("cannot fill 5 folds", fewGroups.Error, StringComparison.Ordinal);

        string missing = _temp.File("missing.csv", "name,anion\na,BF4\n");
        var noColumn = Sco.Run("ml", "predict", model, missing, "--out", _temp.Sub("p.csv"));
        Assert.Equal(2, noColumn.ExitCode);
        Assert.Contains("missing feature column 'mean_d_A'", noColumn.Error, StringComparison.Ordinal);

        Assert.Equal(2, Sco.Run("ml", "predict", _temp.Sub("nowhere"), missing).ExitCode);
        string candidates = _temp.File("c.csv", "anion,mean_d_A\nBF4,1.95\n");
        var window = Sco.Run("screen", model, candidates, "--window", "300-200", "--out", _temp.Sub("s.csv"));
        Assert.Equal(2, window.ExitCode);
        Assert.Contains("--window", window.Error, StringComparison.Ordinal);
        Assert.Equal(2, Sco.Run("screen", model, candidates, "--window", "200:300", "--min-width", "5").ExitCode);
        Assert.Equal(2, Sco.Run("dataset", "generate", "--samples", "0").ExitCode);
    }
}
