using MathNet.Numerics.LinearAlgebra;
using SCOModel.Mechanics.Mechanoelastic;

namespace SCOModel.Mechanics.Tests.Mechanoelastic;

public sealed class BandedCholeskyTests
{
    [Theory]
    [InlineData(40, 5, false, 12)]
    [InlineData(41, 9, false, 12)]
    [InlineData(61, 20, false, 12)]
    [InlineData(37, 1, false, 12)]
    [InlineData(41, 9, true, 5)]
    [InlineData(61, 20, true, 5)]
    public void ASolveMatchesTheDenseSolutionOfARandomBandMatrix(int n, int band, bool singlePrecision, int digits)
    {
        // Single precision: the factor rounded to float (relative error 6·10⁻⁸) and the diagonal dominance of the
        // matrix (condition number of order 10) leave about 6 significant digits.
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
                stored[BandedCholesky.Slot(i, i - d, band)] = dense[i, i - d];
            }
        }

        var rhs = Enumerable.Range(0, n).Select(_ => random.NextDouble()).ToArray();
        var expected = dense.Solve(Vector<double>.Build.DenseOfArray(rhs));

        var factor = BandedCholesky.Factor(stored, n, band, singlePrecision);
        Assert.NotNull(factor);
        factor.Solve(rhs, new float[n]);
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(expected[i], rhs[i], digits);
        }
    }

    [Fact]
    public void AnIndefiniteMatrixIsReportedNotFactored()
    {
        double[] stored = [0, 1, 2, 1]; // [[1, 2], [2, 1]], band 1: rows hold (i, i − 1), (i, i)
        Assert.Null(BandedCholesky.Factor(stored, 2, 1));
    }
}
