using SCOModel.Core.Configuration;

namespace SCOModel.Structure.Cif;

/// <summary>
/// A value of a CIF data item, with the line it is on (for messages). A bare <c>?</c> means unknown and a bare
/// <c>.</c> inapplicable (CIF 1.1); quoted, they are ordinary text.
/// </summary>
public sealed class CifValue
{
    internal CifValue(string text, int line, bool isQuoted)
    {
        Text = text;
        Line = line;
        IsQuoted = isQuoted;
    }

    /// <summary>The text, without quotes or the semicolons of a text field.</summary>
    public string Text { get; }

    /// <summary>The 1-based line the value starts on.</summary>
    public int Line { get; }

    /// <summary>True for a quoted value or a text field.</summary>
    public bool IsQuoted { get; }

    /// <summary>A bare <c>?</c>: the value is unknown.</summary>
    public bool IsUnknown => !IsQuoted && Text == "?";

    /// <summary>A bare <c>.</c>: the item does not apply.</summary>
    public bool IsInapplicable => !IsQuoted && Text == ".";

    /// <summary>Unknown or inapplicable.</summary>
    public bool IsMissing => IsUnknown || IsInapplicable;

    /// <summary>The number with its standard uncertainty, or null when the value is not a number.</summary>
    public CifNumber? Number => !IsQuoted && CifNumber.TryParse(Text, out var n) ? n : null;

    /// <summary>The number; a <see cref="ConfigException"/> naming the file, the line and the item when it is none.</summary>
    public double RequireNumber(string source, string what) => Number?.Value
        ?? throw new ConfigException(source, $"line {Line}",
            $"{what} is '{Text}'; expected a number such as 0.1234 or 0.1234(5)");

    public override string ToString() => Text;
}
