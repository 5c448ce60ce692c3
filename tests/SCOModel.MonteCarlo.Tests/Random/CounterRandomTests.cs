using SCOModel.MonteCarlo.Random;

namespace SCOModel.MonteCarlo.Tests.Random;

/// <summary>The uniform stream of one (seed, path, replica, purpose), indexed by (sweep, site).</summary>
public class CounterRandomTests
{
    private const int Sweeps = 50;
    private const int Sites = 4000;

    private static double[] Draw(CounterRandom random)
    {
        var values = new double[Sweeps * Sites];
        for (uint sweep = 0; sweep < Sweeps; sweep++)
        {
            for (int site = 0; site < Sites; site++)
            {
                values[(sweep * Sites) + site] = random.Uniform(sweep, site);
            }
        }

        return values;
    }

    private static double Correlation(double[] a, double[] b)
    {
        double ma = a.Average(), mb = b.Average();
        double cov = 0, va = 0, vb = 0;
        for (int k = 0; k < a.Length; k++)
        {
            cov += (a[k] - ma) * (b[k] - mb);
            va += (a[k] - ma) * (a[k] - ma);
            vb += (b[k] - mb) * (b[k] - mb);
        }

        return cov / Math.Sqrt(va * vb);
    }

    [Fact]
    public void UniformLiesStrictlyInsideTheUnitIntervalWithMeanHalfAndVarianceOneTwelfth()
    {
        var values = Draw(new CounterRandom(42, 0, 0, RandomPurpose.SpinUpdate));
        Assert.True(values.Min() > 0);
        Assert.True(values.Max() < 1);
        double mean = values.Average();
        double variance = values.Select(v => (v - mean) * (v - mean)).Average();

        // n = 200 000: the standard error of the mean is 0.00065, of the variance about 0.0002.
        Assert.InRange(mean, 0.5 - 0.003, 0.5 + 0.003);
        Assert.InRange(variance, (1.0 / 12) - 0.001, (1.0 / 12) + 0.001);

        // Ten equal bins each hold about a tenth (binomial sd ≈ 134 of 20 000).
        var counts = new int[10];
        foreach (double v in values)
        {
            counts[(int)(v * 10)]++;
        }

        Assert.All(counts, c => Assert.InRange(c, 20_000 - 700, 20_000 + 700));
    }

    [Fact]
    public void EqualsPhiloxOfTheDocumentedCounterAndKey()
    {
        // Slot k at a sweep is word k % 4 of Philox4x32-10 on the counter (k / 4, sweep, replica | purpose << 16, path)
        // under the key (low, high word of the seed).
        ulong seed = 0x0123456789abcdefUL;
        var random = new CounterRandom(seed, path: 7, replica: 3, RandomPurpose.SpinUpdate);
        var words = Philox4x32.Generate(2, 5, 3u | ((uint)RandomPurpose.SpinUpdate << 16), 7, 0x89abcdefu, 0x01234567u);
        Assert.Equal((words.X0 + 0.5) / 4294967296.0, random.Uniform(5, 8));
        Assert.Equal((words.X1 + 0.5) / 4294967296.0, random.Uniform(5, 9));
        Assert.Equal((words.X2 + 0.5) / 4294967296.0, random.Uniform(5, 10));
        Assert.Equal((words.X3 + 0.5) / 4294967296.0, random.Uniform(5, 11));
    }

    [Fact]
    public void BlockHoldsTheUniformsOfFourConsecutiveSlots()
    {
        var random = new CounterRandom(99, 1, 2, RandomPurpose.SpinUpdate);
        for (int block = 0; block < 50; block++)
        {
            var four = random.Block(3, block);
            for (int k = 0; k < 4; k++)
            {
                Assert.Equal(random.Uniform(3, (4 * block) + k), four.Uniform(k));
            }
        }
    }

    [Fact]
    public void SameArgumentsGiveTheSameNumbers()
    {
        Assert.Equal(
            Draw(new CounterRandom(9, 1, 2, RandomPurpose.SpinUpdate)),
            Draw(new CounterRandom(9, 1, 2, RandomPurpose.SpinUpdate)));
    }

    public static TheoryData<string, CounterRandom> OtherStreams => new()
    {
        { "other seed", new CounterRandom(43, 0, 0, RandomPurpose.SpinUpdate) },
        { "seed in the high word", new CounterRandom(42UL | (1UL << 32), 0, 0, RandomPurpose.SpinUpdate) },
        { "other path", new CounterRandom(42, 1, 0, RandomPurpose.SpinUpdate) },
        { "other replica", new CounterRandom(42, 0, 1, RandomPurpose.SpinUpdate) },
        { "other purpose", new CounterRandom(42, 0, 0, RandomPurpose.InitialState) },
    };

    [Theory]
    [MemberData(nameof(OtherStreams))]
    public void DifferentSeedPathReplicaOrPurposeGiveUncorrelatedStreams(string what, CounterRandom other)
    {
        var reference = Draw(new CounterRandom(42, 0, 0, RandomPurpose.SpinUpdate));
        var values = Draw(other);
        int equal = reference.Zip(values).Count(p => p.First == p.Second);
        Assert.True(equal < 5, $"{what}: {equal} identical numbers");
        Assert.InRange(Correlation(reference, values), -0.01, 0.01);
    }

    [Fact]
    public void NeighbouringSitesAndSweepsAreUncorrelated()
    {
        var random = new CounterRandom(1, 0, 0, RandomPurpose.SpinUpdate);
        var site = Enumerable.Range(0, 100_000).Select(i => random.Uniform(0, i)).ToArray();
        var nextSite = Enumerable.Range(1, 100_000).Select(i => random.Uniform(0, i)).ToArray();
        var nextSweep = Enumerable.Range(0, 100_000).Select(i => random.Uniform(1, i)).ToArray();
        Assert.InRange(Correlation(site, nextSite), -0.015, 0.015);
        Assert.InRange(Correlation(site, nextSweep), -0.015, 0.015);
    }

    [Fact]
    public void ReplicaMustFitItsSixteenBitField()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CounterRandom(1, 0, 65536, RandomPurpose.SpinUpdate));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CounterRandom(1, 0, -1, RandomPurpose.SpinUpdate));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CounterRandom(1, -1, 0, RandomPurpose.SpinUpdate));
        _ = new CounterRandom(1, 0, 65535, RandomPurpose.SpinUpdate);
    }
}
