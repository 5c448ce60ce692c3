namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// The Cholesky factor L (A = L Lᵀ) of a symmetric positive-definite band matrix, stored by rows: entry (i, i − d) at
/// i (b + 1) + d for d = 0..b, b the half bandwidth. Factoring costs n b², a solve 4 n b: for a 2D sample numbered row
/// by row, b is about two rows of degrees of freedom, so the factor of the stiffness matrix is cheap to keep and reuse.
/// </summary>
internal sealed class BandedCholesky
{
    private readonly double[] _factor;
    private readonly int _n;
    private readonly int _band;

    private BandedCholesky(double[] factor, int n, int band)
    {
        _factor = factor;
        _n = n;
        _band = band;
    }

    /// <summary>Factors the band matrix (lower band by rows, as above; overwritten); null if it is not positive definite.</summary>
    public static BandedCholesky? Factor(double[] lowerBand, int n, int band)
    {
        int w = band + 1;
        for (int j = 0; j < n; j++)
        {
            double diagonal = lowerBand[j * w];
            int start = Math.Max(0, j - band);
            for (int k = start; k < j; k++)
            {
                double l = lowerBand[j * w + (j - k)];
                diagonal -= l * l;
            }

            if (!(diagonal > 0))
            {
                return null;
            }

            double pivot = Math.Sqrt(diagonal);
            lowerBand[j * w] = pivot;
            int end = Math.Min(n - 1, j + band);
            for (int i = j + 1; i <= end; i++)
            {
                double sum = lowerBand[i * w + (i - j)];
                for (int k = Math.Max(0, i - band); k < j; k++)
                {
                    sum -= lowerBand[i * w + (i - k)] * lowerBand[j * w + (j - k)];
                }

                lowerBand[i * w + (i - j)] = sum / pivot;
            }
        }

        return new BandedCholesky(lowerBand, n, band);
    }

    /// <summary>Solves A x = r in place (r becomes x).</summary>
    public void Solve(Span<double> r)
    {
        int w = _band + 1;
        for (int i = 0; i < _n; i++)
        {
            double sum = r[i];
            for (int k = Math.Max(0, i - _band); k < i; k++)
            {
                sum -= _factor[i * w + (i - k)] * r[k];
            }

            r[i] = sum / _factor[i * w];
        }

        for (int i = _n - 1; i >= 0; i--)
        {
            double sum = r[i];
            int end = Math.Min(_n - 1, i + _band);
            for (int k = i + 1; k <= end; k++)
            {
                sum -= _factor[k * w + (k - i)] * r[k];
            }

            r[i] = sum / _factor[i * w];
        }
    }
}
