using SCOModel.Core.Protocols;
using SCOModel.Validation.Tests.Support;

namespace SCOModel.Validation.Tests;

/// <summary>
/// Anisotropic square lattice (couplingByDirectionK = [J_x, J_y]) at h = 0: T_c solves
/// sinh(2J_x/T_c) sinh(2J_y/T_c) = 1 (Onsager; PHYSICS.md §1). One point well below T_c stays ordered from the HS
/// start with the spontaneous magnetisation m0 = [1 − (sinh(2J_x/T) sinh(2J_y/T))^(−2)]^(1/8) (Onsager–Yang for the
/// rectangular lattice), one well above disorders (n_HS → 1/2).
/// </summary>
public sealed class AnisotropicCriticalTemperatureTests
{
    private const double Jx = 100;
    private const double Jy = 40;
    private const int Length = 48;

    private static double CriticalTemperature()
    {
        double lo = 10, hi = 1000;
        for (int i = 0; i < 200; i++)
        {
            double t = 0.5 * (lo + hi);
            (lo, hi) = Math.Sinh(2 * Jx / t) * Math.Sinh(2 * Jy / t) > 1 ? (t, hi) : (lo, t);
        }

        return 0.5 * (lo + hi);
    }

    [Theory]
    [InlineData(0.8)]
    [InlineData(1.25)]
    public void OrderFollowsTheAnisotropicCriticalTemperature(double ratio)
    {
        double tc = CriticalTemperature();
        Assert.Equal(1, Math.Sinh(2 * Jx / tc) * Math.Sinh(2 * Jy / tc), 9);
        double t = ratio * tc;
        var protocol = new TemperatureScan([t]) { InitialState = InitialState.Hs, EquilibrationSweeps = 500, SweepsPerPoint = 2000 };
        var config = Simulation.Config(Simulation.Square(Length), 0, 0, 0, protocol);
        config = config with { Model = ((Core.Configuration.IsingLikeModelConfig)config.Model) with { CouplingByDirectionK = [Jx, Jy] } };
        var point = Simulation.Run(config).At(t);
        double m = (2 * point.NHs.Mean) - 1;
        if (ratio < 1)
        {
            double product = Math.Sinh(2 * Jx / t) * Math.Sinh(2 * Jy / t);
            double m0 = Math.Pow(1 - Math.Pow(product, -2), 0.125);

            // Allowance 0.01 for the finite size at 0.8 T_c (ξ of a few sites against L = 48).
            StatisticalAssert.WithinSigmas(point.NHs, (1 + m0) / 2, $"n_HS at {ratio} T_c", 0.01, maxStdErr: 2e-3);
        }
        else
        {
            Assert.True(Math.Abs(m) < 0.05, $"magnetisation {m} above T_c");
        }
    }
}
