namespace SCOModel.Plotting.Charts;

/// <summary>
/// The ticks of one axis: the axis limits, the labelled (major) ticks with their labels, and unlabelled minor ticks
/// (the 2..9 multiples within each decade of a log axis). Labels may contain the ^{sup} markup (e.g. 10^{−5}).
/// </summary>
/// <param name="Min">Lower limit of the axis.</param>
/// <param name="Max">Upper limit of the axis.</param>
/// <param name="Major">Labelled tick values, ascending.</param>
/// <param name="Labels">The label of each major tick (invariant culture, true minus signs).</param>
/// <param name="Minor">Unlabelled tick values, ascending.</param>
/// <param name="Step">The spacing of major ticks: in data units on a linear axis, in decades on a log axis.</param>
public sealed record TickSet(
    double Min,
    double Max,
    IReadOnlyList<double> Major,
    IReadOnlyList<string> Labels,
    IReadOnlyList<double> Minor,
    double Step);
