using SCOModel.MonteCarlo.Kernels;

namespace SCOModel.MonteCarlo.Tests.Kernels;

/// <summary>
/// The integer test x &lt; ⌈p 2^32 − 1/2⌉ that the kernels use is exactly the uniform test (x + 1/2) 2^−32 &lt; p of
/// the original scalar kernel, including at the words next to the threshold and at p = 0 and p = 1.
/// </summary>
public class FlipThresholdsTests
{
    [Fact]
    public void IntegerThresholdDecidesLikeTheUniform()
    {
        var random = new System.Random(5);
        var probabilities = new List<double> { 0, 1, 1e-300, 2e-10, 0.5, 1 - 1e-16, Math.BitDecrement(1.0) };
        for (int k = 0; k < 2000; k++)
        {
            probabilities.Add(random.NextDouble());
            probabilities.Add(Math.Exp(-40 * random.NextDouble()));
        }

        foreach (double p in probabilities)
        {
            ulong t = FlipThresholds.Threshold(p);
            Assert.InRange(t, 0UL, 1UL << 32);
            foreach (long offset in new long[] { -2, -1, 0, 1, 2 })
            {
                long x = (long)t + offset;
                if (x is < 0 or > uint.MaxValue)
                {
                    continue;
                }

                bool uniform = (x + 0.5) * (1.0 / 4294967296.0) < p;
                Assert.Equal(uniform, (ulong)x < t);
            }
        }
    }
}
