namespace LogMetrics.Tests.Support;

/// <summary>Tests that read the process-wide managed heap (<see cref="GC.GetTotalMemory"/>): xunit runs this
/// collection on its own, after the parallel ones, so no other test's allocations show up in the figures.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeapMeasurement
{
    public const string Name = "Heap measurement";
}
