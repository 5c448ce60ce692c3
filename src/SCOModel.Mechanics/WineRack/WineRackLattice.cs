using SCOModel.Core.Configuration;
using SCOModel.Core.Units;

namespace SCOModel.Mechanics.WineRack;

/// <summary>
/// The elastic part of one node of the minimal SCO wine-rack (PHYSICS.md §5): struts of rest length
/// L(n) = L_LS + n ΔL and hinges of rest angle θ0(n) = θ0_LS + n Δθ0 and torsional stiffness k_θ, struts of stiffness
/// k_s (or rigid), layers c apart, under pressure P. The enthalpy per node is
/// G = ½ k_θ (θ − θ0)² + k_s (ℓ − L)² + χ P c ℓ² sin θ, χ = 1 GPa Å³ in kelvin; <see cref="TryRelax"/> minimises it.
/// </summary>
/// <remarks>
/// For a given θ the strut relaxes to ℓ(θ) = k_s L / (k_s + χ P c sin θ) (∂G/∂ℓ = 0), which leaves one equation, the
/// torque balance k_θ (θ − θ0) = −χ P c ℓ² cos θ (§5). Pressure turns the hinge towards the flat rhombus of smaller area
/// (θ → 0 for θ0 &lt; 90°, → π above); the geometry taken is the minimum reached by turning from θ0 that way, the one
/// continuously connected to the unloaded lattice. Beyond the fold where that minimum disappears (around the
/// buckling pressure P* = k_θ / (χ c L²) for rigid struts) the net has no equilibrium and <see cref="TryRelax"/> says so.
/// </remarks>
public sealed class WineRackLattice
{
    /// <summary>The step of the search for the torque balance from θ0: fine enough never to step over a minimum.</summary>
    private const double MarchStepRad = Math.PI / 1440;

    private const double Chi = PhysicalUnits.KelvinPerGPaCubicAngstrom;

    /// <summary>A lattice with angles in radians and rigid struts when <paramref name="strutStiffnessKPerA2"/> is null.</summary>
    public WineRackLattice(double strutLengthLsA, double strutLengthChangeA, double hingeAngleLsRad,
        double hingeAngleChangeRad, double hingeStiffnessK, double? strutStiffnessKPerA2, double layerSpacingA)
    {
        StrutLengthLsA = strutLengthLsA;
        StrutLengthChangeA = strutLengthChangeA;
        HingeAngleLsRad = hingeAngleLsRad;
        HingeAngleChangeRad = hingeAngleChangeRad;
        HingeStiffnessK = hingeStiffnessK;
        StrutStiffnessKPerA2 = strutStiffnessKPerA2;
        LayerSpacingA = layerSpacingA;
    }

    /// <summary>L_LS, Å.</summary>
    public double StrutLengthLsA { get; }

    /// <summary>ΔL, Å.</summary>
    public double StrutLengthChangeA { get; }

    /// <summary>θ0_LS, rad.</summary>
    public double HingeAngleLsRad { get; }

    /// <summary>Δθ0, rad.</summary>
    public double HingeAngleChangeRad { get; }

    /// <summary>k_θ, K per rad².</summary>
    public double HingeStiffnessK { get; }

    /// <summary>k_s, K per Å²; null for rigid struts.</summary>
    public double? StrutStiffnessKPerA2 { get; }

    /// <summary>c, Å.</summary>
    public double LayerSpacingA { get; }

    /// <summary>True when the struts do not stretch (ℓ = L).</summary>
    public bool RigidStruts => StrutStiffnessKPerA2 is null;

    /// <summary>The lattice of a config (degrees converted to radians).</summary>
    public static WineRackLattice From(WineRackModelConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new WineRackLattice(
            config.StrutLengthLsA,
            config.StrutLengthChangeA,
            config.HingeAngleLsDeg * Math.PI / 180,
            config.HingeAngleChangeDeg * Math.PI / 180,
            config.HingeStiffnessK,
            config.StrutStiffnessKPerA2,
            config.LayerSpacingA);
    }

