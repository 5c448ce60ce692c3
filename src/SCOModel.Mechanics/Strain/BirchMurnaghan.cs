namespace SCOModel.Mechanics.Strain;

/// <summary>
/// The Birch–Murnaghan equation of state P(V) (Birch, Phys. Rev. 1947, 71, 809), in the form PASCal fits
/// (PASCal/utils.py; Cliffe &amp; Goodwin, J. Appl. Cryst. 2012, 45, 1321):
/// P = (3B₀/2)(η⁷ − η⁵)[1 + ¾(B′ − 4)(η² − 1)], η = (V₀/V)^⅓. The second-order equation is the third-order one with
/// B′ = 4.
/// </summary>
public static class BirchMurnaghan
{
    /// <summary>B′ of the second-order equation.</summary>
    public const double SecondOrderBPrime = 4;

    /// <summary>P in GPa at volume V (Å³), for V₀ (Å³), B₀ (GPa) and B′.</summary>
    public static double Pressure(double volume, double v0, double b0, double bPrime)
    {
        if (!(volume > 0 && v0 > 0))
        {
            return double.NaN;
        }

        double eta2 = Math.Pow(v0 / volume, 2.0 / 3);
        double eta5 = eta2 * eta2 * Math.Sqrt(eta2);
        return 1.5 * b0 * ((eta5 * eta2) - eta5) * (1 + (0.75 * (bPrime - 4) * (eta2 - 1)));
    }

    /// <summary>
    /// V at pressure P: the root of P(V) = P between V₀/100 and 100 V₀ by bisection, where P(V) falls monotonically;
    /// NaN when the equation does not reach P there (e.g. B′ &lt; 0 at high pressure).
    /// </summary>
    public static double Volume(double pressure, double v0, double b0, double bPrime)
    {
        if (!(v0 > 0 && b0 > 0))
        {
            return double.NaN;
        }

        // The search starts at V₀ and widens on the side P lies, staying where P(V) decreases.
        double lo = v0, hi = v0;
        if (pressure >= 0)
        {
            while (Pressure(lo, v0, b0, bPrime) < pressure)
            {
                double next = lo * 0.95;
                if (next < v0 / 100 || !(Pressure(next, v0, b0, bPrime) > Pressure(lo, v0, b0, bPrime)))
                {
                    return double.NaN;
                }

                lo = next;
            }
        }
        else
        {
            while (Pressure(hi, v0, b0, bPrime) > pressure)
            {
                double next = hi * 1.05;
                if (next > v0 * 100 || !(Pressure(next, v0, b0, bPrime) < Pressure(hi, v0, b0, bPrime)))
                {
                    return double.NaN;
                }

                hi = next;
            }
        }

        if (pressure >= 0)
        {
            hi = lo == v0 ? v0 : lo / 0.95;
        }
        else
        {
            lo = hi == v0 ? v0 : hi / 1.05;
        }

        for (int k = 0; k < 200 && hi - lo > 1e-13 * v0; k++)
        {
            double mid = 0.5 * (lo + hi);
            if (Pressure(mid, v0, b0, bPrime) > pressure)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return 0.5 * (lo + hi);
    }
}
