using System.CommandLine;
using System.Globalization;
using SCOModel.Core.Configuration;

namespace SCOModel.Cli.Commands;

/// <summary>
/// When a run saves its completed paths to DIR/checkpoint: after every <see cref="EveryPoints"/> new points and/or once
/// <see cref="EveryMinutes"/> have passed since the last save (checked each time a path completes, the only moment the
/// saved state can change). The checkpoint is also written when the run starts (so that any interrupted run can be
/// resumed) and when it is interrupted.
/// </summary>
internal sealed record CheckpointPolicy(int? EveryPoints, double? EveryMinutes)
{
    /// <summary>The default interval: a kill loses at most about this much work beyond the path(s) in progress.</summary>
    public const double DefaultMinutes = 5;

    /// <summary>The default policy: every <see cref="DefaultMinutes"/> minutes.</summary>
    public static CheckpointPolicy Default { get; } = new(null, DefaultMinutes);

    /// <summary>`--checkpoint-every-points N`.</summary>
    public static Option<int?> CreatePointsOption() => new("--checkpoint-every-points")
    {
        Description = "Also save completed paths to OUT/checkpoint after every N new points (default: by time only)",
    };

    /// <summary>`--checkpoint-every-min M`.</summary>
    public static Option<double?> CreateMinutesOption() => new("--checkpoint-every-min")
    {
        Description = string.Create(CultureInfo.InvariantCulture,
            $"Save completed paths to OUT/checkpoint every M minutes (default {DefaultMinutes}; 0: only at start and on Ctrl+C)"),
    };

    /// <summary>The policy from the options as typed; out-of-range values are bad input naming the option.</summary>
    public static CheckpointPolicy From(int? everyPoints, double? everyMinutes)
    {
        if (everyPoints is < 1)
        {
            throw new ConfigException("command line", "--checkpoint-every-points", $"expected a positive integer, got {everyPoints}");
        }

        if (everyMinutes is double minutes && (!double.IsFinite(minutes) || minutes < 0))
        {
            throw new ConfigException("command line", "--checkpoint-every-min",
                $"expected a finite number of minutes >= 0 (0 turns the timed saves off), got {minutes.ToString(CultureInfo.InvariantCulture)}");
        }

        return new CheckpointPolicy(everyPoints, everyMinutes switch
        {
            null => DefaultMinutes,
            0 => null,
            double m => m,
        });
    }

    /// <summary>Whether a save is due, <paramref name="newPoints"/> points and <paramref name="elapsed"/> after the last.</summary>
    public bool IsDue(int newPoints, TimeSpan elapsed) =>
        (EveryPoints is int n && newPoints >= n) || (EveryMinutes is double m && elapsed.TotalMinutes >= m);
}
