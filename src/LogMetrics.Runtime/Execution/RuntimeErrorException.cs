namespace LogMetrics.Runtime.Execution;

/// <summary>
/// A runtime error in a program (a failed conversion, a missing capture, division by zero…). It
/// ends the current line for that program only, like mtail; the program runner catches it, counts
/// it and goes on with the next line. It never leaves the runner.
/// </summary>
public sealed class RuntimeErrorException(string message) : Exception(message);
