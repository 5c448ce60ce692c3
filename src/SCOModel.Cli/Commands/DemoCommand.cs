using System.CommandLine;
using SCOModel.Core.Configuration;

namespace SCOModel.Cli.Commands;

/// <summary>`sco demo`: runs the embedded showcase, a square-lattice thermal hysteresis loop.</summary>
internal static class DemoCommand
{
    public const string ResourceName = "SCOModel.Cli.Demo.demo-config.json";

    public static Command Create()
    {
        var common = new CommonOptions();
        var command = new Command("demo", "Run the embedded showcase: a square-lattice Ising-like model with thermal hysteresis");
        common.AddTo(command);
        command.SetAction(parse =>
        {
            var request = common.Read(parse, "sco-demo");
            // The showcase takes seconds and has no --resume: an interrupted demo in the directory is simply run afresh.
            return CommandGuard.Run(() => SimulationRunner.Run(
                ConfigReader.Parse(EmbeddedConfig(), "demo config"), request, Environment.CommandLine, restart: true));
        });
        return command;
    }

    /// <summary>The JSON text of the embedded demo config (also shipped as examples/square-hysteresis.json).</summary>
    public static string EmbeddedConfig()
    {
        using var stream = typeof(DemoCommand).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the demo config resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
