namespace SCOModel.Learning.Data;

/// <summary>
/// What a model learns from: the input columns, the target of each row, and each row's group (the family whose rows
/// must stay in one cross-validation fold; a row without a group is its own group).
/// </summary>
/// <param name="Features">The input columns, one row per compound with a target.</param>
/// <param name="Target">The target of each row.</param>
/// <param name="Groups">The group of each row.</param>
/// <param name="TargetName">The target's column name.</param>
/// <param name="GroupName">The group column, or null when every row is its own group.</param>
/// <param name="RowsWithoutTarget">Rows of the file skipped because their target cell is missing.</param>
/// <param name="Notes">What the reader decided on its own (columns left out, kinds inferred), for the report.</param>
public sealed record TrainingSet(
    LearningTable Features,
    IReadOnlyList<double> Target,
    IReadOnlyList<string> Groups,
    string TargetName,
    string? GroupName,
    int RowsWithoutTarget,
    IReadOnlyList<string> Notes);
