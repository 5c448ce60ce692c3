namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// The motions that cost no elastic energy and make the stiffness matrix singular: the two translations, and for an
/// open sample the infinitesimal rotation about the centroid. Kept as an orthonormal set; <see cref="Project"/> removes
/// them from a vector, which is how the Newton relaxation pins the sample without fixing any molecule.
/// </summary>
internal sealed class RigidBodyModes
{
    private readonly double[][] _modes;

    private RigidBodyModes(double[][] modes) => _modes = modes;

    /// <summary>The modes of a lattice at the given positions.</summary>
    public static RigidBodyModes At(MechanoelasticLattice lattice, ReadOnlySpan<double> positions)
    {
        int n = lattice.SiteCount;
        double norm = 1 / Math.Sqrt(n);
        var tx = new double[2 * n];
        var ty = new double[2 * n];
        for (int i = 0; i < n; i++)
        {
            tx[2 * i] = norm;
            ty[2 * i + 1] = norm;
        }

        if (!lattice.IsOpen)
        {
            return new RigidBodyModes([tx, ty]);
        }

        double cx = 0, cy = 0;
        for (int i = 0; i < n; i++)
        {
            cx += positions[2 * i];
            cy += positions[2 * i + 1];
        }

        cx /= n;
        cy /= n;
        var rotation = new double[2 * n];
        double squares = 0;
        for (int i = 0; i < n; i++)
        {
            rotation[2 * i] = -(positions[2 * i + 1] - cy);
            rotation[2 * i + 1] = positions[2 * i] - cx;
            squares += rotation[2 * i] * rotation[2 * i] + rotation[2 * i + 1] * rotation[2 * i + 1];
        }

        if (squares == 0)
        {
            return new RigidBodyModes([tx, ty]);
        }

        double scale = 1 / Math.Sqrt(squares);
        for (int k = 0; k < rotation.Length; k++)
        {
            rotation[k] *= scale;
        }

        return new RigidBodyModes([tx, ty, rotation]);
    }

    /// <summary>Removes the rigid-body components from v (v − Σ u (u · v)).</summary>
    public void Project(Span<double> v)
    {
        foreach (var u in _modes)
        {
            double dot = 0;
            for (int k = 0; k < v.Length; k++)
            {
                dot += u[k] * v[k];
            }

            for (int k = 0; k < v.Length; k++)
            {
                v[k] -= dot * u[k];
            }
        }
    }
}
