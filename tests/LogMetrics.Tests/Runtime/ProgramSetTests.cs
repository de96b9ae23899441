using LogMetrics.Language.Compilation;
using LogMetrics.Metrics;
using LogMetrics.Runtime.Compilation;
using LogMetrics.Runtime.Loading;

namespace LogMetrics.Tests.Runtime;

public sealed class ProgramSetTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("logmetrics-progs-").FullName;
    readonly MetricStore _store = new();
    readonly ProgramSet _set;

    public ProgramSetTests()
    {
        _set = new ProgramSet(_dir, _store, new CompilerOptions(), new RuntimeOptions());
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    void Write(string name, string text) => File.WriteAllText(Path.Combine(_dir, name), text);

    void Feed(string line)
    {
        foreach (var program in _set.Programs)
        {
            program.ProcessLine(line, "/log");
        }
    }

    long Value(string name) => ((IntDatum)_store.GetMetrics(name).Single().Scalar!).Value;

    const string Counter = "counter lines\n/./ {\n  lines++\n}\n";

    [Fact]
    public void Loads_every_program_of_the_directory()
    {
        Write("a.mtail", Counter);
        Write("b.mtail", "counter other\n/b/ {\n  other++\n}\n");
        Write("notes.txt", "not a program");

        _set.Reload().Should().BeTrue();

        _set.Programs.Select(p => p.Name).Should().Equal("a.mtail", "b.mtail");
    }

    [Fact]
    public void A_program_that_no_longer_compiles_keeps_running_and_shows_its_errors()
    {
        Write("a.mtail", Counter);
        _set.Reload();
        Feed("x");

        Write("a.mtail", "counter lines\n/./ {\n  nope++\n}\n");
        _set.Reload().Should().BeFalse();
        Feed("y");

        Value("lines").Should().Be(2);
        var state = _set.States.Single();
        state.Errors.Should().Be(
            "a.mtail:3:3-6: Identifier `nope' not declared.\n\tTry adding `counter nope' to the top of the program.\n"
            + "a.mtail:1:9-13: Declaration of variable `lines' here is never used.");
        state.LoadErrors.Should().Be(1);
        state.Program.Should().BeSameAs(_set.Programs.Single());
    }

    [Fact]
    public void Metrics_keep_their_values_when_a_declaration_moves()
    {
        Write("a.mtail", Counter);
        _set.Reload();
        Feed("x");

        Write("a.mtail", "# a comment moves the declaration\n" + Counter);
        _set.Reload();
        Feed("y");

        _store.GetMetrics("lines").Should().ContainSingle();
        Value("lines").Should().Be(2);
    }

    [Fact]
    public void An_unchanged_program_is_not_reloaded()
    {
        Write("a.mtail", Counter);
        _set.Reload();
        var first = _set.Programs.Single();

        _set.Reload();

        _set.Programs.Single().Should().BeSameAs(first);
        _set.States.Single().Loads.Should().Be(1);
    }

    [Fact]
    public void A_deleted_program_is_unloaded_with_its_metrics()
    {
        Write("a.mtail", Counter);
        _set.Reload();
        File.Delete(Path.Combine(_dir, "a.mtail"));

        _set.Reload();

        _set.Programs.Should().BeEmpty();
        _store.GetMetrics("lines").Should().BeEmpty();
    }

    [Fact]
    public void A_changed_metric_kind_starts_afresh()
    {
        Write("a.mtail", Counter);
        _set.Reload();
        Feed("x");

        Write("a.mtail", "gauge lines\n/./ {\n  lines = 7\n}\n");
        _set.Reload().Should().BeTrue();

        _store.GetMetrics("lines").Single().Definition.Kind.Should().Be(MetricKind.Gauge);
        _store.GetMetrics("lines").Single().Scalar.Should().BeNull();
    }

    [Fact]
    public void Metrics_a_new_version_no_longer_declares_keep_their_values_and_are_reported()
    {
        var dropped = new List<(string Program, IReadOnlyList<string> Metrics)>();
        _set.DeclarationsDropped += (program, metrics) => dropped.Add((program, metrics));
        Write("a.mtail", Counter);
        _set.Reload();
        Feed("x");

        Write("a.mtail", "");
        _set.Reload().Should().BeTrue();
        Feed("y");

        Value("lines").Should().Be(1, "as in mtail, the metric stays with its value");
        dropped.Should().ContainSingle().Which.Metrics.Should().Equal("lines");

        Write("a.mtail", Counter);
        _set.Reload();
        Feed("z");
        Value("lines").Should().Be(2, "declared again, it carries on from its value");
    }

    [Fact]
    public void The_periodic_check_loads_a_changed_file_only_once_two_checks_read_the_same()
    {
        Write("a.mtail", Counter);
        _set.Reload(waitUntilSettled: true).Should().BeTrue();
        _set.Programs.Should().BeEmpty("a new file is seen once before it is loaded");
        _set.Reload(waitUntilSettled: true);
        _set.Programs.Should().ContainSingle();
        var first = _set.Programs.Single();

        Write("a.mtail", "counter lines\n/./ {\n"); // half written
        _set.Reload(waitUntilSettled: true).Should().BeTrue();
        Write("a.mtail", "counter lines\n/./ {\n  lines++\n}\n# done\n");
        _set.Reload(waitUntilSettled: true).Should().BeTrue();
        _set.Programs.Single().Should().BeSameAs(first, "the content changed between the two checks");
        _set.States.Single().LoadErrors.Should().Be(0);

        _set.Reload(waitUntilSettled: true).Should().BeTrue();
        _set.Programs.Single().Should().NotBeSameAs(first);
        _set.States.Single().Loads.Should().Be(2);
    }

    [Fact]
    public void The_swap_of_a_reload_runs_inside_the_commit_hook_and_compiling_outside_it()
    {
        var inside = false;
        var createdInside = new List<bool>();
        var storeAround = new List<int>();
        var programsAround = new List<int>();
        ProgramSet? set = null;
        set = new ProgramSet(_dir, _store, new CompilerOptions(), new RuntimeOptions())
        {
            CommitBetweenLines = commit =>
            {
                inside = true;
                storeAround.Add(_store.GetMetrics("lines").Length);
                programsAround.Add(set!.Programs.Length);
                commit();
                storeAround.Add(_store.GetMetrics("lines").Length);
                programsAround.Add(set.Programs.Length);
                inside = false;
            },
        };
        set.ProgramCreated += _ => createdInside.Add(inside);
        Write("a.mtail", Counter);

        set.Reload();

        createdInside.Should().Equal(false);
        storeAround.Should().Equal(0, 1);
        programsAround.Should().Equal(0, 1);
    }
}
