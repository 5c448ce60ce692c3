namespace SCOModel.Core.Models;

/// <summary>
/// Sites that never switch (PHYSICS.md §2, incomplete transitions): exactly round(f N) sites trapped HS and round(f' N)
/// trapped LS, chosen by the sample seed. They keep their bonds, so they act on their neighbours as a fixed field;
/// n_HS never falls below the trapped-HS fraction nor rises above 1 − the trapped-LS fraction.
/// </summary>
/// <param name="HighSpinFraction">Fraction of sites that stay HS.</param>
/// <param name="LowSpinFraction">Fraction of sites that stay LS.</param>
public sealed record TrappedSites(double HighSpinFraction = 0, double LowSpinFraction = 0);
