using MathNet.Numerics.LinearAlgebra;
using SCOModel.Mechanics.Mechanoelastic;

namespace SCOModel.Mechanics.Tests.Mechanoelastic;

public sealed class BandedCholeskyTests
{
    [Fact]
    public void ASolveMatchesTheDenseSolutionOfARandomBandMatrix()
    {
        const int n = 40, band = 5;
        var random = new Random(11);
        var dense = Matrix<double>.Build.Dense(n, n);
        for (int i = 0; i < n; i++)
        {
            for (int j = Math.Max(0, i - band); j < i; j++)
            {
                dense[i, j] = dense[j, i] = random.NextDouble() - 0.5;
            }

            dense[i, i] = 2 * band + random.NextDouble();
        }

        var stored = new double[n * (band + 1)];
        for (int i = 0; i < n; i++)
        {
            for (int d = 0; d <= band && d <= i; d++)
            {
                stored[i * (band + 1) + d] = dense[i, i - d];
            }
        }

        var rhs = Enumerable.Range(0, n).Select(_ => random.NextDouble()).ToArray();
        var expected = dense.Solve(Vector<double>.Build.DenseOfArray(rhs));

        var factor = BandedCholesky.Factor(stored, n, band);
        Assert.NotNull(factor);
        factor.Solve(rhs);
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(expected[i], rhs[i], 12);
        }
    }

    [Fact]
    public void AnIndefiniteMatrixIsReportedNotFactored()
    {
        double[] stored = [1, 0, 1, 2]; // [[1, 2], [2, 1]], band 1
        Assert.Null(BandedCholesky.Factor(stored, 2, 1));
    }
}
