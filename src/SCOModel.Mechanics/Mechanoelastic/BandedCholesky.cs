using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// The Cholesky factor L (A = L Lᵀ) of a symmetric positive-definite band matrix of half bandwidth b, stored by rows:
/// row i holds columns i − b .. i in ascending order, entry (i, j) at i (b + 1) + b − (i − j) (the slots of columns
/// before 0 in the first rows are unused). Factoring costs n b²/2 multiply-adds, a solve 2 n b: for a 2D sample
/// numbered row by row, b is about two rows of degrees of freedom, so the factor of the stiffness matrix is cheap to
/// keep and reuse. Rows are contiguous in column order so that every inner loop (the dot products of the factorisation
/// and of the forward substitution, the updates of the backward one) runs over adjacent memory in SIMD vectors.
/// <para>
/// A solve streams the whole factor through the processor twice, and once the factor outgrows the caches (8.6 MB for
/// a 64 × 64 sample in double precision) memory bandwidth, not arithmetic, bounds it. As a preconditioner
/// (<see cref="NewtonRelaxation"/>) the factor is therefore kept, and the solve done, in single precision: half the
/// bytes and twice the SIMD width, about twice as fast, with errors of order 10⁻⁷ times the condition number that the
/// conjugate gradients correct. Immutable once factored: relaxations of the same sample on several threads share one
/// (a single-precision solve works in a buffer of the caller's).
/// </para>
/// </summary>
internal sealed class BandedCholesky
{
    private readonly double[]? _factor;
    private readonly float[]? _single;
    private readonly int _n;
    private readonly int _band;

    private BandedCholesky(double[] factor, int n, int band, bool singlePrecision)
    {
        if (singlePrecision)
        {
            _single = new float[factor.Length];
            for (int k = 0; k < factor.Length; k++)
            {
                _single[k] = (float)factor[k];
            }
        }
        else
        {
            _factor = factor;
        }

        _n = n;
        _band = band;
    }

    /// <summary>The slot of entry (i, j), j in i − b .. i, in the row storage described above.</summary>
    public static int Slot(int i, int j, int band) => i * (band + 1) + band - (i - j);

    /// <summary>
    /// Factors the band matrix (lower band by rows, as above; overwritten) in double precision; null if it is not
    /// positive definite. With <paramref name="singlePrecision"/> the factor is then kept, and solves done, in single
    /// precision (see the class remarks).
    /// </summary>
    public static BandedCholesky? Factor(double[] lowerBand, int n, int band, bool singlePrecision = false)
    {
        ArgumentNullException.ThrowIfNull(lowerBand);
        int w = band + 1;
        if (lowerBand.Length < n * w)
        {
            throw new ArgumentException($"a band matrix of order {n} and half bandwidth {band} needs {n * w} slots", nameof(lowerBand));
        }

        for (int i = 0; i < n; i++)
        {
            int low = Math.Max(0, i - band);
            var row = lowerBand.AsSpan(Slot(i, low, band), i - low + 1);
            for (int j = low; j <= i; j++)
            {
                // L[i, j] = (A[i, j] − Σ_{k<j} L[i, k] L[j, k]) / L[j, j]; both rows start at column `low` here.
                var rowJ = lowerBand.AsSpan(Slot(j, low, band), j - low);
                double sum = row[j - low] - Dot(row[..(j - low)], rowJ);
                if (j < i)
                {
                    row[j - low] = sum / lowerBand[Slot(j, j, band)];
                }
                else
                {
                    if (!(sum > 0))
                    {
                        return null;
                    }

                    row[j - low] = Math.Sqrt(sum);
                }
            }
        }

        return new BandedCholesky(lowerBand, n, band, singlePrecision);
    }

    /// <summary>
    /// Solves A x = r in place (r becomes x); a single-precision factor works in <paramref name="work"/> (n entries).
    /// </summary>
    public void Solve(Span<double> r, Span<float> work = default)
    {
        if (r.Length != _n)
        {
            throw new ArgumentException($"the right-hand side has {r.Length} entries, the matrix order is {_n}", nameof(r));
        }

        if (_single is not null)
        {
            if (work.Length < _n)
            {
                throw new ArgumentException($"a single-precision solve needs a work buffer of {_n} entries", nameof(work));
            }

            var x = work[.._n];
            for (int i = 0; i < _n; i++)
            {
                x[i] = (float)r[i];
            }

            Substitute<float>(_single, x);
            for (int i = 0; i < _n; i++)
            {
                r[i] = x[i];
            }

            return;
        }

        Substitute<double>(_factor!, r);
    }

    /// <summary>Forward (L y = r) then backward (Lᵀ x = y) substitution, in place.</summary>
    private void Substitute<T>(ReadOnlySpan<T> factor, Span<T> r)
        where T : unmanaged, System.Numerics.IFloatingPoint<T>
    {
        for (int i = 0; i < _n; i++)
        {
            int low = Math.Max(0, i - _band);
            r[i] = (r[i] - Dot(factor.Slice(Slot(i, low, _band), i - low), r[low..i])) / factor[Slot(i, i, _band)];
        }

        // Lᵀ by columns: x_i, then its share removed from the entries above.
        for (int i = _n - 1; i >= 0; i--)
        {
            int low = Math.Max(0, i - _band);
            T x = r[i] / factor[Slot(i, i, _band)];
            r[i] = x;
            Subtract(r[low..i], x, factor.Slice(Slot(i, low, _band), i - low));
        }
    }

    /// <summary>Σ a_k b_k over two spans of equal length, in SIMD vectors (two partial sums, to hide the adds' latency).</summary>
    private static T Dot<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b)
        where T : unmanaged, System.Numerics.IFloatingPoint<T>
    {
        int k = 0;
        T sum = T.Zero;
        int width = Vector256<T>.Count;
        if (Vector256.IsHardwareAccelerated && a.Length >= 2 * width)
        {
            ref T pa = ref MemoryMarshal.GetReference(a);
            ref T pb = ref MemoryMarshal.GetReference(b);
            var first = Vector256<T>.Zero;
            var second = Vector256<T>.Zero;
            for (; k + 2 * width <= a.Length; k += 2 * width)
            {
                first += Vector256.LoadUnsafe(ref pa, (nuint)k) * Vector256.LoadUnsafe(ref pb, (nuint)k);
                second += Vector256.LoadUnsafe(ref pa, (nuint)(k + width)) * Vector256.LoadUnsafe(ref pb, (nuint)(k + width));
            }

            sum = Vector256.Sum(first + second);
        }

        for (; k < a.Length; k++)
        {
            sum += a[k] * b[k];
        }

        return sum;
    }

    /// <summary>y −= x a over spans of equal length, in SIMD vectors.</summary>
    private static void Subtract<T>(Span<T> y, T x, ReadOnlySpan<T> a)
        where T : unmanaged, System.Numerics.IFloatingPoint<T>
    {
        int k = 0;
        int width = Vector256<T>.Count;
        if (Vector256.IsHardwareAccelerated)
        {
            ref T py = ref MemoryMarshal.GetReference(y);
            ref T pa = ref MemoryMarshal.GetReference(a);
            var vx = Vector256.Create(x);
            for (; k + width <= y.Length; k += width)
            {
                (Vector256.LoadUnsafe(ref py, (nuint)k) - vx * Vector256.LoadUnsafe(ref pa, (nuint)k)).StoreUnsafe(ref py, (nuint)k);
            }
        }

        for (; k < y.Length; k++)
        {
            y[k] -= x * a[k];
        }
    }
}
