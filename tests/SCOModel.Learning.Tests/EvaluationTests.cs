using System.Globalization;
using System.Text;
using SCOModel.Core.Configuration;
using SCOModel.Learning.Evaluation;
using SCOModel.Learning.Persistence;

namespace SCOModel.Learning.Tests;

/// <summary>Grouped folds, determinism of training, and the model file's round trip and checks.</summary>
public sealed class EvaluationTests
{
    private static string Data(int rows, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder("family,x1,x2,kind,t\n");
        for (int i = 0; i < rows; i++)
        {
            double x1 = random.NextDouble(), x2 = random.NextDouble();
            string kind = random.Next(2) == 0 ? "a" : "b";
            double t = 100 + (80 * x1) + (30 * x2 * x2) + (kind == "a" ? 10 : 0) + random.NextDouble();
            text.Append(CultureInfo.InvariantCulture, $"f{i % 7},{x1},{(i % 9 == 0 ? string.Empty : x2.ToString(CultureInfo.InvariantCulture))},{kind},{t}\n");
        }

        return text.ToString();
    }

    [Fact]
    public void GroupedFoldsNeverSplitAGroupAndAreBalanced()
    {
        var random = new Random(1);
        var groups = Enumerable.Range(0, 300).Select(_ => $"g{random.Next(40)}").ToArray();
        int[] fold = GroupedFolds.Assign(groups, 5, seed: 3);
        foreach (var g in groups.Distinct())
        {
            Assert.Single(groups.Select((name, i) => (name, i)).Where(p => p.name == g).Select(p => fold[p.i]).Distinct());
        }

        var sizes = Enumerable.Range(0, 5).Select(f => fold.Count(v => v == f)).ToArray();
        Assert.True(sizes.Max() - sizes.Min() <= groups.GroupBy(g => g).Max(g => g.Count()), string.Join(",", sizes));
        Assert.Throws<ArgumentException>(() => GroupedFolds.Assign(["a", "a", "b"], 3, 1));
    }

    [Theory]
    [InlineData("gp")]
    [InlineData("gbt")]
    [InlineData("ridge")]
    public void TheSameSeedGivesTheSameModelAndMetricsAndTheModelBeatsTheMean(string kind)
    {
        var set = Support.Training(Data(60, 2), "t", "family");
        var provenance = new TrainingProvenance("d.csv", "0", set.Features.RowCount, 0);
        var (first, validation) = ModelTrainer.Train(set, kind, 4, 5, provenance);
        var (second, _) = ModelTrainer.Train(set, kind, 4, 5, provenance);
        Assert.Equal(ModelFile.Format(first), ModelFile.Format(second));
        Assert.True(validation!.Model.Rmse.Mean < 0.5 * validation.Baseline.Rmse.Mean,
            $"{kind} rmse {validation.Model.Rmse.Mean} vs mean predictor {validation.Baseline.Rmse.Mean}");
        Assert.Equal("x1", validation.Importances[0].Column);
    }

    [Fact]
    public void AModelFolderRoundTripsAndIncompatibleFilesSayWhatIsWrong()
    {
        var set = Support.Training(Data(40, 3), "t", "family");
        var (model, _) = ModelTrainer.Train(set, "gp", 3, 1, new TrainingProvenance("d.csv", "abc", 40, 0));
        string directory = Path.Combine(Path.GetTempPath(), "sco-learning-" + Guid.NewGuid().ToString("N"));
        try
        {
            ModelFile.Write(directory, model);
            var read = ModelFile.Read(directory);
            var before = model.Predict(set.Features);
            var after = read.Predict(set.Features);
            for (int i = 0; i < before.Count; i++)
            {
                Assert.Equal(before[i].Mean, after[i].Mean, 9);
                Assert.Equal(before[i].Variance, after[i].Variance, 9);
            }

            string file = Path.Combine(directory, ModelFile.FileName);
            string text = File.ReadAllText(file);
            File.WriteAllText(file, text.Replace("\"format_version\": 1", "\"format_version\": 99", StringComparison.Ordinal));
            var version = Assert.Throws<ConfigException>(() => ModelFile.Read(directory));
            Assert.Contains("model format 99", version.Message, StringComparison.Ordinal);

            File.WriteAllText(file, text.Replace("\"kind\": \"gp\"", "\"kind\": \"svm\"", StringComparison.Ordinal));
            Assert.Contains("unknown model kind 'svm'", Assert.Throws<ConfigException>(() => ModelFile.Read(directory)).Message, StringComparison.Ordinal);

            File.WriteAllText(file, "{ not json");
            Assert.Contains("not valid JSON", Assert.Throws<ConfigException>(() => ModelFile.Read(directory)).Message, StringComparison.Ordinal);
            Assert.Contains("does not exist", Assert.Throws<ConfigException>(() => ModelFile.Read(directory + "-none")).Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
