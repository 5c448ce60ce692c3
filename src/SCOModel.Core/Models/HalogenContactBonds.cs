namespace SCOModel.Core.Models;

/// <summary>
/// A halogen contact repeated through the crystal: the molecules that make it are joined along one bond direction
/// (family) of the lattice, forming chains of contacts on top of the isotropic J (PHYSICS.md §6). A fraction of the
/// molecules, chosen by the sample seed, make the contact; a bond of that direction carries J_XB only when both its
/// molecules do, so a fraction below 1 gives a diluted contact network (in (3)w of Busch et al. only half the
/// molecules have a contact).
/// </summary>
/// <param name="Contact">The geometry.</param>
/// <param name="Direction">The bond family the contacts run along (0 = x, 1 = y, ...).</param>
/// <param name="Fraction">Fraction of molecules that make the contact.</param>
public sealed record HalogenContactBonds(HalogenContact Contact, int Direction = 0, double Fraction = 1);
