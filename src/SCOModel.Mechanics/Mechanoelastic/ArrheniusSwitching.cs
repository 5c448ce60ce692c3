using SCOModel.Core.Protocols;

namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// The switching probabilities per Monte Carlo step of the mechanoelastic model (PHYSICS.md §4; Enachescu et al.,
/// Phys. Rev. B 82, 104114 (2010)), with the local pressure p_i shifting the barrier:
/// <code>
///   P_LH(i) = (1/τ) exp(−(Δ − T ln g)/(2T)) exp(−(E_a − κ p_i)/T)
///   P_HL(i) = (1/τ) exp(+(Δ − T ln g)/(2T)) exp(−(E_a + κ p_i)/T)
/// </code>
/// so that P_LH/P_HL = g e^(−Δ/T) e^(2κ p_i/T). One 1/τ serves a whole run: the largest value that keeps every
/// probability at most 1 at every temperature of the run for |p_i| up to a pressure scale (see
/// <see cref="MechanoelasticModel.PressureScale"/>); E_a thus sets how the dynamics slows on cooling. Probabilities are
/// still clamped at 1 and the clamps counted, should a configuration exceed the scale.
/// </summary>
public sealed class ArrheniusSwitching
{
    private readonly MechanoelasticParameters _parameters;

    /// <summary>Switching for the parameters, with 1/τ fixed by the run's temperatures and local-pressure scale (K/Å).</summary>
    public ArrheniusSwitching(MechanoelasticParameters parameters, IEnumerable<double> temperaturesK, double pressureScale)
        : this(parameters, temperaturesK.Select(t => new ControlPoint(t, 0)), pressureScale)
    {
    }

    /// <summary>
    /// Switching for the parameters, with 1/τ fixed by the run's points (temperature and pressure, Δ(P) = Δ + P ΔV) and
    /// local-pressure scale (K/Å).
    /// </summary>
    public ArrheniusSwitching(MechanoelasticParameters parameters, IEnumerable<ControlPoint> points, double pressureScale)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(points);
        _parameters = parameters;
        PressureScale = Math.Abs(pressureScale);
        double kappaP = Math.Abs(parameters.KappaA) * PressureScale;
        LnAttemptTime = points.Select(p =>
            Math.Abs(parameters.DeltaAtK(p.PressureGPa) - p.TemperatureK * parameters.LnG) / (2 * p.TemperatureK) -
            parameters.ActivationEnergyK / p.TemperatureK + kappaP / p.TemperatureK).Max();
    }

    /// <summary>The local pressure |p| (K/Å) up to which no probability exceeds 1.</summary>
    public double PressureScale { get; }

    /// <summary>ln τ (τ in Monte Carlo steps): the largest exponent of the unnormalised probabilities over the run.</summary>
    public double LnAttemptTime { get; }

    /// <summary>The probabilities at one temperature (and external pressure, GPa), as a function of the local pressure.</summary>
    public AtTemperature At(double temperatureK, double pressureGPa = 0)
    {
        double field = -(_parameters.DeltaAtK(pressureGPa) - temperatureK * _parameters.LnG) / (2 * temperatureK);
        double barrier = _parameters.ActivationEnergyK / temperatureK;
        return new AtTemperature(field - barrier - LnAttemptTime, -field - barrier - LnAttemptTime, _parameters.KappaA / temperatureK);
    }

    /// <summary>The probabilities at one temperature: P = exp(base ± κ p / T), at most 1.</summary>
    /// <param name="LnLowToHigh">ln P_LH at p = 0.</param>
    /// <param name="LnHighToLow">ln P_HL at p = 0.</param>
    /// <param name="KappaOverT">κ/T, Å/K.</param>
    public readonly record struct AtTemperature(double LnLowToHigh, double LnHighToLow, double KappaOverT)
    {
        /// <summary>P_LH(p), unclamped (may exceed 1 only beyond the pressure scale).</summary>
        public double LowToHigh(double pressure) => Math.Exp(LnLowToHigh + KappaOverT * pressure);

        /// <summary>P_HL(p), unclamped.</summary>
        public double HighToLow(double pressure) => Math.Exp(LnHighToLow - KappaOverT * pressure);
    }
}
