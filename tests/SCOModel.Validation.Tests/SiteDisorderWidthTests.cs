using SCOModel.Core.Models;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;
using SCOModel.Validation.Tests.Support;

namespace SCOModel.Validation.Tests;

/// <summary>
/// Site-energy disorder (Δ_i = Δ + δ_i, PHYSICS.md §1) smears the transition: the dimensionless width
/// (T(n_HS = 0.8) − T(n_HS = 0.2)) / T1/2 grows with the width of δ. And at J = 0 the sites are independent, so
/// n_HS(T) is exactly the average of the two-level curve g e^(−Δ_i/T)/(1 + g e^(−Δ_i/T)) over the sample's own Δ_i.
/// </summary>
public sealed class SiteDisorderWidthTests
{
    private static readonly double[] Temperatures = Enumerable.Range(0, 21).Select(k => 100 + (10.0 * k)).ToArray();

    private static Core.Configuration.SimulationConfig Config(double couplingK, double widthK, Protocol protocol)
    {
        var config = Simulation.Config(Simulation.Square(24), Simulation.DeltaK, Simulation.LnG, couplingK, protocol,
            Core.Configuration.UpdateRule.HeatBath);
        return config with
        {
            Model = ((Core.Configuration.IsingLikeModelConfig)config.Model) with
            {
                Heterogeneity = new Heterogeneity { SiteDisorder = new SiteDisorder(SiteDisorderDistribution.Gaussian, widthK), SampleSeed = 7 },
            },
        };
    }

    [Fact]
    public void TransitionWidensMonotonicallyWithTheDisorderWidth()
    {
        var widths = new[] { 0.0, 150, 300 }.Select(w =>
        {
            var protocol = new TemperatureScan(Temperatures) { EquilibrationSweeps = 100, SweepsPerPoint = 400 };
            var points = Simulation.Run(Config(50, w, protocol));
            return (Crossing(points, 0.8) - Crossing(points, 0.2)) / Simulation.EquilibriumTemperatureK;
        }).ToArray();
        Assert.True(widths[0] < widths[1] && widths[1] < widths[2], $"widths {string.Join(", ", widths)}");
    }

    [Fact]
    public void IndependentSitesAverageTheTwoLevelCurveOverTheirOwnSiteEnergies()
    {
        var protocol = new TemperatureScan([170, 200, 240]) { EquilibrationSweeps = 50, SweepsPerPoint = 800 };
        var config = Config(0, 200, protocol);
        var deltas = ((Core.Configuration.IsingLikeModelConfig)config.Model).Build().SiteDeltaK.ToArray();
        var points = Simulation.Run(config);
        foreach (var point in points)
        {
            double t = point.Point.TemperatureK;
            double exact = deltas.Average(d =>
            {
                double w = Math.Exp(Simulation.LnG - (d / t));
                return w / (1 + w);
            });
            StatisticalAssert.WithinSigmas(point.NHs, exact, $"n_HS at {t} K, J = 0 with disorder", maxStdErr: 2e-3);
        }
    }

    /// <summary>Where n_HS (rising with T) crosses a level, by linear interpolation.</summary>
    private static double Crossing(IReadOnlyList<PointResult> points, double level)
    {
        for (int k = 0; k + 1 < points.Count; k++)
        {
            double n0 = points[k].NHs.Mean, n1 = points[k + 1].NHs.Mean;
            if (n0 < level && n1 >= level)
            {
                double t0 = points[k].Point.TemperatureK, t1 = points[k + 1].Point.TemperatureK;
                return t0 + ((level - n0) * (t1 - t0) / (n1 - n0));
            }
        }

        throw new InvalidOperationException($"n_HS never crosses {level}");
    }
}
