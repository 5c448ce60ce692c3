using System.Collections.Frozen;
using System.Globalization;

namespace SCOModel.Structure.Crystal;

/// <summary>
/// A chemical element with the data the descriptors need: the standard atomic weight (IUPAC 2021 abridged values, for
/// the density), the covalent radius of Cordero et al., Dalton Trans. 2008, 2832 (for bonds and coordination spheres;
/// for Mn, Fe and Co the high-spin value, so that the long M–L bonds of a high-spin centre are still found) and the
/// van der Waals radius of Bondi, J. Phys. Chem. 1964, 68, 441 (for contacts; null where Bondi gives none).
/// </summary>
public sealed class Element
{
    // Symbol, Z, atomic weight, covalent radius (Å), Bondi radius (Å; 0 = none).
    private const string Table = """
        H 1 1.008 0.31 1.20
        He 2 4.0026 0.28 1.40
        Li 3 6.94 1.28 1.82
        Be 4 9.0122 0.96 0
        B 5 10.81 0.84 0
        C 6 12.011 0.76 1.70
        N 7 14.007 0.71 1.55
        O 8 15.999 0.66 1.52
        F 9 18.998 0.57 1.47
        Ne 10 20.180 0.58 1.54
        Na 11 22.990 1.66 2.27
        Mg 12 24.305 1.41 1.73
        Al 13 26.982 1.21 0
        Si 14 28.085 1.11 2.10
        P 15 30.974 1.07 1.80
        S 16 32.06 1.05 1.80
        Cl 17 35.45 1.02 1.75
        Ar 18 39.95 1.06 1.88
        K 19 39.098 2.03 2.75
        Ca 20 40.078 1.76 0
        Sc 21 44.956 1.70 0
        Ti 22 47.867 1.60 0
        V 23 50.942 1.53 0
        Cr 24 51.996 1.39 0
        Mn 25 54.938 1.61 0
        Fe 26 55.845 1.52 0
        Co 27 58.933 1.50 0
        Ni 28 58.693 1.24 1.63
        Cu 29 63.546 1.32 1.40
        Zn 30 65.38 1.22 1.39
        Ga 31 69.723 1.22 1.87
        Ge 32 72.630 1.20 0
        As 33 74.922 1.19 1.85
        Se 34 78.971 1.20 1.90
        Br 35 79.904 1.20 1.85
        Kr 36 83.798 1.16 2.02
        Rb 37 85.468 2.20 0
        Sr 38 87.62 1.95 0
        Y 39 88.906 1.90 0
        Zr 40 91.224 1.75 0
        Nb 41 92.906 1.64 0
        Mo 42 95.95 1.54 0
        Tc 43 98 1.47 0
        Ru 44 101.07 1.46 0
        Rh 45 102.91 1.42 0
        Pd 46 106.42 1.39 1.63
        Ag 47 107.87 1.45 1.72
        Cd 48 112.41 1.44 1.58
        In 49 114.82 1.42 1.93
        Sn 50 118.71 1.39 2.17
        Sb 51 121.76 1.39 0
        Te 52 127.60 1.38 2.06
        I 53 126.90 1.39 1.98
        Xe 54 131.29 1.40 2.16
        Cs 55 132.91 2.44 0
        Ba 56 137.33 2.15 0
        La 57 138.91 2.07 0
        Ce 58 140.12 2.04 0
        Pr 59 140.91 2.03 0
        Nd 60 144.24 2.01 0
        Pm 61 145 1.99 0
        Sm 62 150.36 1.98 0
        Eu 63 151.96 1.98 0
        Gd 64 157.25 1.96 0
        Tb 65 158.93 1.94 0
        Dy 66 162.50 1.92 0
        Ho 67 164.93 1.92 0
        Er 68 167.26 1.89 0
        Tm 69 168.93 1.90 0
        Yb 70 173.05 1.87 0
        Lu 71 174.97 1.87 0
        Hf 72 178.49 1.75 0
        Ta 73 180.95 1.70 0
        W 74 183.84 1.62 0
        Re 75 186.21 1.51 0
        Os 76 190.23 1.44 0
        Ir 77 192.22 1.41 0
        Pt 78 195.08 1.36 1.72
        Au 79 196.97 1.36 1.66
        Hg 80 200.59 1.32 1.55
        Tl 81 204.38 1.45 1.96
        Pb 82 207.2 1.46 2.02
        Bi 83 208.98 1.48 0
        Th 90 232.04 2.06 0
        U 92 238.03 1.96 1.86
        """;

