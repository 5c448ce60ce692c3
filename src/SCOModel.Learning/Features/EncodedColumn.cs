using SCOModel.Learning.Data;

namespace SCOModel.Learning.Features;

/// <summary>
/// How one input column becomes model inputs, as fitted on training rows. Numeric: (x − Mean)/Scale, a missing value
/// imputed with Mean (i.e. 0 after scaling), plus a 0/1 missing indicator when training rows had missing values.
/// Categorical: one 0/1 input per training level; a missing or unseen level is all zeros.
/// </summary>
/// <param name="Name">The column name.</param>
/// <param name="Kind">Numeric or categorical.</param>
/// <param name="Mean">Numeric: the training mean (the imputed value).</param>
/// <param name="Scale">Numeric: the training standard deviation (1 for a constant column).</param>
/// <param name="MissingIndicator">Numeric: whether a missing-value indicator input follows.</param>
/// <param name="Levels">Categorical: the training levels, in ordinal order.</param>
public sealed record EncodedColumn(
    string Name,
    FeatureKind Kind,
    double Mean,
    double Scale,
    bool MissingIndicator,
    IReadOnlyList<string> Levels)
{
    /// <summary>How many model inputs the column becomes.</summary>
    public int Width => Kind == FeatureKind.Numeric ? (MissingIndicator ? 2 : 1) : Levels.Count;

    /// <summary>The names of those inputs: name, name:missing, or name=level.</summary>
    public IEnumerable<string> InputNames => Kind == FeatureKind.Numeric
        ? MissingIndicator ? [Name, Name + ":missing"] : [Name]
        : Levels.Select(level => $"{Name}={level}");
}
