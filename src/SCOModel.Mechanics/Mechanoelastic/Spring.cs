namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// A spring between two molecules (PHYSICS.md §4): its vector is r_second + shift − r_first, the shift being a box
/// vector across a periodic boundary (zero inside the sample). A nearest-neighbour spring rests at R_first + R_second;
/// a diagonal (next-nearest) spring of a square lattice (a face diagonal of a cubic one) at √2 (R_first + R_second),
/// and gives the lattice its shear rigidity.
/// </summary>
/// <param name="First">One end.</param>
/// <param name="Second">The other end.</param>
/// <param name="StiffnessKPerA2">k (nearest neighbours) or k' (diagonals), K/Å².</param>
/// <param name="Diagonal">True for a next-nearest (diagonal) spring.</param>
/// <param name="ShiftXA">The box shift added to the second end, x, Å.</param>
/// <param name="ShiftYA">The box shift added to the second end, y, Å.</param>
/// <param name="ShiftZA">The box shift added to the second end, z, Å (3D samples).</param>
/// <param name="Direction">
/// The bond direction (family) as built: 0 along x, then the lattice's other directions counter-clockwise (triangular
/// 1 at 60°, 2 at 120°; square 1 along y); the lattice parameters a and b are the mean vectors of families 0 and 1.
/// In 3D: simple cubic 0, 1, 2 along x, y, z and 3 to 8 the face diagonals; fcc 0 to 5 the ⟨110⟩ directions, whose
/// mean vectors sum into the cubic cell's edges (<see cref="MechanoelasticLattice.CellVectors"/>).
/// </param>
public readonly record struct Spring(int First, int Second, double StiffnessKPerA2, bool Diagonal = false, double ShiftXA = 0,
    double ShiftYA = 0, int Direction = 0, double ShiftZA = 0)
{
    /// <summary>The rest length over R_first + R_second: 1, or √2 for a diagonal.</summary>
    public double RestFactor => Diagonal ? Math.Sqrt(2) : 1;
}
