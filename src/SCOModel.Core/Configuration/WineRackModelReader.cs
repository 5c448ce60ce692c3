using System.Globalization;
using SCOModel.Core.Units;

namespace SCOModel.Core.Configuration;

/// <summary>
/// Reads a model of kind "wine-rack" (PHYSICS.md §5): the spin-state energetics as for the Ising-like model (Δ or ΔH,
/// ln g or ΔS) with a Slichter–Drickamer Γ, and the geometry of the rhombic net. Refuses unknown fields and geometry
/// that cannot be built: lengths and stiffnesses must be positive, and the rest angles of both spin states must lie
/// strictly between 0° and 180° (at 0° or 180° the rhombus is flat and has no area).
/// </summary>
internal static class WineRackModelReader
{
    private static readonly string[] Fields =
    [
        "kind", "deltaK", "deltaH_kJmol", "lnG", "deltaS_JmolK", "interactionK", "strutLengthLsA",
        "strutLengthChangeA", "hingeAngleLsDeg", "hingeAngleChangeDeg", "hingeStiffnessK", "strutStiffnessKPerA2",
        "layerSpacingA",
    ];

    public static WineRackModelConfig Read(ConfigNode model)
    {
        model.RejectUnknownFields(Fields);
        var (deltaK, lnG) = ConfigReader.ReadGapAndEntropy(model);

        double strutLs = model.Required("strutLengthLsA").Number(double.Epsilon, double.MaxValue, "a positive length in Å");
        var changeNode = model.Required("strutLengthChangeA");
        double strutChange = changeNode.Number();
        if (!(strutLs + strutChange > 0))
        {
            throw changeNode.Error(
                $"the HS strut length L_LS + ΔL = {Format(strutLs + strutChange)} Å must be positive");
        }

        var angleNode = model.Required("hingeAngleLsDeg");
        double angleLs = angleNode.Number();
        if (!(angleLs > 0 && angleLs < 180))
        {
            throw angleNode.Error($"expected a hinge angle strictly between 0 and 180 degrees, got {Format(angleLs)}");
        }

        var angleChangeNode = model.Optional("hingeAngleChangeDeg");
        double angleChange = angleChangeNode?.Number() ?? 0;
        if (!(angleLs + angleChange > 0 && angleLs + angleChange < 180))
        {
            throw (angleChangeNode ?? angleNode).Error(
                $"the HS hinge angle θ0_LS + Δθ0 = {Format(angleLs + angleChange)}° must lie strictly between 0 and 180 degrees");
        }

        return new WineRackModelConfig
        {
            DeltaK = deltaK,
            LnG = lnG,
            InteractionK = model.Optional("interactionK")?.Number() ?? 0,
            StrutLengthLsA = strutLs,
            StrutLengthChangeA = strutChange,
            HingeAngleLsDeg = angleLs,
            HingeAngleChangeDeg = angleChange,
            HingeStiffnessK = model.Required("hingeStiffnessK").Number(double.Epsilon, double.MaxValue, "a positive stiffness in K per rad²"),
            StrutStiffnessKPerA2 = model.Optional("strutStiffnessKPerA2")?.Number(
                double.Epsilon, double.MaxValue, "a positive stiffness in K per Å² (omit it for rigid struts)"),
            LayerSpacingA = model.Required("layerSpacingA").Number(double.Epsilon, double.MaxValue, "a positive length in Å"),
        };
    }

    private static string Format(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
