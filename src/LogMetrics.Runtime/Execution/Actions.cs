namespace LogMetrics.Runtime.Execution;

/// <summary>A block: its statements in order, until one stops the line.</summary>
sealed class BlockAction(ProgramAction[] statements) : ProgramAction
{
    public override Flow Execute(LineContext context)
    {
        foreach (var statement in statements)
        {
            if (statement.Execute(context) == Flow.Stop)
            {
                return Flow.Stop;
            }
        }
        return Flow.Continue;
    }
}

/// <summary>
/// <c>cond { then } else { otherwise }</c> with mtail's matched flag: cleared when the then-block
/// starts, set when it ends, so a later <c>otherwise</c> knows whether a sibling block ran.
/// </summary>
sealed class CondAction(Func<LineContext, bool> condition, ProgramAction then, ProgramAction? otherwise) : ProgramAction
{
    public override Flow Execute(LineContext context)
    {
        var holds = condition(context);
        if (context.Failed)
        {
            return Flow.Stop;
        }
        if (holds)
        {
            context.Matched = false;
            if (then.Execute(context) == Flow.Stop)
            {
                return Flow.Stop;
            }
            context.Matched = true;
            return Flow.Continue;
        }
        return otherwise?.Execute(context) ?? Flow.Continue;
    }
}

/// <summary>An expression evaluated for its effect: an assignment, <c>++</c>, a builtin call.</summary>
sealed class EffectAction(System.Action<LineContext> effect) : ProgramAction
{
    public override Flow Execute(LineContext context)
    {
        effect(context);
        return context.Failed ? Flow.Stop : Flow.Continue;
    }
}

/// <summary><c>stop</c>: ends this line for this program.</summary>
sealed class StopAction : ProgramAction
{
    public static readonly StopAction Instance = new();

    public override Flow Execute(LineContext context) => Flow.Stop;
}
