using SCOModel.Core.Configuration;
using SCOModel.Core.Engines;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;
using SCOModel.Mechanics.Mechanoelastic;

namespace SCOModel.Mechanics.Tests.Mechanoelastic;

/// <summary>
/// The 3D mechanoelastic model run end to end (issue #8): the limit of weak springs is the independent molecules'
/// exact n_HS(T), strong springs open a thermal loop, pressure compresses the sample, and snapshots are taken at
/// pressures as at temperatures.
/// </summary>
public sealed class SpatialEngineTests
{
    private static MechanoelasticModelConfig Model(MechanoelasticLatticeKind kind, MechanoelasticShape shape, int[] size, double k) => new()
    {
        Lattice = new(kind, shape, size),
        DeltaK = 1000,
        LnG = 6.5,
        ActivationEnergyK = 400,
        RadiusLsA = 2.0,
        RadiusHsA = 2.2,
        SpringConstantKPerA2 = k,
        NextNeighbourSpringConstantKPerA2 = kind == MechanoelasticLatticeKind.Cubic ? k / 2 : 0,
        KappaA = 0.1,
    };

    private static SimulationConfig Config(ModelConfig model, Protocol protocol, int replicas = 2) =>
        new("3D mechanoelastic test", 11, model, protocol, new MonteCarloSettings(UpdateRule.HeatBath, replicas));

    [Fact]
    public void AnOpenCubeWithWeakSpringsFollowsTheIndependentMoleculesFormula()
    {
        // κ = δR/2 and weak springs, k = 5 K/Å², k' = 2.5 K/Å²: the local pressure of a molecule is at most
        // p_max = Σ_j k_ij δR (its 6 + 12 springs each strained by δR), which tilts P_LH/P_HL by e^(±2κ p_max/T) and
        // so n_HS by at most n (1 − n) 2κ p_max/T (≈ 0.004); beyond that the limit is the independent molecules',
        // n = g e^(−Δ/T)/(1 + g e^(−Δ/T)).
        const double k = 5, kappa = 0.1, radiusChange = 0.2;
        double maxLocalPressure = (6 * k + 12 * k / 2) * radiusChange;
        double[] temperatures = [140, 154, 170];
        var protocol = new TemperatureScan(temperatures) { InitialState = InitialState.Random, EquilibrationSweeps = 100, SweepsPerPoint = 1000 };
        var model = Model(MechanoelasticLatticeKind.Cubic, MechanoelasticShape.Cube, [2], k);
        var result = new MechanoelasticEngine().Run(Config(model, protocol), new RunContext(2));

        Assert.Equal(3, result.Points.Count);
        foreach (var point in result.Points)
        {
            double boltzmann = Math.Exp(6.5 - 1000 / point.Point.TemperatureK);
            double exact = boltzmann / (1 + boltzmann);
            double coupling = exact * (1 - exact) * 2 * kappa * maxLocalPressure / point.Point.TemperatureK;
            Assert.True(point.NHs.StdErr is > 0 and < 0.02, $"σ = {point.NHs.StdErr}");
            Assert.True(Math.Abs(point.NHs.Mean - exact) < 4 * point.NHs.StdErr + coupling,
                $"T = {point.Point.TemperatureK}: n_HS = {point.NHs.Mean} ± {point.NHs.StdErr}, independent molecules {exact}");
            foreach (string name in MechanoelasticObservables.SpatialNames)
            {
                Assert.NotNull(point.Observables[name]);
            }

            // Between 2 R_LS and 2 R_HS, near right angles.
            double a = point.Observables[MechanoelasticObservables.ThirdLatticeParameter]!.Value.Mean;
            Assert.InRange(a, 4.0, 4.4);
            Assert.InRange(point.Observables[MechanoelasticObservables.AngleBeta]!.Value.Mean, 89, 91);
            Assert.InRange(point.Observables[MechanoelasticObservables.VolumePerMolecule]!.Value.Mean, 64, 4.4 * 4.4 * 4.4);
        }
    }

