using SCOModel.Learning.Regressors;

namespace SCOModel.Cli.Commands;

/// <summary>One ranked row of `sco screen`: the prediction(s) and the probabilities that rank it.</summary>
internal sealed record ScreenedCandidate(
    int Line, string Name, Prediction Prediction, double WindowProbability, Prediction? Width, double? WidthProbability,
    double Probability);
