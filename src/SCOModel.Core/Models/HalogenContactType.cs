namespace SCOModel.Core.Models;

/// <summary>
/// The geometric class of a contact X···X' (Desiraju and Parthasarathy, J. Am. Chem. Soc. 1989, 111, 8725; PHYSICS.md
/// §6): type I symmetric (θ1 ≈ θ2), type II bent (θ1 ≈ 180°, θ2 ≈ 90°, a true halogen bond).
/// </summary>
public enum HalogenContactType
{
    /// <summary>|θ1 − θ2| &lt; 15°.</summary>
    TypeI,

    /// <summary>15° ≤ |θ1 − θ2| &lt; 30°: neither class.</summary>
    Intermediate,

    /// <summary>|θ1 − θ2| ≥ 30°.</summary>
    TypeII,
}