    [Fact]
    public void ASmallFccSphereWithStrongSpringsHasAThermalLoop()
    {
        // z = 12 neighbours: the elastic interaction is cooperative enough at k = 3500 K/Å² for a loop of ~15 K in 55
        // molecules (seeds 1 to 3 and 11 all give 14 to 17 K); a loop narrower than 5 K would be noise.
        var temperatures = Enumerable.Range(0, 11).Select(i => 130.0 + 6 * i).ToArray();
        var protocol = new TemperatureLoop(temperatures) { InitialState = InitialState.Ls, EquilibrationSweeps = 50, SweepsPerPoint = 100 };
        var result = new MechanoelasticEngine().Run(
            Config(Model(MechanoelasticLatticeKind.Fcc, MechanoelasticShape.Sphere, [2], 3500), protocol), new RunContext(2));

        var summary = TransitionSummary.Of(result.Points);
        Assert.NotNull(summary.THalfUpK);
        Assert.NotNull(summary.THalfDownK);
        Assert.True(summary.THalfUpK > summary.THalfDownK + 5, $"T1/2 up {summary.THalfUpK} K, down {summary.THalfDownK} K");
        Assert.True(result.Points[0].NHs.Mean < 0.1, "LS at the start of the loop");
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void CompressingAnOpenFccSphereShrinksItAndSnapshotsAreTakenAtPressures()
    {
        var protocol = new PressureLoop([0, 0.05, 0.1], 165) { InitialState = InitialState.Hs, EquilibrationSweeps = 30, SweepsPerPoint = 30 };
        var model = Model(MechanoelasticLatticeKind.Fcc, MechanoelasticShape.Sphere, [2], 3000) with { SnapshotsAtGPa = [0.05] };
        var engine = new MechanoelasticEngine();
        var result = engine.Run(Config(model, protocol, replicas: 1), new RunContext(1));

        var compression = result.Points.Where(p => p.Branch == Branch.Compression).ToArray();
        string volume = MechanoelasticObservables.VolumePerMolecule;
        Assert.True(compression[^1].Observables[volume]!.Value.Mean < compression[0].Observables[volume]!.Value.Mean);
        Assert.True(compression[^1].NHs.Mean <= compression[0].NHs.Mean);

        Assert.Equal([Branch.Compression, Branch.Decompression], engine.Snapshots.Select(s => s.Branch));
        foreach (var snapshot in engine.Snapshots)
        {
            Assert.True(snapshot.AtPressure);
            Assert.Equal(0.05, snapshot.Point.PressureGPa, 12);
            Assert.Equal(3, snapshot.Dimension);
            Assert.Equal(3 * snapshot.Spins.Count, snapshot.Positions.Count);

            // The sphere is centred on a molecule: the central layer z ≈ 0 holds the 13 molecules within 2 a of
            // the centre in the plane ((0,0), four at a, four at √2 a... of the square (001) layer of fcc: 1 + 4 + 4 + 4).
            var (positions, spins, z) = snapshot.CentralSlice();
            Assert.Equal(2 * spins.Length, positions.Length);
            Assert.Equal(13, spins.Length);
            Assert.InRange(z, -0.5, 0.5);
        }
    }

    [Fact]
    public void AConstantPressureFccBoxTakesPressureAndShrinks()
    {
        var protocol = new PressureLoop([0, 0.2], 165) { InitialState = InitialState.Hs, EquilibrationSweeps = 20, SweepsPerPoint = 20 };
        var model = Model(MechanoelasticLatticeKind.Fcc, MechanoelasticShape.Periodic, [2, 2, 2], 3000) with
        {
            Ensemble = MechanoelasticEnsemble.ConstantPressure,
        };
        var result = new MechanoelasticEngine().Run(Config(model, protocol, replicas: 1), new RunContext(1));

        var compression = result.Points.Where(p => p.Branch == Branch.Compression).ToArray();
        string volume = MechanoelasticObservables.VolumePerMolecule;
        Assert.True(compression[1].Observables[volume]!.Value.Mean < compression[0].Observables[volume]!.Value.Mean);
        Assert.Empty(result.Warnings);
    }
}
