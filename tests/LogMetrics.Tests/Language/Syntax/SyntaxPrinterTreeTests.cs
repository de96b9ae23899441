using LogMetrics.Language.Syntax;
using LogMetrics.Language.Text;

namespace LogMetrics.Tests.Language.Syntax;

/// <summary>Trees the parser does not build (folded constants, synthetic nodes) still print as readable source.</summary>
public sealed class SyntaxPrinterTreeTests
{
    static readonly SourcePos P = new(0, 0, 1);

    static IndexedSyntax Name(string name, params ExprSyntax[] keys) => new(new IdSyntax(P, name), [.. keys]);

    [Fact]
    public void Folded_float_that_looks_like_an_integer_stays_a_float()
    {
        SyntaxPrinter.Print(new FloatSyntax(P, 1.0, "1")).Should().Be("1.0");
        SyntaxPrinter.Print(new FloatSyntax(P, 1e21, "")).Should().Be("1e+21");
    }

    [Fact]
    public void Expiry_without_a_spelling_prints_in_seconds()
    {
        var del = new DelSyntax(P, Name("m", new IntSyntax(P, 1)), 7_200_000_000_000, null);
        SyntaxPrinter.Print(del).Should().Be("del m[1] after 7200s\n");
        SyntaxPrinter.Print(del with { ExpiryNanos = 1_500_000_001 }).Should().Be("del m[1] after 1.500000001s\n");
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(100000, "100000")]
    [InlineData(123456, "123456")]
    [InlineData(1234567, "1.234567e+06")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(1e21, "1e+21")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(double.MaxValue, "1.7976931348623157e+308")]
    [InlineData(-0.0, "-0.0")]
    public void Bucket_prints_like_Go_percent_g(double value, string expected)
    {
        var decl = new DeclSyntax(P, MetricKindSyntax.Histogram, "h", false, [], null, [value], null);
        SyntaxPrinter.Print(decl).Should().Be($"histogram h buckets {expected}\n");
    }

    [Fact]
    public void Unreadable_input_prints_as_a_comment()
    {
        var program = new BlockSyntax([new InvalidSyntax(P, "Unexpected input: '?'"), new StopSyntax(P)]);
        SyntaxPrinter.Print(program).Should().Be("# invalid input: Unexpected input: '?'\nstop\n");
    }

    [Fact]
    public void Expression_prints_without_a_newline()
    {
        var sum = new BinarySyntax(Name("a"), BinaryOperator.Add, new IntSyntax(P, 1));
        SyntaxPrinter.Print(new BinarySyntax(sum, BinaryOperator.Multiply, sum)).Should().Be("(a + 1) * (a + 1)");
    }

    [Fact]
    public void Nested_block_statement_prints_in_braces()
    {
        var program = new BlockSyntax([new BlockSyntax([new NextSyntax(P)])]);
        SyntaxPrinter.Print(program).Should().Be("{\n  next\n}\n");
    }

    [Fact]
    public void Operand_of_del_and_postfix_is_parenthesised_when_looser()
    {
        var not = new UnarySyntax(P, UnaryOperator.Not, Name("a"));
        SyntaxPrinter.Print(new DelSyntax(P, not, null, null)).Should().Be("del (~a)\n");
        SyntaxPrinter.Print(new UnarySyntax(P, UnaryOperator.Decrement, not)).Should().Be("(~a)--");
    }

    [Fact]
    public void Every_binary_operator_prints_between_its_operands()
    {
        foreach (var op in Enum.GetValues<BinaryOperator>())
        {
            var text = SyntaxPrinter.Print(new BinarySyntax(Name("a"), op, Name("b")));
            text.Should().Be($"a {SyntaxSpelling.Operator(op)} b", op.ToString());
        }
    }

    [Fact]
    public void Long_operator_chain_prints_without_deep_recursion()
    {
        ExprSyntax chain = new IntSyntax(P, 1);
        for (var i = 0; i < 100_000; i++)
        {
            chain = new BinarySyntax(chain, BinaryOperator.Multiply, new IntSyntax(P, 2));
        }
        var text = SyntaxPrinter.Print(new ExprStmtSyntax(new BinarySyntax(Name("x"), BinaryOperator.Assign, chain)));
        text.Should().StartWith("x = 1 * 2 * 2").And.EndWith(" * 2\n");
    }
}
