using MathNet.Numerics.Distributions;
using SCOModel.Learning.Regressors;

namespace SCOModel.Learning.Tests;

/// <summary>The regressors against functions whose truth the test knows.</summary>
public sealed class RegressorTests
{
    [Fact]
    public void RidgeRecoversTheCoefficientsOfALinearModel()
    {
        double[] beta = [2.5, -1.0, 0.0, 4.0];
        const double intercept = 7;
        var random = new Random(11);
        var x = Enumerable.Range(0, 200).Select(_ => beta.Select(_ => (random.NextDouble() * 4) - 2).ToArray()).ToArray();
        var y = x.Select(r => intercept + r.Select((v, j) => v * beta[j]).Sum() + (0.05 * Normal.Sample(random, 0, 1))).ToArray();

        var model = (RidgeModel)new RidgeRegressor().Fit(x, y);

        for (int j = 0; j < beta.Length; j++)
        {
            Assert.Equal(beta[j], model.Coefficients[j], 0.02);
        }

        Assert.Equal(intercept, model.Intercept, 0.02);
        Assert.Equal(0.05, Math.Sqrt(model.ResidualVariance), 0.01);
    }

    [Fact]
    public void GaussianProcessRecoversASmoothFunctionAndItsIntervalsCoverAbout95Percent()
    {
        static double F(double a, double b) => Math.Sin(3 * a) + (0.5 * b * b);
        const double noise = 0.1;
        var random = new Random(5);
        double[][] Inputs(int n) => Enumerable.Range(0, n).Select(_ => new[] { (random.NextDouble() * 2) - 1, (random.NextDouble() * 2) - 1 }).ToArray();
        var train = Inputs(150);
        var yTrain = train.Select(r => F(r[0], r[1]) + (noise * Normal.Sample(random, 0, 1))).ToArray();
        var test = Inputs(300);
        var yTest = test.Select(r => F(r[0], r[1]) + (noise * Normal.Sample(random, 0, 1))).ToArray();

        var model = (GaussianProcessModel)new GaussianProcessRegressor(seed: 1).Fit(train, yTrain);
        var predictions = test.Select(model.Predict).ToArray();

        double rmseOfMean = Math.Sqrt(test.Select((r, i) => Math.Pow(predictions[i].Mean - F(r[0], r[1]), 2)).Average());
        Assert.True(rmseOfMean < 0.8 * noise, $"rmse of the mean vs the true function {rmseOfMean}");
        Assert.Equal(noise, model.NoiseSd * model.TargetScale, 0.04);

        // Under calibration, the number inside is Binomial(300, 0.95): accept within 3 standard deviations.
        int inside = yTest.Where((y, i) => y >= predictions[i].Interval95.Lower && y <= predictions[i].Interval95.Upper).Count();
        double expected = 0.95 * test.Length, sd = Math.Sqrt(test.Length * 0.95 * 0.05);
        Assert.True(Math.Abs(inside - expected) <= 3 * sd, $"{inside} of {test.Length} inside, expected {expected} ± {3 * sd:F1}");
    }

    [Fact]
    public void GradientBoostingBeatsRidgeOnFriedman1()
    {
        // Friedman #1 (Friedman, Ann. Statist. 19, 1 (1991)): y = 10 sin(π x1 x2) + 20 (x3 − ½)² + 10 x4 + 5 x5 + N(0, 1),
        // x ~ U(0, 1)^10, five inputs irrelevant.
        var random = new Random(2);
        (double[][] X, double[] Y) Sample(int n)
        {
            var x = Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, 10).Select(_ => random.NextDouble()).ToArray()).ToArray();
            var y = x.Select(r => (10 * Math.Sin(Math.PI * r[0] * r[1])) + (20 * Math.Pow(r[2] - 0.5, 2)) + (10 * r[3]) + (5 * r[4])
                + Normal.Sample(random, 0, 1)).ToArray();
            return (x, y);
        }

        var (xTrain, yTrain) = Sample(400);
        var (xTest, yTest) = Sample(400);
        double Rmse(IRegressionModel m) => Math.Sqrt(xTest.Select((r, i) => Math.Pow(m.Predict(r).Mean - yTest[i], 2)).Average());

        double boosted = Rmse(new GradientBoostingRegressor(seed: 3, rounds: 500, learningRate: 0.1, members: 1).Fit(xTrain, yTrain));
        double ridge = Rmse(new RidgeRegressor().Fit(xTrain, yTrain));

        Assert.True(boosted < 0.8 * ridge, $"boosting RMSE {boosted} vs ridge {ridge}");
    }

    [Fact]
    public void TheSameSeedGivesTheSameBoostedModelAndAnotherSeedAnother()
    {
        var random = new Random(4);
        var x = Enumerable.Range(0, 60).Select(_ => new[] { random.NextDouble(), random.NextDouble() }).ToArray();
        var y = x.Select(r => r[0] + (r[1] * r[1])).ToArray();
        string Fit(int seed) => new GradientBoostingRegressor(seed, rounds: 30).Fit(x, y).State().ToJsonString();

        Assert.Equal(Fit(9), Fit(9));
        Assert.NotEqual(Fit(9), Fit(10));
    }
}
