using System.Collections.Immutable;
using LogMetrics.Language.Text;

namespace LogMetrics.Language.Syntax;

/// <summary>A metric, constant or decorator name used in an expression.</summary>
public sealed record IdSyntax(SourcePos P, string Name) : ExprSyntax
{
    public override SourcePos Position => P;
}

/// <summary>
/// A name with zero or more index lists: <c>m</c>, <c>m[a]</c>, <c>m[a][b]</c> (same as <c>m[a, b]</c>).
/// mtail wraps every identifier in an expression this way.
/// </summary>
public sealed record IndexedSyntax(IdSyntax Target, ImmutableArray<ExprSyntax> Keys) : ExprSyntax
{
    public override SourcePos Position => Keys.IsEmpty ? Target.P : SourcePos.Merge(Target.P, Nodes.MergeAll(Keys)!.Value);
}

/// <summary>A capture group reference: <c>$1</c> or <c>$name</c>.</summary>
public sealed record CaprefSyntax(SourcePos P, string Name, bool IsNamed) : ExprSyntax
{
    public override SourcePos Position => P;
}

/// <summary>A string literal; <see cref="Value"/> has <c>\"</c> unescaped and every other backslash kept.</summary>
public sealed record StringSyntax(SourcePos P, string Value) : ExprSyntax
{
    public override SourcePos Position => P;
}

public sealed record IntSyntax(SourcePos P, long Value) : ExprSyntax
{
    public override SourcePos Position => P;
}

/// <summary>A float literal; <see cref="Spelling"/> keeps how it was written, for printing.</summary>
public sealed record FloatSyntax(SourcePos P, double Value, string Spelling) : ExprSyntax
{
    public override SourcePos Position => P;
}

/// <summary>A builtin call, <c>strptime($1, "2006")</c>; its position runs from the name to the <c>)</c>.</summary>
public sealed record BuiltinCallSyntax(SourcePos P, string Name, ImmutableArray<ExprSyntax> Args) : ExprSyntax
{
    public override SourcePos Position => P;
}

/// <summary>
/// A binary operation, assignment (<c>=</c>, <c>+=</c>), match (<c>=~</c>, <c>!~</c>) or pattern
/// concatenation. Parentheses leave no node: the printer puts them back where precedence needs them.
/// </summary>
public sealed record BinarySyntax(ExprSyntax Left, BinaryOperator Operator, ExprSyntax Right) : ExprSyntax
{
    public override SourcePos Position => SourcePos.Merge(Left.Position, Right.Position);
}

/// <summary>
/// A unary operation: <c>~x</c>, <c>x++</c>, <c>x--</c>, or the implicit match of a pattern used as
/// a condition. <see cref="P"/> is where mtail's parser stood when it built the node (the operator
/// for <c>++</c>; the token after the operand for <c>~</c> and for a pattern condition).
/// </summary>
public sealed record UnarySyntax(SourcePos P, UnaryOperator Operator, ExprSyntax Operand) : ExprSyntax
{
    public override SourcePos Position => SourcePos.Merge(P, Operand.Position);
}

/// <summary>The top of a pattern: a regex literal, or a concatenation of literals and constants.</summary>
public sealed record PatternSyntax(ExprSyntax Expr) : ExprSyntax
{
    public override SourcePos Position => Expr.Position;
}

/// <summary>A regex literal, <c>/…/</c>; <see cref="Pattern"/> has <c>\/</c> unescaped.</summary>
public sealed record RegexSyntax(SourcePos P, string Pattern) : ExprSyntax
{
    public override SourcePos Position => P;
}

public enum BinaryOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Power,
    ShiftLeft,
    ShiftRight,
    Less,
    Greater,
    LessOrEqual,
    GreaterOrEqual,
    Equal,
    NotEqual,
    BitAnd,
    BitOr,
    Xor,
    And,
    Or,
    Match,
    NotMatch,
    Assign,
    AddAssign,
    Concat,
}

public enum UnaryOperator
{
    Not,
    Increment,
    Decrement,
    ImplicitMatch,
}
