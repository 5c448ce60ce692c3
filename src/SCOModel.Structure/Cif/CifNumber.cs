using System.Globalization;
using System.Text.RegularExpressions;

namespace SCOModel.Structure.Cif;

/// <summary>
/// A CIF numeric value with its standard uncertainty: <c>1.234(5)</c> is 1.234 ± 0.005, the digits in brackets
/// counting in units of the value's last digit (CIF 1.1 "numeric values"; <c>1.2e3(4)</c> is 1200 ± 400).
/// </summary>
public readonly partial record struct CifNumber(double Value, double? StandardUncertainty)
{
    /// <summary>Reads a CIF number; false for anything else (text, <c>?</c>, <c>.</c>).</summary>
    public static bool TryParse(string text, out CifNumber number)
    {
        number = default;
        var match = Pattern().Match(text ?? string.Empty);
        if (!match.Success)
        {
            return false;
        }

        string mantissa = match.Groups["mantissa"].Value;
        int exponent = match.Groups["exponent"].Success
            ? int.Parse(match.Groups["exponent"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)
            : 0;
        double value = double.Parse(mantissa, NumberStyles.Float, CultureInfo.InvariantCulture) * Math.Pow(10, exponent);
        double? su = null;
        if (match.Groups["su"].Success)
        {
            int dot = mantissa.IndexOf('.', StringComparison.Ordinal);
            int decimals = dot < 0 ? 0 : mantissa.Length - dot - 1;
            su = double.Parse(match.Groups["su"].Value, CultureInfo.InvariantCulture) * Math.Pow(10, exponent - decimals);
        }

        number = new CifNumber(value, su);
        return true;
    }

    [GeneratedRegex(@"^(?<mantissa>[+-]?(?:\d+\.?\d*|\.\d+))(?:[eE](?<exponent>[+-]?\d+))?(?:\((?<su>\d+)\))?$")]
    private static partial Regex Pattern();
}
