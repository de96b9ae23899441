using System.Diagnostics;

namespace LogMetrics.Language.Syntax;

public sealed partial class SyntaxPrinter
{
    void WriteExpression(ExprSyntax expr) => Write(expr, Precedence.Assignment);

    // An expression statement: assignments, postfix expressions and primaries stand alone; the
    // parser rejects anything else as "no effect" unless it is parenthesised.
    void WriteExpressionStatement(ExprSyntax expr)
    {
        var standsAlone = expr switch
        {
            BinarySyntax { Operator: BinaryOperator.Assign or BinaryOperator.AddAssign } => true,
            IndexedSyntax or BuiltinCallSyntax or CaprefSyntax or StringSyntax or IntSyntax or FloatSyntax => true,
            UnarySyntax { Operator: UnaryOperator.Increment or UnaryOperator.Decrement } => true,
            _ => false,
        };
        Write(expr, standsAlone ? Precedence.Assignment : Precedence.Parenthesised);
    }

    // A condition. A pattern condition's `&&`/`||` takes a whole logical expression on its right
    // (the grammar nests to the right there), where elsewhere the operators nest to the left.
    void WriteCondition(ExprSyntax expr)
    {
        if (expr is BinarySyntax { Left: UnarySyntax { Operator: UnaryOperator.ImplicitMatch } match, Operator: BinaryOperator.And or BinaryOperator.Or } b)
        {
            WritePrimary(match.Operand);
            _out.Append(' ').Append(SyntaxSpelling.Operator(b.Operator)).Append(' ');
            Write(b.Right, Precedence.Logical);
            return;
        }
        Write(expr, Precedence.Logical);
    }

    // Writes an operand, in parentheses when it binds more loosely than its position allows.
    void Write(ExprSyntax expr, int minimum)
    {
        if (Precedence.Of(expr) >= minimum)
        {
            WritePrimary(expr);
            return;
        }
        _out.Append('(');
        WritePrimary(expr);
        _out.Append(')');
    }

    void WritePrimary(ExprSyntax expr)
    {
        switch (expr)
        {
            case IdSyntax id:
                _out.Append(id.Name);
                break;
            case IndexedSyntax indexed:
                _out.Append(indexed.Target.Name);
                if (!indexed.Keys.IsEmpty)
                {
                    _out.Append('[');
                    WriteArguments(indexed.Keys);
                    _out.Append(']');
                }
                break;
            case CaprefSyntax capref:
                _out.Append('$').Append(capref.Name);
                break;
            case StringSyntax s:
                _out.Append(SyntaxSpelling.QuoteString(s.Value));
                break;
            case IntSyntax i:
                _out.Append(SyntaxSpelling.Int(i.Value));
                break;
            case FloatSyntax f:
                _out.Append(FloatSpelling(f));
                break;
            case BuiltinCallSyntax call:
                _out.Append(call.Name).Append('(');
                WriteArguments(call.Args);
                _out.Append(')');
                break;
            case BinarySyntax b:
                WriteBinary(b);
                break;
            case UnarySyntax u:
                WriteUnary(u);
                break;
            case PatternSyntax p:
                WritePrimary(p.Expr);
                break;
            case RegexSyntax r:
                _out.Append(SyntaxSpelling.QuoteRegex(r.Pattern));
                break;
            default:
                throw new UnreachableException($"unhandled expression {expr.GetType().Name}");
        }
    }

    void WriteBinary(BinarySyntax b)
    {
        var level = Precedence.Of(b.Operator);
        switch (level)
        {
            case Precedence.Assignment:
                // `x = v`: the target is at most a unary expression, the value a logical one.
                WriteInfix(b, Precedence.Not, Precedence.Logical);
                break;
            case Precedence.Match:
                // `=~` takes a primary on the left, and a pattern or a primary on the right.
                WriteInfix(b, Precedence.Primary, Precedence.Primary);
                break;
            default:
                WriteLeftAssociative(b, level);
                break;
        }
    }

    void WriteInfix(BinarySyntax b, int left, int right)
    {
        Write(b.Left, left);
        _out.Append(' ').Append(SyntaxSpelling.Operator(b.Operator)).Append(' ');
        Write(b.Right, right);
    }

    // A left-associative chain, `a + b - c`, or a pattern concatenation `/a/ + C + /b/`: the left
    // operand may be the same level, the right one must bind tighter. The left spine is walked in a
    // loop, because fuzzed programs chain thousands of operators and recursion would overflow.
    void WriteLeftAssociative(BinarySyntax b, int level)
    {
        var spine = new Stack<BinarySyntax>();
        ExprSyntax first = b;
        while (first is BinarySyntax inner && Precedence.Of(inner.Operator) == level)
        {
            spine.Push(inner);
            first = inner.Left;
        }
        Write(first, level);
        while (spine.TryPop(out var node))
        {
            _out.Append(' ').Append(SyntaxSpelling.Operator(node.Operator)).Append(' ');
            // Concatenation joins literals and names; there are no parentheses to put back there.
            Write(node.Right, level == Precedence.Concatenation ? Precedence.Concatenation : level + 1);
        }
    }

    void WriteUnary(UnarySyntax u)
    {
        switch (u.Operator)
        {
            case UnaryOperator.Not:
                _out.Append('~');
                Write(u.Operand, Precedence.Not);
                break;
            case UnaryOperator.Increment or UnaryOperator.Decrement:
                Write(u.Operand, Precedence.Postfix);
                _out.Append(SyntaxSpelling.Operator(u.Operator));
                break;
            case UnaryOperator.ImplicitMatch:
                // The implicit match of a pattern condition is the pattern itself.
                WritePrimary(u.Operand);
                break;
            default:
                throw new UnreachableException($"unhandled operator {u.Operator}");
        }
    }

    // Index keys and call arguments are logical expressions or patterns.
    void WriteArguments(IEnumerable<ExprSyntax> args)
    {
        var first = true;
        foreach (var arg in args)
        {
            if (!first)
            {
                _out.Append(", ");
            }
            Write(arg, Precedence.Logical);
            first = false;
        }
    }

    // The spelling as written when the node has one; a float the lexer reads back otherwise.
    internal static string FloatSpelling(FloatSyntax f) =>
        f.Spelling.Length > 0 && f.Spelling.AsSpan().IndexOfAny(".eE") >= 0 ? f.Spelling : SyntaxSpelling.FloatLiteral(f.Value);
}
