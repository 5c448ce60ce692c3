using SCOModel.Core.Units;
using SCOModel.Mechanics.WineRack;

namespace SCOModel.Mechanics.Tests.WineRack;

/// <summary>Lattices and models for the wine-rack tests, and the unit χ = 1 GPa Å³ in kelvin.</summary>
internal static class WineRackModels
{
    public const double Degree = Math.PI / 180;

    /// <summary>χ = 72.4297 K/(GPa Å³).</summary>
    public static double Chi => PhysicalUnits.KelvinFromPressureVolume(1, 1);

    /// <summary>A lattice with angles in degrees.</summary>
    public static WineRackLattice Lattice(double strutA, double strutChangeA, double angleDeg, double angleChangeDeg,
        double hingeK, double? strutKPerA2, double layerA = 10) =>
        new(strutA, strutChangeA, angleDeg * Degree, angleChangeDeg * Degree, hingeK, strutKPerA2, layerA);

    /// <summary>A model whose nodes stay LS at any pressure and temperature used here (Δ huge, n ≈ e^−300).</summary>
    public static WineRackModel AlwaysLs(WineRackLattice lattice) => new(1e5, 0, 0, lattice);

    /// <summary>Bisection for a root of a continuous function that changes sign on [a, b].</summary>
    public static double Bisect(Func<double, double> f, double a, double b)
    {
        double fa = f(a);
        for (int i = 0; i < 200; i++)
        {
            double m = 0.5 * (a + b);
            double fm = f(m);
            if (fm == 0)
            {
                return m;
            }

            if (Math.Sign(fm) == Math.Sign(fa))
            {
                (a, fa) = (m, fm);
            }
            else
            {
                b = m;
            }
        }

        return 0.5 * (a + b);
    }
}
