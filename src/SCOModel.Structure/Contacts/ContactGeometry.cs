namespace SCOModel.Structure.Contacts;

/// <summary>
/// The geometry of a halogen···halogen contact from its two C/M–X···X angles (Desiraju &amp; Parthasarathy, J. Am. Chem.
/// Soc. 1989, 111, 8725; Cavallo et al., Chem. Rev. 2016, 116, 2478): type I, symmetric (|θ1 − θ2| &lt; 15°), a
/// packing contact; type II, bent (|θ1 − θ2| ≥ 30°), a halogen bond of one σ-hole to the other's belt.
/// </summary>
public enum ContactGeometry
{
    /// <summary>|θ1 − θ2| &lt; 15°.</summary>
    TypeI,

    /// <summary>|θ1 − θ2| ≥ 30°.</summary>
    TypeII,

    /// <summary>15° ≤ |θ1 − θ2| &lt; 30°.</summary>
    Intermediate,

    /// <summary>An X···donor contact, or a halogen bonded to nothing (a halide ion): no angle pair to compare.</summary>
    NotApplicable,
}
