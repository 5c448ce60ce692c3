namespace SCOModel.Core.Configuration;

/// <summary>How the positions relax mechanically after every Monte Carlo step (PHYSICS.md §4).</summary>
public enum MechanoelasticRelaxationMethod
{
    /// <summary>
    /// The fast default: Gauss–Newton steps, each solving K Δx = F by block-Jacobi preconditioned conjugate gradients on
    /// the stiffness of the current configuration, rigid-body modes projected out.
    /// </summary>
    Newton,

    /// <summary>
    /// The literature's reference: damped equations of motion (FIRE) until the largest force vanishes to the tolerance.
    /// </summary>
    DampedDynamics,
}
