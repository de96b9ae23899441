namespace LogMetrics.Runtime.Execution;

/// <summary>What a statement tells the statements after it: go on, or stop this line.</summary>
public enum Flow
{
    Continue,
    Stop,
}

/// <summary>A lowered statement: the executable form of one statement of a program.</summary>
public abstract class ProgramAction
{
    public abstract Flow Execute(LineContext context);
}
