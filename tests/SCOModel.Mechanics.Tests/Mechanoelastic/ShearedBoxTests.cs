using SCOModel.Core.Configuration;
using SCOModel.Mechanics.Mechanoelastic;

namespace SCOModel.Mechanics.Tests.Mechanoelastic;

/// <summary>
/// A constant-pressure periodic box whose whole cell relaxes, shear included (PHYSICS.md §4): the enthalpy
/// E + P det H is minimised over the positions and the cell H, so in equilibrium the virial tensor
/// Σ_springs k δ d_a d_b/ℓ equals −P V δ_ab in every component, and a sheared uniform lattice relaxes back to its
/// undistorted cell.
/// </summary>
public sealed class ShearedBoxTests
{
    private const double K = 6500;
    private const double KDiagonal = 3000;
    private const double Tolerance = 1e-9 * K;
    private const double RadiusLs = 2.0;
    private const double RadiusHs = 2.2;

    private static MechanoelasticLattice Build(int dimension) => dimension == 2
        ? TriangularLattice.Build(new(MechanoelasticLatticeKind.Triangular, MechanoelasticShape.Periodic, [6, 4]), 4.0, K)
        : FccLattice.Build(new(MechanoelasticLatticeKind.Fcc, MechanoelasticShape.Periodic, [2, 2, 2]), 4.0, K);

    private static ConstantPressureBoxRelaxation Create(MechanoelasticLattice lattice, bool relaxesShear = true) =>
        new(lattice, l => new NewtonRelaxation(l, Tolerance)) { RelaxesShear = relaxesShear };

    /// <summary>The map F (row-major d×d), the identity plus <paramref name="strain"/> at (a, b).</summary>
    private static double[] Identity(int d, params (int A, int B, double Strain)[] strain)
    {
        var map = new double[d * d];
        for (int a = 0; a < d; a++)
        {
            map[a * d + a] = 1;
        }

        foreach (var (a, b, e) in strain)
        {
            map[a * d + b] += e;
        }

        return map;
    }

    private static double[] Times(double[] map, ReadOnlySpan<double> vectors, int d)
    {
        var result = new double[vectors.Length];
        for (int i = 0; i < vectors.Length; i += d)
        {
            for (int a = 0; a < d; a++)
            {
                for (int b = 0; b < d; b++)
                {
                    result[i + a] += map[a * d + b] * vectors[i + b];
                }
            }
        }

        return result;
    }

    /// <summary>The cell F H (both row-major d×d).</summary>
    private static double[] CellTimes(double[] map, ReadOnlySpan<double> cell, int d)
    {
        var result = new double[d * d];
        for (int r = 0; r < d; r++)
        {
            for (int c = 0; c < d; c++)
            {
                for (int k = 0; k < d; k++)
                {
                    result[r * d + c] += map[r * d + k] * cell[k * d + c];
                }
            }
        }

        return result;
    }

