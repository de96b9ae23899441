using LogMetrics.Language.Semantics;

namespace LogMetrics.Runtime.Compilation;

/// <summary>The runtime representation chosen for an expression from its checked type.</summary>
public enum ValueKind
{
    Int,
    Float,
    String,
    Bool,
    Pattern,
    None,
}

static class ValueKinds
{
    /// <summary>Maps a checked type to its runtime kind; a type never inferred is an Int, as in mtail.</summary>
    public static ValueKind Of(MtailType? type)
    {
        if (type is null)
        {
            return ValueKind.Int;
        }
        return type.Root switch
        {
            TypeOperator { Name: "Float" } => ValueKind.Float,
            TypeOperator { Name: "String" } => ValueKind.String,
            TypeOperator { Name: "Bool" } => ValueKind.Bool,
            TypeOperator { Name: "Pattern" } => ValueKind.Pattern,
            TypeOperator { Name: "None" } => ValueKind.None,
            _ => ValueKind.Int,
        };
    }
}
