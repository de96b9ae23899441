using System.Globalization;
using System.Text;
using LogMetrics.Language.Patterns;
using LogMetrics.Language.Syntax;

namespace LogMetrics.Language.Semantics;

public sealed partial class Checker
{
    // Resolves a pattern to its text, compiles it, and declares its capture groups in the current
    // scope (mtail: every regex declares $0..$n, so two regexes in one scope collide on $0).
    TypeOperator VisitPattern(ExprSyntax node, ExprSyntax expr)
    {
        var text = EvaluatePattern(expr);
        if (text.Length == 0)
        {
            _model.PatternOf[node] = new CheckedPattern(node, "", null);
            return Types.Pattern;
        }
        var pos = SyntaxPositions.Of(node);
        var length = Encoding.UTF8.GetByteCount(text);
        if (length > _limits.MaxRegexpLength)
        {
            Error(pos, $"Exceeded maximum regular expression pattern length of {_limits.MaxRegexpLength} bytes with {length}.",
                "Excessively long patterns are likely to cause compilation and runtime performance problems.");
            return Types.Pattern;
        }
        if (!Re2Translator.TryTranslate(text, out var translated, out var error))
        {
            Error(pos, error);
            return Types.Pattern;
        }
        if (!Compiles(translated))
        {
            Error(pos, $"Internal compiler error, aborting compilation: the translation of `{text}' is not a valid .NET pattern");
            return Types.Pattern;
        }
        var pattern = new CheckedPattern(node, text, translated);
        _model.PatternOf[node] = pattern;
        DeclareCaptureGroups(pattern, pos);
        return Types.Pattern;
    }

    // A translation defect must be a diagnostic, never an exception later when the program loads.
    static bool Compiles(TranslatedPattern translated)
    {
        try
        {
            _ = new System.Text.RegularExpressions.Regex(translated.DotNetPattern, translated.Options);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    void DeclareCaptureGroups(CheckedPattern pattern, Text.SourcePos pos)
    {
        var groups = pattern.Translated!.Groups;
        for (var i = 0; i <= groups.Length; i++)
        {
            var group = i == 0 ? null : groups[i - 1];
            MtailType type = group is null ? Types.None : group.Type switch
            {
                CaptureType.Int => Types.Int,
                CaptureType.Float => Types.Float,
                _ => Types.String,
            };
            var symbol = new Symbol(i.ToString(CultureInfo.InvariantCulture), SymbolKind.Capref, pos, type)
            {
                Binding = pattern.Node,
                Index = i,
                Pattern = pattern,
            };
            if (_scope.Insert(symbol) is { } existing)
            {
                Error(pos, $"Redeclaration of capture group `{symbol.Name}' previously declared at {Where(existing.Pos)}");
            }
            if (group?.Name is { } name)
            {
                // The group is known by its name from now on (a decorator's copy of the scope knows it
                // by that name only). A name two groups share binds the first, with no error, as in
                // mtail and RE2.
                symbol.Name = name;
                _scope.InsertAlias(symbol, name);
            }
        }
    }

    // mtail's pattern evaluator: concatenates regex literals and constants; literals of other
    // kinds contribute their text; anything else contributes nothing.
    string EvaluatePattern(ExprSyntax expr)
    {
        var sb = new StringBuilder();
        Append(expr);
        return sb.ToString();

        void Append(ExprSyntax e)
        {
            if (e is PatternSyntax p)
            {
                // The pattern node itself was counted by VisitExpr.
                Append(p.Expr);
                return;
            }
            // mtail walks a pattern's literals and concatenations like any expression: each is a
            // level of the recursion-depth limit (a long `const` concatenation exceeds it).
            if (!Enter(e, ExprPos))
            {
                return;
            }
            switch (e)
            {
                case BinarySyntax { Operator: BinaryOperator.Concat } b:
                    Append(b.Left);
                    Append(b.Right);
                    break;
                case RegexSyntax r:
                    sb.Append(r.Pattern);
                    break;
                case IndexedSyntax { Keys.IsEmpty: true } i:
                    AppendConstant(i.Target, _model.SymbolOf.GetValueOrDefault(i.Target) ?? LookupName(i.Target));
                    break;
                case IdSyntax id:
                    AppendConstant(id, LookupName(id));
                    break;
                case IntSyntax n:
                    sb.Append(n.Value.ToString(CultureInfo.InvariantCulture));
                    break;
                case FloatSyntax f:
                    sb.Append(Go.GoStrconv.FormatFloatG(f.Value));
                    break;
                case StringSyntax s:
                    sb.Append(s.Value);
                    break;
            }
            Leave();
        }

        void AppendConstant(IdSyntax id, Symbol? symbol)
        {
            if (symbol is null)
            {
                return;
            }
            if (symbol.Binding is not ConstSyntax constant)
            {
                Error(id.P, $"Can't append {Symbol.Describe(symbol.Kind)} `{symbol.Name}' to this pattern.", "Try using a `const'-defined pattern fragment.");
                return;
            }
            if (!_model.ConstText.TryGetValue(constant, out var text))
            {
                Error(id.P, $"Can't evaluate pattern fragment `{symbol.Name}' here.", "Try defining it earlier in the program.");
                return;
            }
            sb.Append(text);
        }
    }
}