    private static readonly FrozenDictionary<string, Element> BySymbol = Load();

    private Element(string symbol, int z, double mass, double covalentRadius, double? vdwRadius)
    {
        Symbol = symbol;
        AtomicNumber = z;
        Mass = mass;
        CovalentRadius = covalentRadius;
        VdwRadius = vdwRadius;
    }

    public string Symbol { get; }

    public int AtomicNumber { get; }

    /// <summary>Standard atomic weight, g/mol.</summary>
    public double Mass { get; }

    /// <summary>Covalent radius, Å (Cordero et al. 2008).</summary>
    public double CovalentRadius { get; }

    /// <summary>Van der Waals radius, Å (Bondi 1964), or null.</summary>
    public double? VdwRadius { get; }

    /// <summary>F, Cl, Br, I (At is not tabulated).</summary>
    public bool IsHalogen => Symbol is "F" or "Cl" or "Br" or "I";

    /// <summary>
    /// A d-block element (groups 3–12): the metal centres whose coordination spheres are described. Spin crossover is
    /// a d⁴–d⁷ phenomenon (Fe, Co, Mn, Cr), but every d-block centre gets its sphere described.
    /// </summary>
    public bool IsTransitionMetal => AtomicNumber is (>= 21 and <= 30) or (>= 39 and <= 48) or 57 or (>= 72 and <= 80);

    /// <summary>Any metal: s-block (except H), d-block, f-block, and Al, Ga, In, Sn, Tl, Pb, Bi.</summary>
    public bool IsMetal => IsTransitionMetal || Symbol is "Li" or "Be" or "Na" or "Mg" or "K" or "Ca" or "Rb" or "Sr" or "Cs"
        or "Ba" or "Al" or "Ga" or "In" or "Sn" or "Tl" or "Pb" or "Bi" || AtomicNumber is (>= 58 and <= 71) or >= 89;

    /// <summary>An atom that can donate to a metal: neither a metal nor hydrogen (riding H positions are not donors).</summary>
    public bool IsDonor => !IsMetal && Symbol != "H";

    /// <summary>
    /// A Lewis-base atom a halogen can bind to through its σ-hole (N, O, S, Se, P): the "donor" of an X···D contact.
    /// </summary>
    public bool IsHalogenBondAcceptor => Symbol is "N" or "O" or "S" or "Se" or "P";

    /// <summary>The element of a symbol, case-insensitive ("FE", "fe", "Fe"); null when unknown. D and T read as H.</summary>
    public static Element? FromSymbol(string symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        if (symbol.Length is 0 or > 2)
        {
            return null;
        }

        string canonical = char.ToUpperInvariant(symbol[0]) + symbol[1..].ToLowerInvariant();
        return canonical is "D" or "T" ? BySymbol["H"] : BySymbol.GetValueOrDefault(canonical);
    }

    /// <summary>
    /// The element of an atom-type symbol or site label: the leading letters, two when they name an element and one
    /// otherwise ("Fe1" → Fe, "N12A" → N, "Fe2+" → Fe, "CL1" → Cl, "C1A" → C). Null when neither does.
    /// </summary>
    public static Element? FromLabel(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        int letters = 0;
        while (letters < label.Length && letters < 2 && char.IsAsciiLetter(label[letters]))
        {
            letters++;
        }

        if (letters == 2 && FromSymbol(label[..2]) is Element two)
        {
            return two;
        }

        return letters >= 1 ? FromSymbol(label[..1]) : null;
    }

    public override string ToString() => Symbol;

    private static FrozenDictionary<string, Element> Load()
    {
        var elements = new Dictionary<string, Element>(StringComparer.Ordinal);
        foreach (string line in Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string[] f = line.Split(' ');
            double Number(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
            elements[f[0]] = new Element(f[0], int.Parse(f[1], CultureInfo.InvariantCulture), Number(2), Number(3),
                Number(4) > 0 ? Number(4) : null);
        }

        return elements.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
