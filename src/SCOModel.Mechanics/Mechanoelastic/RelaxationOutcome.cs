namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>How an elastic relaxation ended.</summary>
/// <param name="Iterations">Newton iterations, or time steps of the damped dynamics.</param>
/// <param name="InnerIterations">Conjugate-gradient iterations in all (0 for the damped dynamics).</param>
/// <param name="MaxForce">The largest force on one molecule at the end, K/Å.</param>
/// <param name="Converged">Whether the largest force fell below the tolerance.</param>
public readonly record struct RelaxationOutcome(int Iterations, long InnerIterations, double MaxForce, bool Converged);
