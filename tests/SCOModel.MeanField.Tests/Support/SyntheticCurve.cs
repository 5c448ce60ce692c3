using SCOModel.Core.Protocols;
using SCOModel.MeanField.Fitting;

namespace SCOModel.MeanField.Tests.Support;

/// <summary>
/// Synthetic measurements: a model curve on given branches plus Gaussian noise from a fixed-seed generator
/// (SplitMix64 and Box–Muller, written here so that the data never change with the runtime's Random).
/// </summary>
internal sealed class SyntheticCurve(ulong seed)
{
    private ulong _state = seed;

    public static double[] Range(double from, double to, double step) => ValueRange.Inclusive(from, to, step);

    public TransitionData Make(Func<double[], Branch, double[]> curve, double[] temperatures, Branch[] branches,
        double sigma, CurveObservable observable = CurveObservable.HighSpinFraction, bool withStdErr = false)
    {
        var points = new List<TransitionDataPoint>();
        foreach (var branch in branches)
        {
            var values = curve(temperatures, branch);
            for (int k = 0; k < temperatures.Length; k++)
            {
                points.Add(new TransitionDataPoint(temperatures[k], values[k] + (sigma * Gaussian()), branch,
                    withStdErr ? sigma : null));
            }
        }

        return new TransitionData(observable, points, "synthetic");
    }

    public double Gaussian()
    {
        double u = 1 - Uniform();
        double v = Uniform();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }

    private double Uniform()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }
}
