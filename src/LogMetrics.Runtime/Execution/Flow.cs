namespace LogMetrics.Runtime.Execution;

/// <summary>What a statement tells the statements after it: go on, or stop this line.</summary>
public enum Flow
{
    Continue,
    Stop,
}
