using System.Globalization;
using LogMetrics.Language.Syntax;

namespace LogMetrics.Tests.Language.Parsing;

/// <summary>A compact, test-only rendering of expression trees that shows grouping: <c>(Add 1 (Multiply 2 3))</c>.</summary>
internal static class Sexp
{
    public static string Of(ExprSyntax e) => e switch
    {
        BinarySyntax b => $"({b.Operator} {Of(b.Left)} {Of(b.Right)})",
        UnarySyntax u => $"({u.Operator} {Of(u.Operand)})",
        IndexedSyntax { Keys.IsEmpty: true } i => i.Target.Name,
        IndexedSyntax i => $"{i.Target.Name}[{string.Join(",", i.Keys.Select(Of))}]",
        IdSyntax id => id.Name,
        CaprefSyntax c => "$" + c.Name,
        StringSyntax s => $"\"{s.Value}\"",
        IntSyntax n => n.Value.ToString(CultureInfo.InvariantCulture),
        FloatSyntax f => f.Spelling,
        BuiltinCallSyntax call => $"{call.Name}({string.Join(",", call.Args.Select(Of))})",
        PatternSyntax p => Of(p.Expr),
        RegexSyntax r => $"/{r.Pattern}/",
        _ => e.GetType().Name,
    };
}
