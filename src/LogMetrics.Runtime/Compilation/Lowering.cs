using LogMetrics.Go;
using LogMetrics.Language.Semantics;
using LogMetrics.Language.Syntax;
using LogMetrics.Metrics;
using LogMetrics.Runtime.Execution;

namespace LogMetrics.Runtime.Compilation;

/// <summary>
/// Lowers a checked program to its executable form: a tree of actions whose expressions are
/// typed delegates chosen from the checked types. Regexes are compiled once here, metrics are
/// bound to their store objects once here, and decorators are inlined at each use, as mtail does.
/// </summary>
public sealed partial class Lowering
{
    readonly CheckedProgram _program;
    readonly SemanticModel _model;
    readonly IReadOnlyDictionary<Symbol, Metric> _metrics;
    readonly RuntimeOptions _options;
    readonly GoStrptime _strptime;
    readonly Dictionary<CheckedPattern, PatternSlot> _slots = new(ReferenceEqualityComparer.Instance);
    readonly Stack<ProgramAction> _nextBodies = new();
    readonly Dictionary<Symbol, CaptureCache> _captureCaches = new(ReferenceEqualityComparer.Instance);

    // The top-level conditions' patterns, in LinePrematcher order, and how deep in blocks lowering is:
    // only a pattern at depth 0 is matched on every line, so only those are worth matching ahead.
    readonly List<PatternSlot> _prematched = [];
    int _blockDepth;

    Lowering(CheckedProgram program, IReadOnlyDictionary<Symbol, Metric> metrics, RuntimeOptions options)
    {
        _program = program;
        _model = program.Model;
        _metrics = metrics;
        _options = options;
        _strptime = new GoStrptime(options.Location, options.SyslogUseCurrentYear, options.Clock);
    }

    /// <summary>Lowers <paramref name="program"/>; <paramref name="metrics"/> maps each declared metric's symbol to its store object.</summary>
    public static CompiledProgram Lower(CheckedProgram program, IReadOnlyDictionary<Symbol, Metric> metrics, RuntimeOptions options)
    {
        var lowering = new Lowering(program, metrics, options);
        var root = lowering.LowerBlock(program.Root);
        var filters = program.Root.Statements.OfType<LogFilterSyntax>().SelectMany(f => f.Paths);
        var prematcher = new LinePrematcher([.. lowering._prematched.Select(p => new LinePattern(p.Regex, p.NeedsGroups, p.Literal))]);
        return new CompiledProgram(program.Name, root, lowering._slots.Count, [.. filters.Distinct(StringComparer.Ordinal)], options.Clock, prematcher)
        {
            IdleUnlessMatched = lowering.IdleUnlessMatched(program.Root),
            Description = lowering.Describe(),
        };
    }

