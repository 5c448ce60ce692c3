using SCOModel.MonteCarlo.Statistics;

namespace SCOModel.MonteCarlo.Tests.Statistics;

/// <summary>
/// The binning analysis against processes whose autocorrelation is known exactly. AR(1), x_{t+1} = ρ x_t + ε_t with
/// ε ~ N(0, 1): σ² = 1/(1 − ρ²), ρ(t) = ρ^t, so τ_int = 1/2 + Σ_{t≥1} ρ^t = (1 + ρ)/(2(1 − ρ)), and the variance of
/// the mean of n consecutive values is exactly (σ²/n)[(1 + ρ)/(1 − ρ) − 2ρ(1 − ρ^n)/(n(1 − ρ)²)].
/// </summary>
public class BinningAnalysisTests
{
    private static double Gaussian(System.Random random)
    {
        double u1 = 1 - random.NextDouble(), u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private static BinnedSeries AutoRegressive(System.Random random, double rho, int length, double offset = 0)
    {
        var series = new BinnedSeries();
        double x = Gaussian(random) / Math.Sqrt(1 - (rho * rho)); // stationary start
        for (int k = 0; k < length; k++)
        {
            series.Add(offset + x);
            x = (rho * x) + Gaussian(random);
        }

        return series;
    }

    private static double TrueStdErrOfMean(double rho, int length, int replicas)
    {
        double sigma2 = 1 / (1 - (rho * rho));
        double perReplica = sigma2 / length *
            (((1 + rho) / (1 - rho)) - (2 * rho * (1 - Math.Pow(rho, length)) / (length * (1 - rho) * (1 - rho))));
        return Math.Sqrt(perReplica / replicas);
    }

    [Theory]
    [InlineData(0.9, 11)]
    [InlineData(0.97, 12)]
    public void AutoRegressiveSeriesGiveTheirTauAndTheTrueError(double rho, int seed)
    {
        // 8 replicas × 2^15: the plateau level (blocks ≥ 16 τ) keeps ≥ 8 × 31 degrees of freedom, so V is known to
        // ≲ √(2/248) ≈ 9 % (τ and the variance) and the error to ≲ 4.5 %, plus a bias ≈ −τ/b ≥ −1/16 on V. The
        // bounds are ±20 % on τ and ±12 % on the error: beyond 2.5 standard deviations after the bias.
        const int replicas = 8, length = 1 << 15;
        var random = new System.Random(seed);
        var series = Enumerable.Range(0, replicas).Select(_ => AutoRegressive(random, rho, length)).ToArray();
        var analysis = BinningAnalysis.Analyse(series);

        double tau = (1 + rho) / (2 * (1 - rho));
        Assert.True(analysis.Plateau);
        Assert.InRange(analysis.TauIntSweeps, 0.8 * tau, 1.2 * tau);
        double truth = TrueStdErrOfMean(rho, length, replicas);
        Assert.InRange(analysis.StdErr, 0.88 * truth, 1.12 * truth);
        Assert.InRange(analysis.Mean, -4 * truth, 4 * truth);
        Assert.True(analysis.Converged);
        Assert.False(analysis.ReplicasDisagree);
    }

    [Fact]
    public void IndependentDataHaveTauOneHalf()
    {
        // 4 × 2^14 Gaussian values of sd 2: the plateau is at blocks of 8 (≥ 16 × 1/2) with 4 × 2047 degrees of
        // freedom, so τ is known to ≈ √(2/8188) ≈ 1.6 %: ±10 % is beyond 6 standard deviations.
        var random = new System.Random(123);
        const int replicas = 4, length = 1 << 14;
        var series = Enumerable.Range(0, replicas).Select(_ =>
        {
            var s = new BinnedSeries();
            for (int k = 0; k < length; k++)
            {
                s.Add(5 + (2 * Gaussian(random)));
            }

            return s;
        }).ToArray();

        var analysis = BinningAnalysis.Analyse(series);
        Assert.True(analysis.Plateau);
        Assert.InRange(analysis.TauIntSweeps, 0.45, 0.55);
        double expected = 2 / Math.Sqrt(replicas * length);
        Assert.InRange(analysis.StdErr, 0.92 * expected, 1.08 * expected);
    }

    [Fact]
    public void TheErrorRepairsTheNaiveOneOfCorrelatedData()
    {
        // ρ = 0.95: the naive σ/√n is too small by √(2τ) = √39 ≈ 6.2.
        var random = new System.Random(5);
        var series = AutoRegressive(random, 0.95, 1 << 16);
        var analysis = BinningAnalysis.Analyse([series]);
        double naive = Math.Sqrt(series.BlockSquares(0) / (series.Count - 1) / series.Count);
        Assert.InRange(analysis.StdErr / naive, 5, 7.5);
    }

    [Fact]
    public void ReplicasInDifferentStatesWidenTheErrorToTheirSpread()
    {
        // Two replicas each well measured (error ~ 0.007) but 1 apart, as on two metastable branches: the error of
        // the mean must be their spread, |m1 − m2|/2 = 0.5, not the within-replica error.
        var random = new System.Random(8);
        var analysis = BinningAnalysis.Analyse(
            [AutoRegressive(random, 0.5, 1 << 14, offset: 0), AutoRegressive(random, 0.5, 1 << 14, offset: 1)]);
        Assert.True(analysis.ReplicasDisagree);
        Assert.InRange(analysis.StdErr, 0.48, 0.52);
    }

    [Fact]
    public void ARunShorterThanItsCorrelationIsFlagged()
    {
        // τ ≈ 100 and 2000 measurements: no level has blocks ≥ 1600 with 32 degrees of freedom.
        var random = new System.Random(3);
        var analysis = BinningAnalysis.Analyse([AutoRegressive(random, 0.99, 2000)]);
        Assert.False(analysis.Plateau);
        Assert.False(analysis.Converged);
    }

    [Fact]
    public void ChiSquareQuantilesAreCloseToTheTables()
    {
        // χ²_{k, 0.99}: 6.635 (k = 1), 11.345 (3), 23.209 (10), 63.691 (40).
        Assert.InRange(BinningAnalysis.ChiSquareQuantile(1, 2.3263478740408408), 6.635 * 0.98, 6.635 * 1.02);
        Assert.InRange(BinningAnalysis.ChiSquareQuantile(3, 2.3263478740408408), 11.345 * 0.995, 11.345 * 1.005);
        Assert.InRange(BinningAnalysis.ChiSquareQuantile(10, 2.3263478740408408), 23.209 * 0.995, 23.209 * 1.005);
        Assert.InRange(BinningAnalysis.ChiSquareQuantile(40, 2.3263478740408408), 63.691 * 0.995, 63.691 * 1.005);
    }
}
