namespace SCOModel.Core.Models;

/// <summary>A halogen atom of a halogen contact (PHYSICS.md §6).</summary>
public enum Halogen
{
    /// <summary>Fluorine.</summary>
    F,

    /// <summary>Chlorine.</summary>
    Cl,

    /// <summary>Bromine.</summary>
    Br,

    /// <summary>Iodine.</summary>
    I,
}
