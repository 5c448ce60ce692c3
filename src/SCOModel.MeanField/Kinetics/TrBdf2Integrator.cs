namespace SCOModel.MeanField.Kinetics;

/// <summary>
/// An adaptive TR-BDF2 integrator for the 1-D <see cref="RateEquation"/> (Bank et al. 1985; Hosea and Shampine 1996).
/// The rates span many decades over a temperature ramp (PHYSICS.md §3: k_HL(T) over more than twelve), so the equation
/// is stiff wherever the state sits near its quasi-stationary n and the interesting time scale is the ramp's: an
/// L-stable implicit method takes steps set by accuracy, not by the fastest rate. Each step is a trapezoidal stage to
/// t + γh and a BDF2 stage to t + h, γ = 2 − √2, so that both implicit equations z − d h f(z) = r share d = γ/2 and
/// are solved by Newton in one dimension. The local error is the difference from the third-order companion
/// (Hosea–Shampine), filtered by (1 − d h ∂f/∂n)^−1 so that it stays meaningful when h times the rate is large; it is
/// held below an absolute 1e-14 plus a relative 1e-10 of min(n, 1 − n), which keeps digits both of a small n_HS and of
/// a small LS fraction 1 − n. The per-step tolerance is that tight because the global error is roughly the sum of the
/// local ones over the 10^3–10^4 steps of a run (and self-acceleration amplifies it above n = 1/α): n_HS comes out to
/// ~1e-7 relative, and a ~300-point T(LIESST) run still takes a few tens of milliseconds. The state is kept in [0, 1].
/// </summary>
internal sealed class TrBdf2Integrator(RateEquation equation)
{
    /// <summary>Relative tolerance on n_HS (and on 1 − n_HS) per step.</summary>
    public const double RelativeTolerance = 1e-10;

    /// <summary>Absolute floor of the tolerance, where n or 1 − n is tiny.</summary>
    public const double AbsoluteTolerance = 1e-14;

    private static readonly double Gamma = 2 - Math.Sqrt(2);
    private static readonly double D = Gamma / 2;
    private static readonly double W = Math.Sqrt(2) / 4;

    // ŷ − y for the third-order companion ŷ = y_n + h((1 − w)/3 f_n + (3w + 1)/3 f_γ + d/3 f_{n+1}).
    private static readonly double ErrorAtStart = (1 - (4 * W)) / 3;
    private static readonly double ErrorAtStage = 1.0 / 3;
    private static readonly double ErrorAtEnd = -2 * D / 3;

    private const int MaxNewtonIterations = 12;

    // The step the controller proposes next; carried from interval to interval so that the many short intervals of a
    // log-spaced series do not restart it.
    private double _step = double.NaN;

    /// <summary>Accepted steps so far.</summary>
    public long Steps { get; private set; }

    /// <summary>Rejected step attempts so far (error too large or Newton failing).</summary>
    public long Rejections { get; private set; }

    /// <summary>Integrates n from <paramref name="fromS"/> to <paramref name="toS"/> along the ramp.</summary>
    public double Advance(double nHs, ControlRamp ramp, double fromS, double toS)
    {
        double t = fromS;
        double n = nHs;

        // The light and the ramp's slope change at each point, so the rate is evaluated afresh at an interval's start.
        var (f0, j0) = Evaluate(ramp, t, n);
        if (double.IsNaN(_step))
        {
            _step = j0 != 0 ? 0.01 / Math.Abs(j0) : toS - fromS;
        }

        while (t < toS)
        {
            double remaining = toS - t;
            if (remaining <= 1e-14 * Math.Abs(toS))
            {
                // Below the resolution of the clock (times summed along a ramp): nothing to integrate.
                break;
            }

            // Stretching a step by up to 1% to land on the point avoids a sliver of a last step.
            bool truncated = 1.01 * _step >= remaining;
            double h = truncated ? remaining : _step;
            if (h <= 1e-14 * Math.Abs(t))
            {
                throw new InvalidOperationException(
                    $"the mean-field rate equation cannot proceed at t = {t:g6} s (step {h:g3} s, n_HS = {n:g6})");
            }

            double dh = D * h;
            var stage = Solve(ramp, t + (Gamma * h), dh, n + (dh * f0), n);
            var end = stage.Converged ? Solve(ramp, t + h, dh, n + (W * h * (f0 + stage.Rate)), stage.Value) : stage;
            if (!end.Converged)
            {
                Rejections++;
                _step = h / 4;
                continue;
            }

            double estimate = h * ((ErrorAtStart * f0) + (ErrorAtStage * stage.Rate) + (ErrorAtEnd * end.Rate));
            double error = Math.Abs(estimate) / Math.Max(1, 1 - (dh * j0));
            double ratio = error / (AbsoluteTolerance + (RelativeTolerance * Math.Max(Scale(n), Scale(end.Value))));
            double factor = ratio > 0 ? Math.Clamp(0.9 * Math.Pow(ratio, -1.0 / 3), 0.2, 5) : 5;
            if (!(ratio <= 1))
            {
                Rejections++;
                _step = h * Math.Min(factor, 0.9);
                continue;
            }

            Steps++;
            t = truncated ? toS : t + h;
            n = Math.Clamp(end.Value, 0, 1);
            (f0, j0) = n == end.Value ? (end.Rate, end.Slope) : Evaluate(ramp, t, n);

            // A step cut short by the interval's end says nothing against the longer step proposed before it.
            _step = truncated ? Math.Max(_step, h * factor) : h * factor;
        }

        return n;
    }

    private static double Scale(double nHs) => Math.Max(Math.Min(nHs, 1 - nHs), 0);

    private (double Rate, double Slope) Evaluate(ControlRamp ramp, double timeS, double nHs) =>
        equation.Evaluate(nHs, ramp.TemperatureK(timeS), ramp.PressureGPa(timeS), ramp.ExcitationRatePerS);

    /// <summary>Newton on z − c f(t, z) = r, from <paramref name="guess"/>.</summary>
    private StageSolution Solve(ControlRamp ramp, double timeS, double c, double rhs, double guess)
    {
        double z = guess;
        for (int iteration = 0; iteration < MaxNewtonIterations; iteration++)
        {
            var (f, slope) = Evaluate(ramp, timeS, z);
            double derivative = 1 - (c * slope);

            // 1 − c ∂f/∂n ≤ 0 only where the cooperative feedback outruns the step (the unstable part of an S-shaped
            // rate): the implicit equation may then have several roots, and a shorter step is the safe answer.
            if (!(derivative > 0) || !double.IsFinite(f))
            {
                return default;
            }

            double correction = ((z - c * f) - rhs) / derivative;
            z -= correction;
            if (!double.IsFinite(z))
            {
                return default;
            }

            // Well inside the step's tolerance, but no finer than the rounding of z itself (near n = 1).
            if (Math.Abs(correction) <= (1e-3 * (AbsoluteTolerance + (RelativeTolerance * Scale(z)))) + (1e-15 * Math.Abs(z)))
            {
                var (rate, finalSlope) = Evaluate(ramp, timeS, z);
                return double.IsFinite(rate) ? new StageSolution(true, z, rate, finalSlope) : default;
            }
        }

        return default;
    }

    private readonly record struct StageSolution(bool Converged, double Value, double Rate, double Slope);
}
