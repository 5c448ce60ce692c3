namespace SCOModel.Learning.Regressors;

/// <summary>The hyperparameters a <see cref="GradientBoostingModel"/> was grown with.</summary>
public sealed record GradientBoostingSettings(
    int Rounds, double LearningRate, int MaxDepth, int MinLeafRows, double Subsample, int Members, int Seed);