    /// <summary>L(n) = L_LS + n ΔL, Å (the linear interpolation of §5 for a mean-field node).</summary>
    public double RestStrutA(double nHs) => StrutLengthLsA + (nHs * StrutLengthChangeA);

    /// <summary>θ0(n) = θ0_LS + n Δθ0, rad.</summary>
    public double RestAngleRad(double nHs) => HingeAngleLsRad + (nHs * HingeAngleChangeRad);

    /// <summary>P* = k_θ / (χ c L(n)²), GPa: the pressure scale of the hinge (θ − θ0 = −(P/P*) cos θ for rigid struts).</summary>
    public double CharacteristicPressureGPa(double nHs)
    {
        double rest = RestStrutA(nHs);
        return HingeStiffnessK / (Chi * LayerSpacingA * rest * rest);
    }

    /// <summary>The relaxed node at spin state n and pressure P, or null where the net has no equilibrium (buckled).</summary>
    public ElasticEquilibrium? TryRelax(double nHs, double pressureGPa)
    {
        double restAngle = RestAngleRad(nHs);
        double rest = RestStrutA(nHs);
        double load = Chi * pressureGPa * LayerSpacingA;
        if (FindAngle(restAngle, rest, load) is not double angle)
        {
            return null;
        }

        return RigidStruts
            ? RigidEquilibrium(angle, restAngle, rest, load, pressureGPa)
            : CompliantEquilibrium(angle, restAngle, rest, load, pressureGPa);
    }

    /// <summary>The relaxed node; throws where the net has buckled (callers check the pressures first).</summary>
    public ElasticEquilibrium Relax(double nHs, double pressureGPa) => TryRelax(nHs, pressureGPa)
        ?? throw new InvalidOperationException(
            $"the wine-rack has no equilibrium geometry at n_HS = {nHs}, P = {pressureGPa} GPa (the hinges buckle)");

    /// <summary>
    /// dG/dθ with the strut relaxed at that angle (envelope: ∂G/∂ℓ = 0) and its θ-derivative, the Schur complement
    /// H_θθ − H_θℓ²/H_ℓℓ of the Hessian; NaN where the strut cannot hold the load (k_s + χ P c sin θ ≤ 0, tension).
    /// </summary>
    private (double Value, double Slope) Torque(double angle, double restAngle, double rest, double load)
    {
        double sin = Math.Sin(angle);
        double cos = Math.Cos(angle);
        if (StrutStiffnessKPerA2 is not double ks)
        {
            return ((HingeStiffnessK * (angle - restAngle)) + (load * rest * rest * cos),
                HingeStiffnessK - (load * rest * rest * sin));
        }

        double holding = ks + (load * sin);
        if (!(holding > 0))
        {
            return (double.NaN, double.NaN);
        }

        double strut = ks * rest / holding;
        double l2 = strut * strut;
        return ((HingeStiffnessK * (angle - restAngle)) + (load * l2 * cos),
            HingeStiffnessK - (load * l2 * sin) - (2 * load * load * l2 * cos * cos / holding));
    }

    /// <summary>The torque balance reached by turning the hinge from θ0 the way the torque pushes it (see remarks).</summary>
    private double? FindAngle(double restAngle, double rest, double load)
    {
        var start = Torque(restAngle, restAngle, rest, load);
        if (!double.IsFinite(start.Value))
        {
            return null;
        }

        if (start.Value == 0)
        {
            return start.Slope > 0 ? restAngle : null;
        }

        double direction = -Math.Sign(start.Value);
        double previous = restAngle;
        while (true)
        {
            double next = previous + (direction * MarchStepRad);
            if (next <= 0 || next >= Math.PI)
            {
                return null;
            }

            var torque = Torque(next, restAngle, rest, load);
            if (!double.IsFinite(torque.Value))
            {
                return null;
            }

            if (Math.Sign(torque.Value) != Math.Sign(start.Value))
            {
                double root = BracketedNewton.FindRoot(a => Torque(a, restAngle, rest, load), previous, next, 1e-15);
                return Torque(root, restAngle, rest, load).Slope > 0 ? root : null;
            }

            previous = next;
        }
    }

