using LogMetrics.Go;
using LogMetrics.Language.Compilation;
using LogMetrics.Language.Text;
using LogMetrics.Metrics;
using LogMetrics.Runtime.Compilation;
using LogMetrics.Runtime.Execution;
using LogMetrics.Runtime.Loading;

namespace LogMetrics.Tests.Support;

/// <summary>
/// Loads mtail program text into a fresh (or shared) store with a fixed clock, feeds it lines, and
/// reads back datums and runtime errors. Load failures throw, with the diagnostics, so a test about
/// running never silently tests a program that did not compile.
/// </summary>
public sealed class ProgramHarness
{
    public const string DefaultLog = "/var/log/test.log";

    ProgramHarness(CompiledProgram program, MetricStore store, FixedClock clock)
    {
        Program = program;
        Store = store;
        Clock = clock;
    }

    public CompiledProgram Program { get; }

    public MetricStore Store { get; }

    public FixedClock Clock { get; }

    public long RuntimeErrors => Program.RuntimeErrors;

    public string? LastRuntimeError => Program.LastRuntimeError;

    /// <summary>Loads <paramref name="source"/> (a trailing newline is added when missing).</summary>
    public static ProgramHarness Load(string source, string name = "test.mtail", MetricStore? store = null, FixedClock? clock = null, RuntimeOptions? options = null)
    {
        var result = TryLoad(source, name, store ?? new MetricStore(), clock ?? new FixedClock(), options, out var harnessClock, out var harnessStore);
        if (result.Program is not { } program)
        {
            throw new InvalidOperationException(
                $"{name} did not load: {result.StoreError}{string.Join("\n", result.Diagnostics.Select(d => d.ToString()))}");
        }
        return new ProgramHarness(program, harnessStore, harnessClock);
    }

    /// <summary>Loads without throwing, for tests about load failures.</summary>
    public static LoadResult TryLoad(string source, string name, MetricStore store, FixedClock? clock = null, RuntimeOptions? options = null) =>
        TryLoad(source, name, store, clock ?? new FixedClock(), options, out _, out _);

    static LoadResult TryLoad(string source, string name, MetricStore store, FixedClock clock, RuntimeOptions? options, out FixedClock usedClock, out MetricStore usedStore)
    {
        usedClock = clock;
        usedStore = store;
        var text = source.EndsWith('\n') ? source : source + "\n";
        var runtimeOptions = (options ?? new RuntimeOptions()) with { Clock = clock };
        return ProgramLoader.Load(SourceText.From(name, text), store, new CompilerOptions(), runtimeOptions);
    }

    /// <summary>Feeds each line to the program, as if read from <see cref="DefaultLog"/>.</summary>
    public ProgramHarness Feed(params string[] lines) => FeedFrom(DefaultLog, lines);

    public ProgramHarness FeedFrom(string fileName, params string[] lines)
    {
        foreach (var line in lines)
        {
            Program.ProcessLine(line, fileName);
        }
        return this;
    }

    /// <summary>The exported metric named <paramref name="name"/> of this program.</summary>
    public Metric Metric(string name) =>
        Store.GetMetrics(name).Single(m => m.Definition.Program == Program.Name);

    /// <summary>The datum for the label values, or null when it does not exist.</summary>
    public Datum? Datum(string name, params string[] labels) =>
        Metric(name) is var metric && labels.Length == 0 ? metric.Scalar : metric.TryGet(labels, out var d) ? d : null;

    public long Int(string name, params string[] labels) => ((IntDatum)Required(name, labels)).Value;

    public double Float(string name, params string[] labels) => ((FloatDatum)Required(name, labels)).Value;

    public string Text(string name, params string[] labels) => ((StringDatum)Required(name, labels)).Value;

    public HistogramDatum Histogram(string name, params string[] labels) => (HistogramDatum)Required(name, labels);

    /// <summary>Every label set of the metric as "k1,k2=value", in key order; for whole-metric assertions.</summary>
    public IReadOnlyList<string> Rows(string name) =>
        [.. Metric(name).GetLabelSets().Select(d => $"{string.Join(",", d.Labels)}={ValueOf(d)}").Order(StringComparer.Ordinal)];

    static string ValueOf(Datum datum) => datum switch
    {
        IntDatum i => i.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        FloatDatum f => GoStrconv.FormatFloatG(f.Value),
        StringDatum s => s.Value,
        HistogramDatum h => $"count {h.Count} sum {GoStrconv.FormatFloatG(h.Sum)}",
        _ => "?",
    };

    Datum Required(string name, string[] labels) =>
        Datum(name, labels) ?? throw new InvalidOperationException($"{name}[{string.Join(",", labels)}] has no datum");
}
