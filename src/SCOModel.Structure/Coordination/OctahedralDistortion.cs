using SCOModel.Structure.Crystal;

namespace SCOModel.Structure.Coordination;

/// <summary>
/// The distortion parameters of an octahedron MX6 as OctaDist defines them (Ketkaew et al., Dalton Trans. 2021, 50,
/// 1086): the mean bond length ⟨D⟩; ζ = Σ|d_i − ⟨D⟩| (Buron-Le Cointe et al., Phys. Rev. B 2012, 85, 064114);
/// Δ = (1/6) Σ((d_i − ⟨D⟩)/⟨D⟩)² (Lufaso &amp; Woodward, Acta Cryst. 2004, B60, 10); Σ = Σ over the 12 cis angles
/// |90° − φ| (McCusker et al., Inorg. Chem. 1996, 35, 2100); Θ = Σ over 24 angles |60° − θ| (Marchivie et al., Acta
/// Cryst. 2005, B61, 25), the trigonal twist.
/// </summary>
/// <remarks>
/// Θ as OctaDist computes it: each of the 8 faces in turn is taken as the reference, the metal and the opposite face
/// are projected onto its plane, and going round the projected metal the six donors alternate between the two faces
/// (a, c′, b, a′, c, b′ with x′ trans to x); the six signed angles between neighbours are 60° in a perfect octahedron.
/// Θ is half the sum of |60° − θ| over the 8 × 6 angles, because each pair of opposite faces is seen twice. The trans
/// pairs are the perfect matching of the six donors with the largest sum of L–M–L angles, and the 12 cis angles are the
/// others; for any octahedron not distorted beyond recognition that is the 12 smallest angles, OctaDist's choice.
/// OctaDist's published Θ values changed between versions of its algorithm, so Θ is comparable within this tool.
/// </remarks>
public sealed record OctahedralDistortion(double MeanDistance, double Zeta, double Delta, double Sigma, double Theta)
{
    /// <summary>The parameters of the octahedron of <paramref name="centre"/> and six donor positions (Å).</summary>
    public static OctahedralDistortion Of(Vector3D centre, IReadOnlyList<Vector3D> donors)
    {
        ArgumentNullException.ThrowIfNull(donors);
        if (donors.Count != 6)
        {
            throw new ArgumentException($"an octahedron has 6 donors, got {donors.Count}", nameof(donors));
        }

        var v = donors.Select(d => d - centre).ToArray();
        var d = v.Select(x => x.Length).ToArray();
        double mean = d.Average();
        double zeta = d.Sum(x => Math.Abs(x - mean));
        double delta = d.Sum(x => Math.Pow((x - mean) / mean, 2)) / 6;

        var trans = TransPartners(v);
        double sigma = 0;
        for (int i = 0; i < 6; i++)
        {
            for (int j = i + 1; j < 6; j++)
            {
                if (trans[i] != j)
                {
                    sigma += Math.Abs(90 - v[i].AngleDegTo(v[j]));
                }
            }
        }

        return new OctahedralDistortion(mean, zeta, delta, sigma, TrigonalTwist(centre, donors, trans));
    }

    /// <summary>For each donor the index of the donor trans to it.</summary>
    internal static int[] TransPartners(Vector3D[] v)
    {
        // The 15 perfect matchings of 6 donors into 3 pairs; the trans pairs are the one with the widest angles.
        int[] best = [];
        double bestSum = double.NegativeInfinity;
        for (int p = 1; p < 6; p++)
        {
            var rest = Enumerable.Range(1, 5).Where(k => k != p).ToArray();
            for (int q = 1; q < 4; q++)
            {
                int r1 = rest[0], r2 = rest[q];
                var last = rest.Where(k => k != r1 && k != r2).ToArray();
                double sum = v[0].AngleDegTo(v[p]) + v[r1].AngleDegTo(v[r2]) + v[last[0]].AngleDegTo(v[last[1]]);
                if (sum > bestSum)
                {
                    bestSum = sum;
                    best = new int[6];
                    (best[0], best[p]) = (p, 0);
                    (best[r1], best[r2]) = (r2, r1);
                    (best[last[0]], best[last[1]]) = (last[1], last[0]);
                }
            }
        }

        return best;
    }

    private static double TrigonalTwist(Vector3D centre, IReadOnlyList<Vector3D> donors, int[] trans)
    {
        // The three trans pairs (i, trans[i]); a face takes one donor of each pair, the opposite face the others.
        var pairs = Enumerable.Range(0, 6).Where(i => i < trans[i]).ToArray();
        double total = 0;
        for (int choice = 0; choice < 8; choice++)
        {
            int a = (choice & 1) == 0 ? pairs[0] : trans[pairs[0]];
            int b = (choice & 2) == 0 ? pairs[1] : trans[pairs[1]];
            int c = (choice & 4) == 0 ? pairs[2] : trans[pairs[2]];
            var normal = (donors[b] - donors[a]).Cross(donors[c] - donors[a]).Normalized();
            Vector3D Project(Vector3D x) => x - ((x - donors[a]).Dot(normal) * normal);
            var m = Project(centre);

            // With the normal from (b − a) × (c − a), a → b → c runs anticlockwise about it; the donor trans to c sits
            // between a and b, and so on round.
            int[] ring = [a, trans[c], b, trans[a], c, trans[b]];
            for (int k = 0; k < 6; k++)
            {
                var u = Project(donors[ring[k]]) - m;
                var w = Project(donors[ring[(k + 1) % 6]]) - m;
                double signed = Math.Atan2(u.Cross(w).Dot(normal), u.Dot(w)) * 180 / Math.PI;
                total += Math.Abs(60 - signed);
            }
        }

        return total / 2;
    }
}
