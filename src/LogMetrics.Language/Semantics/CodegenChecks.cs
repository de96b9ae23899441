using LogMetrics.Language.Diagnostics;
using LogMetrics.Language.Syntax;
using LogMetrics.Language.Text;

namespace LogMetrics.Language.Semantics;

/// <summary>
/// The programs that mtail's checker accepts but its code generator rejects ("Internal compiler
/// error, aborting compilation"): a String-typed scalar counter, a histogram with fewer than two
/// or unsorted buckets, values whose type was never inferred, Bool values stored in metrics,
/// arithmetic on strings, and int() of a float. logmetrics rejects the same programs, at the same
/// positions, so that -compile_only agrees with mtail.
/// </summary>
public sealed class CodegenChecks(CheckedProgram program, DiagnosticBag diagnostics)
{
    const string Prefix = "Internal compiler error, aborting compilation: ";
    readonly HashSet<Symbol> _unbound = new(ReferenceEqualityComparer.Instance);

    public void Run()
    {
        foreach (var metric in program.Metrics)
        {
            CheckDeclaration(metric);
        }
        Walk(program.Root);
    }

    void Error(SourcePos pos, string message) =>
        diagnostics.Add(new Diagnostic("MT5001", DiagnosticSeverity.Error, pos.ToLocation(program.Name), Prefix + message));

    void CheckDeclaration(CheckedMetric metric)
    {
        var decl = metric.Decl;
        if (decl.Kind == MetricKindSyntax.Histogram)
        {
            if (decl.Buckets.Length < 2)
            {
                Error(decl.P, "a histogram need at least two boundaries");
                _unbound.Add(metric.Symbol);
            }
            else if (decl.Buckets.Zip(decl.Buckets.Skip(1)).Any(p => p.First > p.Second))
            {
                Error(decl.P, "buckets boundaries must be sorted");
                _unbound.Add(metric.Symbol);
            }
            return;
        }
        if (decl.Kind == MetricKindSyntax.Counter && decl.Keys.IsEmpty && metric.ValueKind == MetricValueKind.String)
        {
            Error(decl.P, $"Can't initialize to zero a String-typed counter `{decl.Name}'");
            _unbound.Add(metric.Symbol);
        }
    }

    void Walk(StmtSyntax statement)
    {
        switch (statement)
        {
            case BlockSyntax b:
                foreach (var s in b.Statements)
                {
                    Walk(s);
                }
                break;
            case CondSyntax c:
                Expr(c.Condition, lvalue: false);
                Walk(c.Then);
                if (c.Else is { } otherwise)
                {
                    Walk(otherwise);
                }
                break;
            case OtherwiseSyntax o:
                Walk(o.Then);
                break;
            case ExprStmtSyntax e:
                Expr(e.Expr, lvalue: false);
                break;
            case DefSyntax d:
                Walk(d.Body);
                break;
            case DecoratedSyntax d:
                Walk(d.Body);
                break;
            case DelSyntax d:
                Expr(d.Target, lvalue: true);
                break;
        }
    }

    MtailType TypeOf(ExprSyntax e) => program.Model.GetType(e) ?? Types.Undef;

    void Expr(ExprSyntax expr, bool lvalue)
    {
        switch (expr)
        {
            case IndexedSyntax indexed:
                foreach (var key in indexed.Keys)
                {
                    Expr(key, lvalue: false);
                }
                if (program.Model.GetSymbol(indexed.Target) is { Kind: SymbolKind.Variable } symbol)
                {
                    if (_unbound.Contains(symbol))
                    {
                        Error(indexed.Target.P, $"No metric bound to identifier \"{indexed.Target.Name}\"");
                    }
                    else if (!lvalue && !Types.IsComplete(TypeOf(indexed)))
                    {
                        Error(indexed.Target.P, $"invalid type for get \"{TypeOf(indexed).Root}\" of `{indexed.Target.Name}'");
                    }
                }
                break;
            case BinarySyntax binary:
                var assigns = binary.Operator is BinaryOperator.Assign or BinaryOperator.AddAssign;
                Expr(binary.Left, lvalue: assigns);
                CheckConversion(binary, binary.Left);
                Expr(binary.Right, lvalue: false);
                CheckConversion(binary, binary.Right);
                CheckOpcode(binary);
                break;
            case UnarySyntax unary:
                Expr(unary.Operand, lvalue: unary.Operator is UnaryOperator.Increment or UnaryOperator.Decrement);
                break;
            case BuiltinCallSyntax call:
                foreach (var arg in call.Args)
                {
                    Expr(arg, lvalue: false);
                }
                if (call.Name == "int" && call.Args.Length == 1 && Types.Equals(TypeOf(call.Args[0]), Types.Float))
                {
                    Error(call.P, "can't convert \"Float\" to \"Int\"");
                }
                break;
        }
    }

    // mtail's checker converts the operands of arithmetic and comparisons to a common type, and
    // its code generator has instructions for only some conversions: a Bool operand (a match, a
    // comparison) cannot become an Int, Float or String.
    void CheckConversion(BinarySyntax binary, ExprSyntax operand)
    {
        var arithmetic = binary.Operator is BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply
            or BinaryOperator.Divide or BinaryOperator.Modulo or BinaryOperator.Power;
        var comparison = binary.Operator is BinaryOperator.Less or BinaryOperator.Greater or BinaryOperator.LessOrEqual
            or BinaryOperator.GreaterOrEqual or BinaryOperator.Equal or BinaryOperator.NotEqual;
        if (!arithmetic && !comparison)
        {
            return;
        }
        var to = arithmetic ? TypeOf(binary).Root : Types.LeastUpperBound(TypeOf(binary.Left), TypeOf(binary.Right)).Root;
        var from = TypeOf(operand).Root;
        if (!Types.IsComplete(to) || !Types.IsComplete(from) || Types.Equals(from, to) || IsConvertible(from, to))
        {
            return;
        }
        Error(SyntaxPositions.Of(operand), $"internal error: can't convert \"{from}\" to \"{to}\"");
    }

    static bool IsConvertible(MtailType from, MtailType to) =>
        (Types.Equals(from, Types.Int) && (Types.Equals(to, Types.Float) || Types.Equals(to, Types.String)))
        || (Types.Equals(from, Types.String) && (Types.Equals(to, Types.Int) || Types.Equals(to, Types.Float)))
        || (Types.Equals(from, Types.Float) && Types.Equals(to, Types.String))
        || (Types.Equals(from, Types.Pattern) && Types.Equals(to, Types.Bool));

    // mtail picks an instruction by the operation's type; some types have none.
    void CheckOpcode(BinarySyntax binary)
    {
        var type = TypeOf(binary).Root;
        var name = Checker.OperatorName(binary.Operator);
        switch (binary.Operator)
        {
            case BinaryOperator.Assign or BinaryOperator.AddAssign:
                var target = binary.Left is IndexedSyntax i && program.Model.GetSymbol(i.Target) is { Binding: DeclSyntax { Kind: MetricKindSyntax.Histogram } };
                if (!target && (!Types.IsComplete(type) || Types.Equals(type, Types.Bool)))
                {
                    Error(binary.Position, $"no opcode for type {type} in op {name}");
                }
                break;
            case BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide
                or BinaryOperator.Modulo or BinaryOperator.Power:
                var ok = Types.Equals(type, Types.Int) || Types.Equals(type, Types.Float)
                    || (binary.Operator == BinaryOperator.Add && Types.Equals(type, Types.String));
                if (!ok)
                {
                    Error(binary.Position, $"no opcode for type {type} in op {name}");
                }
                break;
        }
    }
}
