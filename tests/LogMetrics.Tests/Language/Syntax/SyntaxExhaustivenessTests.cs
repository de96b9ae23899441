using System.Collections.Immutable;
using System.Reflection;
using LogMetrics.Language.Syntax;
using LogMetrics.Language.Text;

namespace LogMetrics.Tests.Language.Syntax;

/// <summary>
/// C# cannot prove a switch over node classes exhaustive, so this builds an instance of every
/// concrete <see cref="SyntaxNode"/> type in the assembly (every enum value too) and runs the
/// printer, the dumper and the walker over it: a new node type or operator that one of them does
/// not handle fails here by name instead of at a user's <c>-dump_ast</c>.
/// </summary>
public sealed class SyntaxExhaustivenessTests
{
    static readonly SourcePos P = new(0, 0, 1);

    public static TheoryData<string> NodeTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in ConcreteNodeTypes())
        {
            data.Add(type.Name);
        }
        return data;
    }

    static IEnumerable<Type> ConcreteNodeTypes() =>
        typeof(SyntaxNode).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(SyntaxNode)) && !t.IsAbstract)
            .OrderBy(t => t.Name, StringComparer.Ordinal);

    [Fact]
    public void Reflection_finds_the_node_types()
    {
        ConcreteNodeTypes().Select(t => t.Name).Should().Contain(["BlockSyntax", "BinarySyntax", "DeclSyntax", "RegexSyntax"]);
    }

    [Theory]
    [MemberData(nameof(NodeTypes))]
    public void Node_type_is_handled_by_printer_dumper_and_walker(string typeName)
    {
        var type = ConcreteNodeTypes().Single(t => t.Name == typeName);
        foreach (var node in Instances(type))
        {
            var act = () =>
            {
                _ = SyntaxPrinter.Print(node);
                _ = SexpDumper.Dump(node, "x.mtail");
                new CountingWalker().Visit(node);
            };
            act.Should().NotThrow("{0} must be handled everywhere", node);
        }
    }

    // The widest public constructor, called once with sample arguments, and once more for every
    // value of each enum parameter (operators, metric kinds).
    static IEnumerable<SyntaxNode> Instances(Type type)
    {
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .Where(c => c.GetParameters().All(p => p.ParameterType != type))
            .MaxBy(c => c.GetParameters().Length)!;
        var parameters = constructor.GetParameters();
        var args = parameters.Select(p => Sample(p.ParameterType, p.Name!)).ToArray();
        yield return (SyntaxNode)constructor.Invoke(args);
        for (var i = 0; i < parameters.Length; i++)
        {
            if (!parameters[i].ParameterType.IsEnum)
            {
                continue;
            }
            foreach (var value in Enum.GetValues(parameters[i].ParameterType))
            {
                var varied = (object?[])args.Clone();
                varied[i] = value;
                yield return (SyntaxNode)constructor.Invoke(varied);
            }
        }
    }

    static object? Sample(Type type, string name)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying.IsEnum)
        {
            return Enum.GetValues(underlying).GetValue(0);
        }
        return underlying switch
        {
            _ when underlying == typeof(SourcePos) => P,
            _ when underlying == typeof(string) => "x",
            _ when underlying == typeof(bool) => true,
            _ when underlying == typeof(long) => 1L,
            _ when underlying == typeof(double) => 1.5,
            _ when underlying == typeof(ImmutableArray<string>) => ImmutableArray.Create("a"),
            _ when underlying == typeof(ImmutableArray<double>) => ImmutableArray.Create(1.0, 2.0),
            _ when underlying == typeof(ImmutableArray<ExprSyntax>) => ImmutableArray.Create<ExprSyntax>(new IntSyntax(P, 1)),
            _ when underlying == typeof(ImmutableArray<StmtSyntax>) => ImmutableArray.Create<StmtSyntax>(new StopSyntax(P)),
            _ when underlying == typeof(BlockSyntax) => new BlockSyntax([new StopSyntax(P)]),
            _ when underlying == typeof(IdSyntax) => new IdSyntax(P, "x"),
            _ when underlying == typeof(ExprSyntax) => new IntSyntax(P, 1),
            _ => throw new InvalidOperationException($"add a sample value for {underlying.Name} (parameter {name}) to this test"),
        };
    }

    sealed class CountingWalker : SyntaxWalker
    {
        public int Count { get; private set; }

        public override void Visit(SyntaxNode node)
        {
            Count++;
            base.Visit(node);
        }
    }
}
