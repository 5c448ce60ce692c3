namespace SCOModel.MonteCarlo.Random;

/// <summary>What a random number is for: a field of the counter, so that different uses never share numbers.</summary>
public enum RandomPurpose : ushort
{
    /// <summary>Drawing the initial configuration.</summary>
    InitialState = 1,

    /// <summary>Single-spin updates.</summary>
    SpinUpdate = 2,

    /// <summary>Accepting or rejecting replica exchanges (parallel tempering).</summary>
    Exchange = 3,

    /// <summary>Proposing and accepting Wang–Landau spin flips.</summary>
    WangLandau = 4,

    /// <summary>
    /// The low 24 bits of a single-spin update's random word, drawn only when its first byte ties with the threshold
    /// (see <see cref="Kernels.SpinRandom"/>).
    /// </summary>
    SpinRefinement = 5,

    /// <summary>Kinetic Monte Carlo events: the waiting time, the channel and the site of each event.</summary>
    KineticEvent = 6,
}
