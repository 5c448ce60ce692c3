using SCOModel.Core.Configuration;
using SCOModel.Core.Engines;
using SCOModel.Core.Protocols;
using SCOModel.Mechanics.Mechanoelastic;

namespace SCOModel.Mechanics.Tests.Mechanoelastic;

public sealed class MechanoelasticEngineTests
{
    private static MechanoelasticModelConfig Model(double kappa, MechanoelasticShape shape = MechanoelasticShape.Hexagon, int[]? size = null) => new()
    {
        Lattice = new(MechanoelasticLatticeKind.Triangular, shape, size ?? [4]),
        DeltaK = 1000,
        LnG = 6.5,
        ActivationEnergyK = 400,
        RadiusLsA = 2.0,
        RadiusHsA = 2.2,
        SpringConstantKPerA2 = 4000,
        KappaA = kappa,
    };

    private static SimulationConfig Config(ModelConfig model, Protocol protocol, int replicas = 4) =>
        new("mechanoelastic test", 7, model, protocol, new MonteCarloSettings(UpdateRule.HeatBath, replicas));

    [Fact]
    public void WithoutPressureCouplingTheMoleculesAreIndependentTwoLevelSystems()
    {
        // κ = 0: P_LH/P_HL = g e^(−Δ/T) for every molecule, so n_HS = g e^(−Δ/T)/(1 + g e^(−Δ/T)) (PHYSICS.md §1, J = 0).
        double[] temperatures = [140, 154, 170];
        var protocol = new TemperatureScan(temperatures) { InitialState = InitialState.Random, EquilibrationSweeps = 100, SweepsPerPoint = 2000 };
        var result = new MechanoelasticEngine().Run(Config(Model(0, size: [3]), protocol), new RunContext(4));

        Assert.Equal(3, result.Points.Count);
        foreach (var point in result.Points)
        {
            double t = point.Point.TemperatureK;
            double boltzmann = Math.Exp(6.5 - 1000 / t);
            double exact = boltzmann / (1 + boltzmann);
            Assert.True(point.NHs.StdErr > 0 && point.NHs.StdErr < 0.02, $"σ = {point.NHs.StdErr}");
            Assert.True(Math.Abs(point.NHs.Mean - exact) < 4 * point.NHs.StdErr,
                $"T = {t}: n_HS = {point.NHs.Mean} ± {point.NHs.StdErr}, exact {exact}");
            Assert.NotNull(point.Observables[MechanoelasticObservables.LatticeParameter]);
        }
    }

    [Fact]
    public void TheResultIsTheSameForAnyThreadCount()
    {
        var protocol = new TemperatureLoop([145, 155, 165]) { InitialState = InitialState.Ls, EquilibrationSweeps = 20, SweepsPerPoint = 40 };
        var config = Config(Model(0.1) with { SnapshotsAtK = [155] }, protocol, replicas: 3);
        var one = new MechanoelasticEngine();
        var many = new MechanoelasticEngine();

        var a = one.Run(config, new RunContext(1));
        var b = many.Run(config, new RunContext(8));

        Assert.Equal(a.Points, b.Points);
        Assert.Equal(2, one.Snapshots.Count);
        Assert.Equal([Branch.Heating, Branch.Cooling], one.Snapshots.Select(s => s.Branch));
        Assert.Equal(one.Snapshots.SelectMany(s => s.Positions), many.Snapshots.SelectMany(s => s.Positions));
        Assert.Equal(one.Snapshots.SelectMany(s => s.Spins), many.Snapshots.SelectMany(s => s.Spins));
    }

    [Fact]
    public void TheObservablesOfAnAllHsSampleAreThoseOfSpacingTwiceRHs()
    {
        // Far above T1/2 everything is HS and the open hexagon relaxes to a = 2 R_HS, area √3/2 a², no elongation.
        var protocol = new TemperatureScan([400]) { InitialState = InitialState.Ls, EquilibrationSweeps = 100, SweepsPerPoint = 20 };
        var result = new MechanoelasticEngine().Run(Config(Model(0.1), protocol, replicas: 1), new RunContext(1));

        var point = result.Points.Single();
        Assert.True(point.NHs.Mean > 0.99);
        double a = point.Observables[MechanoelasticObservables.LatticeParameter]!.Value.Mean;
        Assert.InRange(a, 2 * 2.2 - 0.01, 2 * 2.2);
    }

    [Fact]
    public void TheNewtonAndDampedDynamicsRelaxationsGiveTheSameRun()
    {
        // The same seed draws the same numbers; the two relaxations give the same positions to the force tolerance, so
        // the same switches (a decision differs only if a uniform falls within ~1e-9 of its probability).
        var protocol = new TemperatureLoop([150, 156, 162]) { InitialState = InitialState.Ls, EquilibrationSweeps = 20, SweepsPerPoint = 40 };
        var newton = new MechanoelasticEngine().Run(Config(Model(0.1, size: [3]), protocol, replicas: 2), new RunContext(2));
        var damped = new MechanoelasticEngine().Run(
            Config(Model(0.1, size: [3]) with { Relaxation = MechanoelasticRelaxationMethod.DampedDynamics }, protocol, replicas: 2),
            new RunContext(2));

        Assert.Equal(newton.Points.Select(p => p.NHs), damped.Points.Select(p => p.NHs));
        Assert.Contains(newton.Points, p => p.NHs.Mean is > 0.05 and < 0.95);
        foreach (var (a, b) in newton.Points.Zip(damped.Points))
        {
            foreach (string name in MechanoelasticObservables.Names)
            {
                // Positions agree to the force tolerance, 1e-4 k δR: lengths to ~1e-5 δR, the area to ~1e-5 a δR.
                double x = a.Observables[name]!.Value.Mean;
                Assert.Equal(x, b.Observables[name]!.Value.Mean, 1e-5 * Math.Max(1, Math.Abs(x)));
            }
        }
    }

