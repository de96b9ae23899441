namespace LogMetrics.Runtime.Execution;

/// <summary>A lowered statement: the executable form of one statement of a program.</summary>
public abstract class ProgramAction
{
    public abstract Flow Execute(LineContext context);
}