    private ElasticEquilibrium CompliantEquilibrium(double angle, double restAngle, double rest, double load, double pressureGPa)
    {
        double ks = StrutStiffnessKPerA2!.Value;
        double kt = HingeStiffnessK;
        double c = LayerSpacingA;
        double dL = StrutLengthChangeA;
        double dTheta = HingeAngleChangeRad;
        double sin = Math.Sin(angle);
        double cos = Math.Cos(angle);
        double strut = ks * rest / (ks + (load * sin));

        // Hessian of G in (θ, ℓ) and the mixed derivatives ∂²G/∂x∂n, ∂²G/∂x∂P; the responses are −H⁻¹ times them.
        double hThetaTheta = kt - (load * strut * strut * sin);
        double hThetaStrut = 2 * load * strut * cos;
        double hStrutStrut = 2 * (ks + (load * sin));
        double det = (hThetaTheta * hStrutStrut) - (hThetaStrut * hThetaStrut);
        (double Theta, double Strut) mixedN = (-kt * dTheta, -2 * ks * dL);
        (double Theta, double Strut) mixedP = (Chi * c * strut * strut * cos, 2 * Chi * c * strut * sin);
        var perN = Respond(mixedN);
        var perP = Respond(mixedP);

        double switchingVolume = c * ((2 * strut * sin * dL) + (strut * strut * cos * dTheta));
        double enthalpy = (0.5 * kt * (angle - restAngle) * (angle - restAngle))
            + (ks * (strut - rest) * (strut - rest)) + (load * strut * strut * sin);
        double curvature = (kt * dTheta * dTheta) + (2 * ks * dL * dL)
            + (mixedN.Theta * perN.HingeAngleRad) + (mixedN.Strut * perN.StrutA);
        double tilt = (mixedN.Theta * perP.HingeAngleRad) + (mixedN.Strut * perP.StrutA);
        return new ElasticEquilibrium(new WineRackGeometry(angle, strut), enthalpy, switchingVolume,
            Chi * pressureGPa * switchingVolume, curvature, tilt, perN, perP);

        GeometryResponse Respond((double Theta, double Strut) mixed) => new(
            -((hStrutStrut * mixed.Theta) - (hThetaStrut * mixed.Strut)) / det,
            -((hThetaTheta * mixed.Strut) - (hThetaStrut * mixed.Theta)) / det);
    }

    private ElasticEquilibrium RigidEquilibrium(double angle, double restAngle, double rest, double load, double pressureGPa)
    {
        double kt = HingeStiffnessK;
        double c = LayerSpacingA;
        double dL = StrutLengthChangeA;
        double dTheta = HingeAngleChangeRad;
        double sin = Math.Sin(angle);
        double cos = Math.Cos(angle);

        // One degree of freedom, θ; ℓ = L(n) follows n directly and does not move with P.
        double hinge = kt - (load * rest * rest * sin);
        double mixedN = (-kt * dTheta) + (2 * load * rest * dL * cos);
        double mixedP = Chi * c * rest * rest * cos;
        var perN = new GeometryResponse(-mixedN / hinge, dL);
        var perP = new GeometryResponse(-mixedP / hinge, 0);

        double switchingVolume = c * ((2 * rest * sin * dL) + (rest * rest * cos * dTheta));
        double enthalpy = (0.5 * kt * (angle - restAngle) * (angle - restAngle)) + (load * rest * rest * sin);
        double curvature = (kt * dTheta * dTheta) + (2 * load * dL * dL * sin) + (mixedN * perN.HingeAngleRad);
        double tilt = (2 * Chi * c * rest * dL * sin) + (mixedN * perP.HingeAngleRad);
        return new ElasticEquilibrium(new WineRackGeometry(angle, rest), enthalpy, switchingVolume,
            Chi * pressureGPa * switchingVolume, curvature, tilt, perN, perP);
    }
}
