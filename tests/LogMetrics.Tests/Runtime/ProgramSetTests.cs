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
}
