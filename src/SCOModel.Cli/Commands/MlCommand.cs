using System.CommandLine;

namespace SCOModel.Cli.Commands;

/// <summary>`sco ml`: machine-learned predictions of T1/2, hysteresis width, ... from descriptors (train, predict).</summary>
internal static class MlCommand
{
    public static Command Create() =>
        new("ml", "Machine learning: train a regressor with uncertainty on a descriptor table, predict candidates")
        {
            MlTrainCommand.Create(),
            MlPredictCommand.Create(),
        };
}
