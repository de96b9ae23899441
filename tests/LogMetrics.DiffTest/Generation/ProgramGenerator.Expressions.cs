namespace LogMetrics.DiffTest.Generation;

public sealed partial class ProgramGenerator
{
    bool _inCondition;

    static readonly string[] IntLiterals = ["0", "1", "2", "3", "7", "10", "64", "255", "1000", "9223372036854775807"];
    static readonly string[] FloatLiterals = ["0.5", "1.0", "1.5", "2.5", "0.1", "100.0", "1e3", "3.25"];
    static readonly string[] StringLiterals = ["\"\"", "\"y\"", "\"10\"", "\"1.0\"", "\"ab\"", "\"NaN\"", "\"x y\"", "\"7\""];
    static readonly string[] ArithmeticOperators = ["+", "-", "*", "/", "%", "**"];
    static readonly string[] BitwiseOperators = ["&", "|", "^", "<<", ">>"];
    static readonly string[] Comparisons = ["<", ">", "<=", ">=", "==", "!="];

    /// <summary>
    /// An expression of type <paramref name="type"/>. Not <paramref name="strict"/>: a leaf may be a
    /// capture of another type, which mtail converts (or fails on at run time).
    /// </summary>
    string Expr(ValueType type, List<Capture> scope, int depth, bool strict = true)
    {
        if (depth <= 0 || _rng.Next(3) == 0)
        {
            return Leaf(type, scope, strict);
        }
        return type switch
        {
            ValueType.Int => IntExpr(scope, depth - 1),
            ValueType.Float => FloatExpr(scope, depth - 1),
            _ => StringExpr(scope, depth - 1),
        };
    }

    string Leaf(ValueType type, List<Capture> scope, bool strict)
    {
        var captures = scope.Where(c => c.Type == type).ToList();
        if (captures.Count > 0 && _rng.Next(3) != 0)
        {
            return captures[_rng.Next(captures.Count)].Ref;
        }
        if (!strict && scope.Count > 0 && _rng.Next(4) == 0)
        {
            return scope[_rng.Next(scope.Count)].Ref;
        }
        if (_rng.Next(8) == 0)
        {
            var readable = _metrics.Where(m => m.Kind is "counter" or "gauge" && m.Keys == 0 && m.Flavor == type).ToList();
            if (readable.Count > 0)
            {
                var metric = readable[_rng.Next(readable.Count)];
                metric.Used = true;
                return metric.Name;
            }
        }
        return type switch
        {
            ValueType.Int => IntLiterals[_rng.Next(IntLiterals.Length)],
            ValueType.Float => FloatLiterals[_rng.Next(FloatLiterals.Length)],
            _ => StringLiterals[_rng.Next(StringLiterals.Length)],
        };
    }

    string IntExpr(List<Capture> scope, int depth) => _rng.Next(9) switch
    {
        0 => "len(" + Expr(AnyType(), scope, depth, strict: false) + ")",
        1 => "strtol(" + Expr(_rng.Next(3) == 0 ? ValueType.Int : ValueType.String, scope, depth, strict: false) + ", " + (_rng.Next(4) switch
        {
            0 => "8",
            1 => "16",
            2 => "2",
            _ => "10",
        }) + ")",
        // int() of a Float is a compile error in mtail.
        2 => "int(" + Expr(_rng.Next(2) == 0 ? ValueType.Int : ValueType.String, scope, depth) + ")",
        3 => Paren(Expr(ValueType.Int, scope, depth) + " " + BitwiseOperators[_rng.Next(BitwiseOperators.Length)] + " " + Expr(ValueType.Int, scope, depth)),
        _ => Paren(Expr(ValueType.Int, scope, depth) + " " + Arithmetic() + " " + Divisor(ValueType.Int, scope, depth)),
    };

    string FloatExpr(List<Capture> scope, int depth) => _rng.Next(4) switch
    {
        0 => "float(" + Expr(AnyType(), scope, depth, strict: false) + ")",
        1 => Paren(Expr(ValueType.Int, scope, depth) + " " + Arithmetic() + " " + Divisor(ValueType.Float, scope, depth)),
        _ => Paren(Expr(ValueType.Float, scope, depth) + " " + Arithmetic() + " " + Divisor(Numeric(), scope, depth)),
    };

    string StringExpr(List<Capture> scope, int depth) => _rng.Next(7) switch
    {
        0 => "tolower(" + Expr(ValueType.String, scope, depth) + ")",
        1 => "string(" + Expr(AnyType(), scope, depth, strict: false) + ")",
        2 => "subst(\"" + (_rng.Next(2) == 0 ? "a" : "1") + "\", \"" + (_rng.Next(2) == 0 ? "" : "Z") + "\", " + Expr(ValueType.String, scope, depth) + ")",
        // A regex declares group 0, and a condition may hold only one: none in conditions here.
        3 when !_inCondition => "subst(/" + Patterns.Small(_rng) + "/, \"_\", " + Expr(ValueType.String, scope, depth) + ")",
        4 => "getfilename()",
        _ => Paren(Expr(ValueType.String, scope, depth) + " + " + Expr(_rng.Next(4) == 0 ? AnyType() : ValueType.String, scope, depth, strict: false)),
    };

    string Arithmetic() => ArithmeticOperators[_rng.Next(ArithmeticOperators.Length)];

    // The right operand of an arithmetic operator: never the literal 0, which mtail rejects for / and %.
    string Divisor(ValueType type, List<Capture> scope, int depth)
    {
        var text = Expr(type, scope, depth);
        return text is "0" or "0.0" || text.Contains("0 *", StringComparison.Ordinal) || text.Contains("* 0", StringComparison.Ordinal)
            || text.Contains("% ", StringComparison.Ordinal) || text.Contains("- ", StringComparison.Ordinal) ? "2" : text;
    }

    string Paren(string text) => _rng.Next(3) == 0 ? text : "(" + text + ")";

    /// <summary>
    /// A condition: a comparison of any two types, a match, or two conditions joined. mtail allows one
    /// regex per condition (each declares group 0), and a bare regex only at the start.
    /// </summary>
    string Condition(List<Capture> scope, int depth, bool atStart, ref bool regexUsed)
    {
        var outermost = !_inCondition;
        _inCondition = true;
        try
        {
            return ConditionPart(scope, depth, atStart, ref regexUsed);
        }
        finally
        {
            _inCondition = !outermost;
        }
    }

    string ConditionPart(List<Capture> scope, int depth, bool atStart, ref bool regexUsed)
    {
        var choice = _rng.Next(depth > 1 ? 5 : 7);
        if (choice is 3 or 4 && (regexUsed || (choice == 4 && !atStart)))
        {
            choice = 0;
        }
        switch (choice)
        {
            case 3:
                regexUsed = true;
                // The left of a match is a single term: `a + b =~ /x/` does not parse in mtail.
                return Leaf(ValueType.String, scope, strict: false) + (_rng.Next(2) == 0 ? " =~ /" : " !~ /") + Patterns.Small(_rng) + "/";
            case 4:
                regexUsed = true;
                return "/" + Patterns.Small(_rng) + "/";
            case 5 or 6:
                var left = Condition(scope, depth + 1, atStart, ref regexUsed);
                var right = Condition(scope, depth + 1, atStart: false, ref regexUsed);
                return left + (choice == 5 ? " && " : " || ") + right;
            default:
                return Expr(AnyType(), scope, 2, strict: false) + " " + Comparisons[_rng.Next(Comparisons.Length)] + " " + Expr(AnyType(), scope, 2, strict: false);
        }
    }
}
