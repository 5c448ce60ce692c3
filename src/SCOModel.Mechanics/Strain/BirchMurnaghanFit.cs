namespace SCOModel.Mechanics.Strain;

/// <summary>
/// A Birch–Murnaghan equation of state fitted to cell volumes against pressure: V₀, B₀ and (third order) B′ with
/// standard errors. As PASCal does (Cliffe &amp; Goodwin, J. Appl. Cryst. 2012, 45, 1321), the pressure is the
/// dependent variable, P(V) of <see cref="BirchMurnaghan.Pressure"/>, so the equation never has to be inverted;
/// the second order is the third with B′ held at 4.
/// </summary>
public sealed record BirchMurnaghanFit
{
    /// <summary>2 or 3.</summary>
    public required int Order { get; init; }

    /// <summary>V₀, Å³: the volume at zero pressure.</summary>
    public required FittedValue V0 { get; init; }

    /// <summary>B₀, GPa: the bulk modulus at zero pressure.</summary>
    public required FittedValue B0 { get; init; }

    /// <summary>B′ = dB/dP at zero pressure (held at 4 in the second order).</summary>
    public required FittedValue BPrime { get; init; }

    /// <summary>The correlation of V₀ and B₀ in the fit.</summary>
    public required double CorrelationV0B0 { get; init; }

    /// <summary>The correlation of B₀ and B′ (NaN at second order), which is usually strong (≈ −0.9).</summary>
    public required double CorrelationB0BPrime { get; init; }

    /// <summary>Σ (residual/σ)² in pressure (unweighted: Σ residual², GPa²).</summary>
    public required double ChiSquare { get; init; }

    /// <summary>Points less free parameters.</summary>
    public required int DegreesOfFreedom { get; init; }

    /// <summary>True when weighted by pressure errors.</summary>
    public required bool IsWeighted { get; init; }

    /// <summary>True when the fit converged.</summary>
    public required bool Converged { get; init; }

    /// <summary>The root-mean-square pressure residual, GPa.</summary>
    public required double RmsResidualGPa { get; init; }

    /// <summary>P (GPa) of the fitted equation at volume V (Å³).</summary>
    public double PressureAt(double volume) => BirchMurnaghan.Pressure(volume, V0.Value, B0.Value, BPrime.Value);

    /// <summary>V (Å³) of the fitted equation at pressure P (GPa).</summary>
    public double VolumeAt(double pressure) => BirchMurnaghan.Volume(pressure, V0.Value, B0.Value, BPrime.Value);

    /// <summary>
    /// Fits the equation of the given order (2 or 3) to volumes (Å³) at pressures (GPa), weighted by
    /// <paramref name="pressureStdErr"/> when every point has one. Start values: V₀ and B₀ = −V₀/(dV/dP) from the
    /// straight line through V(P), B′ = 4. Null when the data cannot determine the equation (fewer points than
    /// parameters, or a volume that does not fall with pressure).
    /// </summary>
    public static BirchMurnaghanFit? Fit(IReadOnlyList<double> volumes, IReadOnlyList<double> pressures,
        IReadOnlyList<double>? pressureStdErr, int order, double startV0, double startB0)
    {
        ArgumentNullException.ThrowIfNull(volumes);
        ArgumentNullException.ThrowIfNull(pressures);
        if (order is not (2 or 3))
        {
            throw new ArgumentOutOfRangeException(nameof(order), order, "a Birch–Murnaghan equation is of order 2 or 3");
        }

        if (volumes.Distinct().Count() < order || !(startV0 > 0 && startB0 > 0))
        {
            return null;
        }

        var fit = LevenbergMarquardt.Fit(
            (p, v) => BirchMurnaghan.Pressure(v, p[0], p[1], p[2]),
            volumes, pressures, pressureStdErr, [startV0, startB0, BirchMurnaghan.SecondOrderBPrime],
            isFixed: [false, false, order == 2]);
        var p = fit.Parameters;
        var c = fit.Covariance;
        double Correlation(int i, int j) => c[i, j] / Math.Sqrt(c[i, i] * c[j, j]);
        double rms = Math.Sqrt(volumes.Select((v, i) => BirchMurnaghan.Pressure(v, p[0], p[1], p[2]) - pressures[i])
            .Average(r => r * r));
        return new BirchMurnaghanFit
        {
            Order = order,
            V0 = new FittedValue(p[0], fit.StdErrs[0]),
            B0 = new FittedValue(p[1], fit.StdErrs[1]),
            BPrime = new FittedValue(p[2], fit.StdErrs[2], IsFixed: order == 2),
            CorrelationV0B0 = Correlation(0, 1),
            CorrelationB0BPrime = order == 3 ? Correlation(1, 2) : double.NaN,
            ChiSquare = fit.ChiSquare,
            DegreesOfFreedom = fit.DegreesOfFreedom,
            IsWeighted = fit.IsWeighted,
            Converged = fit.Converged && p.All(double.IsFinite),
            RmsResidualGPa = rms,
        };
    }
}
