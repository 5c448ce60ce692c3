using SCOModel.Core.Configuration;
using SCOModel.Core.Engines;
using SCOModel.Core.Kinetics;
using SCOModel.Core.Lattices;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;

namespace SCOModel.MeanField.Tests.Kinetics;

/// <summary>
/// The configs of the rate-equation tests, built in code: Δ = 1000 K, ln g = 5 (T1/2 = 200 K) on the all-to-all
/// lattice, whose mean field J_eff = z J is exact (PHYSICS.md §2), and the single-molecule rates of PHYSICS.md §3
/// written out here, independently of the engine, for the closed forms.
/// </summary>
internal static class KineticRuns
{
    /// <summary>Δ in kelvin.</summary>
    public const double DeltaK = 1000;

    /// <summary>ln g.</summary>
    public const double LnG = 5;

    private const int Coordination = 4;

    /// <summary>A model with the given J_eff (kelvin) and kinetics.</summary>
    public static IsingLikeModelConfig Model(double effectiveCouplingK, KineticParameters kinetics) => new()
    {
        DeltaK = DeltaK,
        LnG = LnG,
        CouplingK = effectiveCouplingK / Coordination,
        Lattice = new LatticeSpec(LatticeKind.AllToAll, [1000], Boundary.Periodic, Coordination),
        Kinetics = kinetics,
    };

    /// <summary>Runs the protocol with the mean-field engine.</summary>
    public static RunResult Run(IsingLikeModelConfig model, Protocol protocol) =>
        new MeanFieldEngine().Run(new SimulationConfig("rate equation", 1, model, protocol, new MonteCarloSettings()),
            RunContext.Default);

    /// <summary>k_HL(T) = k_0 + k_∞ e^(−E_a/T) of an isolated molecule, s^−1.</summary>
    public static double RelaxationRate(KineticParameters kinetics, double temperatureK) =>
        kinetics.TunnellingRatePerS + (kinetics.AttemptRatePerS * Math.Exp(-kinetics.ActivationEnergyK / temperatureK));

    /// <summary>The single-molecule ratio k_LH/k_HL = e^(2 h0/T) = e^((T ln g − Δ)/T) without light.</summary>
    public static double BoltzmannRatio(double temperatureK) => Math.Exp(((temperatureK * LnG) - DeltaK) / temperatureK);

    /// <summary>The times of a run's points.</summary>
    public static double Time(PointResult point) => point.Point.TimeS!.Value;

    /// <summary>The root of a monotonic function on [low, high] by bisection, to the last bit.</summary>
    public static double Bisect(Func<double, double> function, double low, double high)
    {
        double fLow = function(low);
        for (int k = 0; k < 200; k++)
        {
            double middle = 0.5 * (low + high);
            if (middle <= low || middle >= high)
            {
                break;
            }

            double fMiddle = function(middle);
            if (Math.Sign(fMiddle) == Math.Sign(fLow))
            {
                (low, fLow) = (middle, fMiddle);
            }
            else
            {
                high = middle;
            }
        }

        return 0.5 * (low + high);
    }
}