    private static double Determinant(double[] m, int d) => d == 2
        ? m[0] * m[3] - m[1] * m[2]
        : m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6]) + m[2] * (m[3] * m[7] - m[4] * m[6]);

    /// <summary>
    /// The enthalpy after the affine map F, from the spring vectors: E(F d) + P V det F, computed here from the
    /// definition E = ½ Σ k (|d| − ℓ0)² and not by the engine.
    /// </summary>
    private static double MappedEnthalpy(MechanoelasticLattice lattice, double[] positions, double[] radii, double[] map,
        double pressure)
    {
        int d = lattice.Dimension;
        double energy = 0;
        foreach (var s in lattice.Springs.ToArray())
        {
            var (dx, dy, dz) = SpringNetwork.Vector(s, positions, d);
            var mapped = Times(map, d == 2 ? [dx, dy] : [dx, dy, dz], d);
            double length = Math.Sqrt(mapped.Sum(x => x * x));
            double delta = length - s.RestFactor * (radii[s.First] + radii[s.Second]);
            energy += 0.5 * s.StiffnessKPerA2 * delta * delta;
        }

        return energy + pressure * lattice.BoxMeasure * Determinant(map, d);
    }

    private static double Enthalpy(MechanoelasticLattice lattice, double[] positions, double[] radii, double pressure) =>
        SpringNetwork.Energy(lattice, positions, radii) + pressure * lattice.BoxMeasure;

    /// <summary>Σ k δ d_a d_b/ℓ + P V δ_ab from the springs, over the components (a ≤ b).</summary>
    private static double[] Virial(MechanoelasticLattice lattice, double[] positions, double[] radii, double pressure)
    {
        int d = lattice.Dimension;
        var virial = new double[d * d];
        foreach (var s in lattice.Springs.ToArray())
        {
            var (dx, dy, dz) = SpringNetwork.Vector(s, positions, d);
            double[] v = [dx, dy, dz];
            double length = Math.Sqrt(dx * dx + dy * dy + dz * dz);
            double t = s.StiffnessKPerA2 * (length - s.RestFactor * (radii[s.First] + radii[s.Second])) / length;
            for (int a = 0; a < d; a++)
            {
                for (int b = 0; b < d; b++)
                {
                    virial[a * d + b] += t * v[a] * v[b];
                }
            }
        }

        for (int a = 0; a < d; a++)
        {
            virial[a * d + a] += pressure * lattice.BoxMeasure;
        }

        return virial;
    }

    /// <summary>The sample, positions and cell mapped by F (upper triangular).</summary>
    private static (MechanoelasticLattice Lattice, double[] Positions) Sheared(MechanoelasticLattice lattice, double[] map) =>
        (lattice.WithCell(CellTimes(map, lattice.Cell, lattice.Dimension)), Times(map, lattice.Positions, lattice.Dimension));

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void TheStressIsTheEnthalpyGradientForEveryStrainComponent(int dimension)
    {
        // A mixed state off equilibrium in a sheared cell, under pressure: every component of the stress is nonzero.
        const double pressure = 300;
        int d = dimension;
        var built = Build(d);
        var (lattice, positions) = Sheared(built, Identity(d, [.. ConstantPressureBoxRelaxation.Components(d)
            .Where(c => c.A != c.B).Select((c, k) => (c.A, c.B, 0.03 * (k + 1)))]));
        var random = new Random(3);
        for (int i = 0; i < positions.Length; i++)
        {
            positions[i] += 0.05 * (random.NextDouble() - 0.5);
        }

        var radii = Enumerable.Range(0, lattice.SiteCount).Select(_ => random.NextDouble() < 0.5 ? RadiusHs : RadiusLs).ToArray();

        var stress = ConstantPressureBoxRelaxation.Stress(lattice, positions, radii, pressure);

        const double h = 1e-6;
        var components = ConstantPressureBoxRelaxation.Components(d);
        for (int c = 0; c < components.Length; c++)
        {
            var (a, b) = components[c];
            Assert.True(Math.Abs(stress[c]) > 10, $"component {a}{b} is {stress[c]}");

            // The upper-triangular strain u_ab, the one the cell is updated with (H → (1 + u) H).
            double upper = (MappedEnthalpy(lattice, positions, radii, Identity(d, (a, b, h)), pressure)
                - MappedEnthalpy(lattice, positions, radii, Identity(d, (a, b, -h)), pressure)) / (2 * h);
            Assert.Equal(upper, stress[c], 1e-6 * Math.Max(1, Math.Abs(upper)));

            // The symmetric strain ε_ab = ε_ba moves the enthalpy by twice as much off the diagonal (u = ε + rotation).
            (int, int, double)[] plus = a == b ? [(a, a, h)] : [(a, b, h), (b, a, h)];
            (int, int, double)[] minus = a == b ? [(a, a, -h)] : [(a, b, -h), (b, a, -h)];
            double symmetric = (MappedEnthalpy(lattice, positions, radii, Identity(d, plus), pressure)
                - MappedEnthalpy(lattice, positions, radii, Identity(d, minus), pressure)) / (2 * h);
            Assert.Equal(symmetric, (a == b ? 1 : 2) * stress[c], 1e-6 * Math.Max(1, Math.Abs(symmetric)));

            // The cell the engine makes for the strained sample (WithCell, its box shifts mapped by H' H⁻¹) gives the
            // same enthalpy as the strained spring vectors.
            var strain = Identity(d, (a, b, 1e-3));
            var strained = lattice.WithCell(CellTimes(strain, lattice.Cell, d));
            Assert.Equal(MappedEnthalpy(lattice, positions, radii, strain, pressure),
                Enthalpy(strained, Times(strain, positions, d), radii, pressure), 1e-6);

            // The volume the enthalpy uses is the determinant of the (sheared) cell.
            Assert.Equal(Determinant(strained.Cell.ToArray(), d), strained.BoxMeasure, 1e-9 * strained.BoxMeasure);
        }
    }

    [Theory]
    [InlineData(2, 0.0)]
    [InlineData(2, 300.0)]
    [InlineData(3, 0.0)]
    [InlineData(3, 300.0)]
    public void AShearedUniformLatticeRelaxesBackToItsUndistortedCell(int dimension, double pressure)
    {
        int d = dimension;
        var built = Build(d);
        var shear = Identity(d, [.. ConstantPressureBoxRelaxation.Components(d).Where(c => c.A != c.B).Select(c => (c.A, c.B, 0.05))]);
        var (lattice, start) = Sheared(built, shear);
        var radii = Enumerable.Repeat(RadiusHs, lattice.SiteCount).ToArray();
        var positions = start.ToArray();
        var rectangular = start.ToArray();
        var full = Create(lattice);
        var lengthsOnly = Create(lattice, relaxesShear: false);

        var outcome = full.Relax(positions, radii, pressure);
        var kept = lengthsOnly.Relax(rectangular, radii, pressure);

        Assert.True(outcome.Converged, $"{outcome}");
        Assert.True(kept.Converged, $"{kept}");

        // Undistorted: the triangular lattice's γ = 60°, the fcc cubic cell's α = β = γ = 90°, within 1e-6 rad.
        var names = MechanoelasticObservables.NamesFor(d);
        var geometry = names.Zip(MechanoelasticObservables.Measure(full.Lattice, positions, radii)).ToDictionary(p => p.First, p => p.Second);
        string[] angles = d == 2
            ? [MechanoelasticObservables.Angle]
            : [MechanoelasticObservables.AngleAlpha, MechanoelasticObservables.AngleBeta, MechanoelasticObservables.Angle];
        double ideal = d == 2 ? 60 : 90;
        foreach (string angle in angles)
        {
            Assert.Equal(ideal, geometry[angle], 1e-6 * 180 / Math.PI);
        }

        // The cell is rectangular again and every spring at the closed-form length ℓ: 2R at P = 0; under a 2D pressure
        // δ = −Π a/(√3 k), so a = 2R/(1 + Π/(√3 k)) (ConstantPressureBoxTests); in fcc the virial Σ k δ ℓ n_x² = −P V,
        // with Σ n_x² = 2 per molecule (6 springs, 4 of the ⟨110⟩ families at n_x² = ½) and V/N = ℓ³/√2, gives
        // k δ = −P ℓ²/(2√2), i.e. c ℓ² + ℓ − 2R = 0 with c = P/(2√2 k).
        var cell = full.Lattice.Cell.ToArray();
        for (int a = 0; a < d; a++)
        {
            for (int b = a + 1; b < d; b++)
            {
                Assert.Equal(0, cell[a * d + b] / cell[b * d + b], 1e-7);
            }
        }

        double c = pressure / (2 * Math.Sqrt(2) * K);
        double expected = d == 2 ? 2 * RadiusHs / (1 + pressure / (Math.Sqrt(3) * K))
            : c == 0 ? 2 * RadiusHs : (Math.Sqrt(1 + 8 * RadiusHs * c) - 1) / (2 * c);
        foreach (var s in full.Lattice.Springs.ToArray())
        {
            Assert.Equal(expected, SpringNetwork.Length(s, positions, d), 1e-7);
        }

        var residual = Virial(full.Lattice, positions, radii, pressure);
        double shortest = full.Lattice.BoxLengths.ToArray().Min();
        Assert.All(residual, r => Assert.True(Math.Abs(r) < Tolerance * shortest, $"residual {r}"));

        // The lengths-only relaxation (the box kept its shear, as before) is left higher by far more than the
        // tolerance, and its angles are off the ideal.
        double enthalpy = Enthalpy(full.Lattice, positions, radii, pressure);
        double keptEnthalpy = Enthalpy(lengthsOnly.Lattice, rectangular, radii, pressure);
        Assert.True(keptEnthalpy - enthalpy > 1, $"enthalpy {enthalpy} K, with the shear kept {keptEnthalpy} K");
        var keptGeometry = names.Zip(MechanoelasticObservables.Measure(lengthsOnly.Lattice, rectangular, radii)).ToDictionary(p => p.First, p => p.Second);
        Assert.True(Math.Abs(keptGeometry[MechanoelasticObservables.Angle] - ideal) > 1, $"γ {keptGeometry[MechanoelasticObservables.Angle]}°");
    }

    [Theory]
    [InlineData(2, 0.0)]
    [InlineData(2, 200.0)]
    [InlineData(3, 200.0)]
    public void InEquilibriumTheVirialTensorBalancesThePressureInEveryComponent(int dimension, double pressure)
    {
        // A random mixed state: the springs' virial Σ k δ d_a d_b/ℓ = −P V δ_ab, the shear components included.
        int d = dimension;
        var lattice = d == 2
            ? TriangularLattice.Build(new(MechanoelasticLatticeKind.Triangular, MechanoelasticShape.Periodic, [6, 6]), 4.2, K)
            : Build(3);
        var random = new Random(11);
        var radii = Enumerable.Range(0, lattice.SiteCount).Select(_ => random.NextDouble() < 0.5 ? RadiusHs : RadiusLs).ToArray();
        var positions = lattice.Positions.ToArray();
        var rectangular = lattice.Positions.ToArray();
        var full = Create(lattice);
        var lengthsOnly = Create(lattice, relaxesShear: false);

        Assert.True(full.Relax(positions, radii, pressure).Converged);
        Assert.True(lengthsOnly.Relax(rectangular, radii, pressure).Converged);

        var virial = Virial(full.Lattice, positions, radii, pressure);
        double shortest = full.Lattice.BoxLengths.ToArray().Min();
        Assert.All(virial, v => Assert.True(Math.Abs(v) < Tolerance * shortest, $"virial + P V: {v} K"));

        // The rectangular box leaves a shear stress well above the tolerance: the check can fail.
        var left = Virial(lengthsOnly.Lattice, rectangular, radii, pressure);
        Assert.Contains(left, v => Math.Abs(v) > 100 * Tolerance * shortest);
        Assert.True(Enthalpy(full.Lattice, positions, radii, pressure) < Enthalpy(lengthsOnly.Lattice, rectangular, radii, pressure));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(200.0)]
    public void StripesAlongAnObliqueBondShearTheCellAsTheRotatedStripesAlongXDistortIt(double pressure)
    {
        // HS stripes (every third line) along the 60° bond direction of a triangular lattice are the stripes along x
        // rotated by 60°, which maps the families 0 → 1, 1 → 2, 2 → −0. The stripes along x are mirror-symmetric about
        // y, so their relaxed cell is rectangular and the rectangular relaxation finds it: lattice parameters a_x along
        // the stripes, b_x = |family 1| = |family 2|, angle γ_x (below 60° exactly when b_x < a_x, the oblique bonds
        // shorter than those along the stripes). The oblique stripes must then relax to a = b_x, b = a_x, γ = γ_x and
        // the same enthalpy, which needs a shear of the xy cell that a rectangular box cannot take.
        var lattice = TriangularLattice.Build(new(MechanoelasticLatticeKind.Triangular, MechanoelasticShape.Periodic, [12, 12]), 4.2, K);
        const int perRow = 12;
        double[] Stripes(Func<int, int, int> line) => [.. Enumerable.Range(0, lattice.SiteCount)
            .Select(site => ((line(site % perRow, site / perRow) % 3) + 3) % 3 == 0 ? RadiusHs : RadiusLs)];

        // Row r, i-th molecule: skew coordinates m e0 + n e1 with n = r, m = i − ⌊r/2⌋.
        var alongX = Stripes((i, row) => row);
        var oblique = Stripes((i, row) => i - row / 2);
        Assert.Equal(alongX.Count(r => r == RadiusHs), oblique.Count(r => r == RadiusHs));

        var (rowsGeometry, rowsEnthalpy, _) = Relaxed(lattice, alongX, pressure, relaxesShear: false);
        var (geometry, enthalpy, cell) = Relaxed(lattice, oblique, pressure, relaxesShear: true);
        var (keptGeometry, keptEnthalpy, _) = Relaxed(lattice, oblique, pressure, relaxesShear: false);

        double ax = rowsGeometry[0], bx = rowsGeometry[1], gammaX = rowsGeometry[2];
        Assert.True(bx < ax && gammaX < 60 - 1e-3, $"stripes along x: a {ax}, b {bx}, γ {gammaX}°");
        Assert.Equal(bx, geometry[0], 1e-7);
        Assert.Equal(ax, geometry[1], 1e-7);
        Assert.Equal(gammaX, geometry[2], 1e-6 * 180 / Math.PI);
        Assert.Equal(rowsEnthalpy, enthalpy, 1e-6);

        // The cell leans: its shear is what moves γ off 60° (the rectangular relaxation keeps γ elsewhere and is
        // higher by more than the tolerance).
        Assert.True(Math.Abs(cell[1] / cell[3]) > 1e-5, $"cell {string.Join(", ", cell)}");
        Assert.True(Math.Abs(keptGeometry[2] - gammaX) > 1e-4, $"γ with the shear kept {keptGeometry[2]}°, expected {gammaX}°");
        Assert.True(keptEnthalpy - enthalpy > 1e-3, $"enthalpy {enthalpy} K, rectangular {keptEnthalpy} K");
    }

    [Fact]
    public void ACellWithItsRotationLeftInIsRefused()
    {
        var lattice = Build(2);
        var box = lattice.BoxLengths.ToArray();
        Assert.Equal([box[0], 0, 0, box[1]], lattice.Cell.ToArray());
        Assert.Throws<ArgumentException>(() => lattice.WithCell([box[0], 0, 0.1, box[1]]));
        Assert.Throws<ArgumentException>(() => lattice.WithCell([box[0], 0, 0, -box[1]]));
        Assert.Throws<InvalidOperationException>(() => MechanoelasticLattice.Chain(3, 4, K).WithCell([1, 0, 0, 1]));
    }

    private static (double[] Geometry, double Enthalpy, double[] Cell) Relaxed(MechanoelasticLattice lattice, double[] radii,
        double pressure, bool relaxesShear)
    {
        var positions = lattice.Positions.ToArray();
        var relaxation = Create(lattice, relaxesShear);
        var outcome = relaxation.Relax(positions, radii, pressure);
        Assert.True(outcome.Converged, $"{outcome}");
        return (MechanoelasticObservables.Measure(relaxation.Lattice, positions, radii),
            Enthalpy(relaxation.Lattice, positions, radii, pressure), relaxation.Lattice.Cell.ToArray());
    }
}
