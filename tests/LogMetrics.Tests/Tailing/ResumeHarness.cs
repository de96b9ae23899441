using System.Threading.Channels;
using LogMetrics.Tailing;
using Microsoft.Extensions.Time.Testing;

namespace LogMetrics.Tests.Tailing;

/// <summary>
/// Tailers over one directory that outlives them, so a test can stop one (as a crash or a restart
/// would), keep its checkpoint, and start the next from it. Lines are "processed" only when the
/// test says so, as the daemon's line thread would.
/// </summary>
internal sealed class ResumeHarness : IAsyncDisposable
{
    readonly List<Tailer> _tailers = [];
    Channel<LogLine> _channel = Channel.CreateUnbounded<LogLine>();

    public string Dir { get; } = Directory.CreateTempSubdirectory("logmetrics-resume-").FullName;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public Tailer Tailer { get; private set; } = null!;

    public string PathOf(string name) => Path.Combine(Dir, name);

    public void Append(string name, string text) => File.AppendAllText(PathOf(name), text);

    /// <summary>Starts a tailer (the previous one, if any, is left as a crash leaves it) and polls once.</summary>
    public List<string> Start(TailerResume? resume, params string[] patterns)
    {
        _channel = Channel.CreateUnbounded<LogLine>();
        Tailer = new Tailer(new TailerOptions
        {
            Patterns = [.. (patterns.Length == 0 ? ["app.log"] : patterns).Select(PathOf)],
            Clock = Clock,
            TrackPositions = true,
            Resume = resume,
        }, _channel.Writer);
        _tailers.Add(Tailer);
        return Poll();
    }

    /// <summary>Polls, then processes (marks) every line that came out; returns their texts.</summary>
    public List<string> Poll()
    {
        Tailer.Poll();
        return ProcessAll();
    }

    public List<string> ProcessAll() => [.. Take().Select(l =>
    {
        l.MarkProcessed();
        return l.Text;
    })];

    public List<LogLine> Take()
    {
        var lines = new List<LogLine>();
        while (_channel.Reader.TryRead(out var line))
        {
            lines.Add(line);
        }
        return lines;
    }

    public TailerResume Checkpoint() => new(Tailer.Checkpoint(), Tailer.FileGlobs);

    public async ValueTask DisposeAsync()
    {
        foreach (var tailer in _tailers)
        {
            await tailer.DisposeAsync();
        }
        Directory.Delete(Dir, recursive: true);
    }
}