    [Fact]
    public void AFixedPeriodicBoxIsAntiCooperativeNoLoop()
    {
        // PHYSICS.md §4: a fixed box adds the convex term A N (n − n0)² (n0 = 1/2 for a = R_LS + R_HS): no hysteresis,
        // and the transition is pinned near n = 1/2 around T_eq, broader than the independent molecules' one.
        var protocol = new TemperatureLoop([130, 154, 180]) { InitialState = InitialState.Ls, EquilibrationSweeps = 200, SweepsPerPoint = 300 };
        var result = new MechanoelasticEngine().Run(
            Config(Model(0.1, MechanoelasticShape.Periodic, [6, 6]), protocol, replicas: 4), new RunContext(4));

        var heating = result.Points.Where(p => p.Branch == Branch.Heating).ToDictionary(p => p.Point.TemperatureK);
        foreach (var cooling in result.Points.Where(p => p.Branch == Branch.Cooling))
        {
            var up = heating[cooling.Point.TemperatureK];
            double sigma = Math.Sqrt(up.NHs.StdErr * up.NHs.StdErr + cooling.NHs.StdErr * cooling.NHs.StdErr);
            Assert.True(Math.Abs(up.NHs.Mean - cooling.NHs.Mean) < 5 * sigma + 0.02, $"{up.NHs} vs {cooling.NHs}");
        }

        double independent(double t) => 1 / (1 + Math.Exp(1000 / t - 6.5));
        Assert.True(heating[130].NHs.Mean > independent(130) + 0.05, $"{heating[130].NHs.Mean}");
        Assert.True(heating[180].NHs.Mean < independent(180) - 0.05, $"{heating[180].NHs.Mean}");
        Assert.Equal(Math.Sqrt(3) / 2 * 4.2 * 4.2, heating[154].Observables[MechanoelasticObservables.AreaPerMolecule]!.Value.Mean, 9);
    }

    [Fact]
    public void PressureOnAFixedPeriodicBoxIsRefusedWithAClearMessage()
    {
        var protocol = new TemperatureLoop([150, 160], 0.1);
        var error = Assert.Throws<ConfigException>(() => new MechanoelasticEngine().Run(
            Config(Model(0.1, MechanoelasticShape.Periodic, [6, 6]), protocol), new RunContext(1)));
        Assert.Contains("open shape", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AConstantPressureBoxTakesPressureAndShrinks()
    {
        var protocol = new PressureLoop([0, 0.1], 154) { InitialState = InitialState.Hs, EquilibrationSweeps = 50, SweepsPerPoint = 50 };
        var model = Model(0.1, MechanoelasticShape.Periodic, [6, 6]) with { Ensemble = MechanoelasticEnsemble.ConstantPressure };
        var result = new MechanoelasticEngine().Run(Config(model, protocol, replicas: 2), new RunContext(2));

        var compression = result.Points.Where(p => p.Branch == Branch.Compression).ToArray();
        string area = MechanoelasticObservables.AreaPerMolecule;
        Assert.True(compression[1].Observables[area]!.Value.Mean < compression[0].Observables[area]!.Value.Mean);
        Assert.True(compression[1].NHs.Mean < compression[0].NHs.Mean);

        // Every relaxation of the cell (lengths and shear) reached the force tolerance.
        Assert.DoesNotContain(result.Warnings, w => w.Contains("elastic relaxations stopped", StringComparison.Ordinal));
    }

    [Fact]
    public void CompressingAnOpenSampleFavoursLowSpin()
    {
        // Π = P c squeezes the springs, p_i < 0 lowers P_LH and raises P_HL: at T_eq the sample turns LS on compression.
        var protocol = new PressureLoop([0, 0.05, 0.1], 154) { InitialState = InitialState.Hs, EquilibrationSweeps = 100, SweepsPerPoint = 200 };
        var result = new MechanoelasticEngine().Run(Config(Model(0.1, size: [4]), protocol, replicas: 2), new RunContext(2));

        var compression = result.Points.Where(p => p.Branch == Branch.Compression).ToArray();
        Assert.True(compression[^1].NHs.Mean < compression[0].NHs.Mean - 0.1, $"{compression[0].NHs} -> {compression[^1].NHs}");
        Assert.True(compression[^1].Observables[MechanoelasticObservables.LatticeParameter]!.Value.Mean <
            compression[0].Observables[MechanoelasticObservables.LatticeParameter]!.Value.Mean);
    }
}
