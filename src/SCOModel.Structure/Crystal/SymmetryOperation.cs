using System.Globalization;
using System.Text;

namespace SCOModel.Structure.Crystal;

/// <summary>
/// A space-group symmetry operation x' = R x + t on fractional coordinates, read from its Jones-faithful form as CIF
/// writes it in <c>_space_group_symop_operation_xyz</c> or <c>_symmetry_equiv_pos_as_xyz</c>: "-x+1/2, y, -z+1/2",
/// "x-y,x,z+5/6", "1/2+X,1/2-Y,-Z". R must be an integer matrix with determinant ±1.
/// </summary>
public sealed class SymmetryOperation
{
    private readonly int[,] _rotation;
    private readonly double[] _translation;

    private SymmetryOperation(int[,] rotation, double[] translation, string text)
    {
        _rotation = rotation;
        _translation = translation;
        Text = text;
    }

    /// <summary>x, y, z.</summary>
    public static SymmetryOperation Identity { get; } = new(new int[,] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } }, [0, 0, 0], "x,y,z");

    /// <summary>The operation as it was written.</summary>
    public string Text { get; }

    /// <summary>True for x, y, z (a pure lattice translation counts as the identity's image in the cell).</summary>
    public bool IsIdentity => IsRotationIdentity && _translation.All(t => Math.Abs(t - Math.Round(t)) < 1e-9);

    private bool IsRotationIdentity
    {
        get
        {
            for (int i = 0; i < 3; i++)
            {
                for (int j = 0; j < 3; j++)
                {
                    if (_rotation[i, j] != (i == j ? 1 : 0))
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }

    /// <summary>R f + t.</summary>
    public Vector3D Apply(Vector3D f)
    {
        double Row(int i) => (_rotation[i, 0] * f.X) + (_rotation[i, 1] * f.Y) + (_rotation[i, 2] * f.Z) + _translation[i];
        return new Vector3D(Row(0), Row(1), Row(2));
    }

    /// <summary>The largest translation component accepted, in cells (CIFs write fractions such as 1/2 or 3/4).</summary>
    public const double MaxTranslation = 10;

    /// <summary>Parses an operation; <see cref="FormatException"/> saying what is wrong.</summary>
    public static SymmetryOperation Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] parts = text.Split(',');
        if (parts.Length != 3)
        {
            throw new FormatException($"'{text}' has {parts.Length} comma-separated part{(parts.Length == 1 ? string.Empty : "s")}; " +
                "expected three, such as '-x+1/2, y, -z+1/2'");
        }

        var rotation = new int[3, 3];
        var translation = new double[3];
        for (int row = 0; row < 3; row++)
        {
            ParseComponent(parts[row], text, row, rotation, translation);
        }

        if (translation.FirstOrDefault(t => !(Math.Abs(t) <= MaxTranslation)) is double far && far != 0)
        {
            // A translation of whole cells changes nothing, and a huge one only loses the coordinates' precision.
            throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                $"'{text}' translates by {far:G6} cells; expected a fraction within ±{MaxTranslation}, such as +1/2"));
        }

        int det = (rotation[0, 0] * ((rotation[1, 1] * rotation[2, 2]) - (rotation[1, 2] * rotation[2, 1])))
            - (rotation[0, 1] * ((rotation[1, 0] * rotation[2, 2]) - (rotation[1, 2] * rotation[2, 0])))
            + (rotation[0, 2] * ((rotation[1, 0] * rotation[2, 1]) - (rotation[1, 1] * rotation[2, 0])));
        if (det is not (1 or -1))
        {
            throw new FormatException($"'{text}' is not a crystallographic operation: its matrix has determinant {det}, expected 1 or -1");
        }

        return new SymmetryOperation(rotation, translation, text.Trim());
    }

    private static void ParseComponent(string part, string whole, int row, int[,] rotation, double[] translation)
    {
        string s = part.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\t", string.Empty, StringComparison.Ordinal);
        if (s.Length == 0)
        {
            throw new FormatException($"'{whole}': part {row + 1} is empty; expected an expression such as 'x+1/2'");
        }

        int i = 0;
        while (i < s.Length)
        {
            int sign = 1;
            if (s[i] is '+' or '-')
            {
                sign = s[i] == '-' ? -1 : 1;
                i++;
            }

            if (i >= s.Length)
            {
                throw new FormatException($"'{whole}': part {row + 1} ('{part.Trim()}') ends with a sign; expected x, y, z or a number after it");
            }

            if (Axis(s[i]) is int axis)
            {
                rotation[row, axis] += sign;
                i++;
                continue;
            }

            if (char.IsAsciiDigit(s[i]) || s[i] == '.')
            {
                double value = ReadNumber(s, ref i, whole, row, part);
                if (i < s.Length && s[i] == '*')
                {
                    i++;
                }

                if (i < s.Length && Axis(s[i]) is int scaled)
                {
                    if (value != Math.Round(value))
                    {
                        throw new FormatException($"'{whole}': part {row + 1} ('{part.Trim()}') scales an axis by {value}; expected an integer");
                    }

                    rotation[row, scaled] += sign * (int)value;
                    i++;
                }
                else
                {
                    translation[row] += sign * value;
                }

                continue;
            }

            throw new FormatException($"'{whole}': part {row + 1} ('{part.Trim()}') has '{s[i]}' where x, y, z, a sign or a number was expected");
        }
    }

    private static double ReadNumber(string s, ref int i, string whole, int row, string part)
    {
        int start = i;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.'))
        {
            i++;
        }

        if (!double.TryParse(s[start..i], NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            throw new FormatException($"'{whole}': part {row + 1} ('{part.Trim()}') has the malformed number '{s[start..i]}'");
        }

        if (i < s.Length && s[i] == '/')
        {
            i++;
            int denominatorStart = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }

            if (i == denominatorStart || int.Parse(s[denominatorStart..i], CultureInfo.InvariantCulture) == 0)
            {
                throw new FormatException($"'{whole}': part {row + 1} ('{part.Trim()}') has a fraction without a non-zero denominator");
            }

            value /= int.Parse(s[denominatorStart..i], CultureInfo.InvariantCulture);
        }

        return value;
    }

    private static int? Axis(char c) => char.ToLowerInvariant(c) switch
    {
        'x' => 0,
        'y' => 1,
        'z' => 2,
        _ => null,
    };

    public override string ToString()
    {
        var text = new StringBuilder();
        for (int row = 0; row < 3; row++)
        {
            if (row > 0)
            {
                text.Append(',');
            }

            bool any = false;
            for (int axis = 0; axis < 3; axis++)
            {
                int r = _rotation[row, axis];
                if (r != 0)
                {
                    text.Append(r < 0 ? "-" : any ? "+" : string.Empty);
                    if (Math.Abs(r) != 1)
                    {
                        text.Append(Math.Abs(r));
                    }

                    text.Append("xyz"[axis]);
                    any = true;
                }
            }

            if (Math.Abs(_translation[row]) > 1e-12)
            {
                text.Append(CultureInfo.InvariantCulture, $"{(_translation[row] < 0 ? "-" : "+")}{Math.Abs(_translation[row]):0.######}");
            }
        }

        return text.ToString();
    }
}
