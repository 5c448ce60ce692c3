namespace SCOModel.Structure.Cif;

/// <summary>
/// One token of a CIF file with the line it starts on. <paramref name="IsQuoted"/> tells a quoted value or text field
/// from a bare one: only a bare <c>?</c> or <c>.</c> means unknown or inapplicable.
/// </summary>
internal readonly record struct CifToken(CifTokenKind Kind, string Text, int Line, bool IsQuoted = false)
{
    /// <summary>How a message names the token: its text, shortened.</summary>
    public string Describe() => Kind switch
    {
        CifTokenKind.Value => $"the value '{(Text.Length > 30 ? Text[..30] + "..." : Text)}'",
        CifTokenKind.DataBlock => $"'data_{Text}'",
        CifTokenKind.Loop => "'loop_'",
        CifTokenKind.Tag => $"the tag '{Text}'",
        CifTokenKind.Save => "'save_" + Text + "'",
        CifTokenKind.Global => "'global_'",
        _ => "'stop_'",
    };
}