    // The executable form in words, for -dump_bytecode: what was bound and compiled, and how.
    string Describe()
    {
        var sb = new System.Text.StringBuilder();
        sb.Append("Prog: ").AppendLine(_program.Name).AppendLine("Metrics:");
        foreach (var metric in _metrics.Values.Distinct())
        {
            var d = metric.Definition;
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"  {d.Kind} {d.Name} {d.ValueType} keys [{string.Join(", ", d.Keys)}] at {d.Source}").AppendLine();
        }
        sb.AppendLine("Regexps:");
        foreach (var (pattern, slot) in _slots.OrderBy(p => p.Value.Index))
        {
            var how = slot.NeedsGroups ? "Match, capture groups read" : "IsMatch, no captures read";
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"  {slot.Index}: /{pattern.Source}/ as .NET {slot.Regex} ({how}; {slot.Regex.Engine})").AppendLine();
        }
        return sb.ToString();
    }

    // Groups maps a Go group number to the .NET group number in Regex (only read groups capture).
    // Literal is text every match contains (TranslatedPattern.RequiredLiteral): a line without it is rejected
    // by an ordinal search before the regex runs.
    sealed record PatternSlot(int Index, LineRegex Regex, bool NeedsGroups, IReadOnlyDictionary<int, int> Groups, string? Literal);

    BlockAction LowerBlock(BlockSyntax block)
    {
        var actions = new List<ProgramAction>(block.Statements.Length);
        foreach (var statement in block.Statements)
        {
            if (LowerStatement(statement) is { } action)
            {
                actions.Add(action);
            }
        }
        return new BlockAction([.. actions]);
    }

    ProgramAction? LowerStatement(StmtSyntax statement) => statement switch
    {
        BlockSyntax block => LowerBlock(block),
        CondSyntax cond => LowerCond(cond),
        OtherwiseSyntax otherwise => new CondAction(c => !c.Matched, LowerNested(otherwise.Then), null),
        ExprStmtSyntax expr => new EffectAction(LowerEffect(expr.Expr)),
        DecoratedSyntax decorated => LowerDecorated(decorated),
        NextSyntax => _nextBodies.Count > 0 ? _nextBodies.Peek() : null,
        StopSyntax => StopAction.Instance,
        DelSyntax del => new EffectAction(LowerDel(del)),
        // Declarations, constants, decorator definitions and log filters do nothing per line.
        DeclSyntax or ConstSyntax or DefSyntax or LogFilterSyntax or InvalidSyntax => null,
        _ => throw new System.Diagnostics.UnreachableException($"unhandled statement {statement.GetType().Name}"),
    };

    // `@d { body }` runs d's statements with body where d says `next`.
    BlockAction LowerDecorated(DecoratedSyntax decorated)
    {
        var def = (DefSyntax)_model.GetSymbol(decorated)!.Binding!;
        // The body runs where the decorator says `next`, usually inside one of its blocks.
        _nextBodies.Push(LowerNested(decorated.Body));
        try
        {
            return LowerBlock(def.Body);
        }
        finally
        {
            _nextBodies.Pop();
        }
    }

    CondAction LowerCond(CondSyntax cond)
    {
        var condition = _blockDepth == 0 && LinePattern(cond.Condition) is { } pattern
            ? PrematchedLineMatch(pattern)
            : LowerCondition(cond.Condition);
        return new CondAction(condition, LowerNested(cond.Then), cond.Else is null ? null : LowerNested(cond.Else));
    }

    // True when a line none of whose top-level patterns match does nothing at all in this program: every
    // top-level statement is a declaration or a block guarded by just a pattern, with no else and no otherwise.
    bool IdleUnlessMatched(BlockSyntax root) =>
        _prematched.Count > 0 && root.Statements.All(statement => statement switch
        {
            DeclSyntax or ConstSyntax or DefSyntax or LogFilterSyntax => true,
            CondSyntax { Else: null } cond => LinePattern(cond.Condition) is not null,
            _ => false,
        });

    BlockAction LowerNested(BlockSyntax block)
    {
        _blockDepth++;
        try
        {
            return LowerBlock(block);
        }
        finally
        {
            _blockDepth--;
        }
    }

    // A condition that is just a pattern matched against the line (a literal or a constant's name).
    CheckedPattern? LinePattern(ExprSyntax condition) => condition switch
    {
        UnarySyntax { Operator: UnaryOperator.ImplicitMatch } match => LinePattern(match.Operand),
        PatternSyntax pattern => _model.GetPattern(pattern),
        IndexedSyntax indexed => _model.GetPattern(indexed),
        _ => null,
    };

    // A top-level condition's match: taken from the line's prematched results when the caller computed
    // them (LinePrematcher), else matched here.
    Func<LineContext, bool> PrematchedLineMatch(CheckedPattern pattern)
    {
        var slot = SlotOf(pattern);
        var position = _prematched.IndexOf(slot);
        if (position < 0)
        {
            position = _prematched.Count;
            _prematched.Add(slot);
        }
        var matcher = Matcher(pattern);
        var index = slot.Index;
        var needsGroups = slot.NeedsGroups;
        return c =>
        {
            if (!c.TryGetPrematch(position, out var result))
            {
                return matcher(c, c.Line);
            }
            if (needsGroups)
            {
                c.SetMatch(index, result.Match!, result.Values);
            }
            return result.Success;
        };
    }

    PatternSlot SlotOf(CheckedPattern pattern)
    {
        if (_slots.TryGetValue(pattern, out var slot))
        {
            return slot;
        }
        // Only the groups the program reads capture: the others cost the engine work and the match memory.
        var read = _model.CaptureGroupsRead(pattern);
        IReadOnlyDictionary<int, int> groups = new Dictionary<int, int> { [0] = 0 };
        var regex = pattern.Translated is { } t
            ? LineRegex.Create(t.DotNetPatternCapturing(read, out groups), t.Options, t.BacktrackingRisk, !t.HasWordBoundary)
            : LineRegex.Empty;
        slot = new PatternSlot(_slots.Count, regex, read.Count > 0, groups, pattern.Translated?.RequiredLiteral);
        _slots[pattern] = slot;
        return slot;
    }

    // Matches the pattern against a value, keeping the match for capture references.
    Func<LineContext, string, bool> Matcher(CheckedPattern pattern)
    {
        var slot = SlotOf(pattern);
        var line = new LinePattern(slot.Regex, slot.NeedsGroups, slot.Literal);
        var index = slot.Index;
        if (!slot.NeedsGroups)
        {
            return line.IsMatch;
        }
        return (c, value) =>
        {
            var match = line.Match(c, value);
            c.SetMatch(index, match);
            return match.Success;
        };
    }
}
