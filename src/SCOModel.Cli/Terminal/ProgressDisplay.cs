using Spectre.Console;

namespace SCOModel.Cli.Terminal;

/// <summary>
/// A progress bar on stderr for work that takes longer than a second; nothing for quick work or when stderr is not
/// a terminal (logs and pipes stay clean). Results never go to the same stream as progress.
/// </summary>
internal static class ProgressDisplay
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(1);

    public static T Run<T>(string label, Func<IProgress<double>, T> work)
    {
        var latest = new LatestFraction();
        var task = Task.Run(() => work(latest));
        if (task.Wait(Patience) || Console.IsErrorRedirected)
        {
            return task.GetAwaiter().GetResult();
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var bar = context.AddTask(Markup.Escape(label), maxValue: 1.0);
                while (!task.Wait(TimeSpan.FromMilliseconds(100)))
                {
                    bar.Value = latest.Value;
                }

                bar.Value = 1.0;
            });
        return task.GetAwaiter().GetResult();
    }

    /// <summary>Keeps the latest fraction reported, from any thread.</summary>
    private sealed class LatestFraction : IProgress<double>
    {
        private double _value;

        public double Value => Volatile.Read(ref _value);

        public void Report(double value)
        {
            // Reports from parallel walkers can arrive out of order: keep the largest.
            double current;
            do
            {
                current = Volatile.Read(ref _value);
                if (value <= current)
                {
                    return;
                }
            }
            while (Interlocked.CompareExchange(ref _value, value, current) != current);
        }
    }
}
