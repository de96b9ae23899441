using LogMetrics.DiffTest.Generation;
using LogMetrics.DiffTest.Running;
using LogMetrics.Language.Compilation;
using LogMetrics.Language.Text;

namespace LogMetrics.Tests.Language.Semantics;

/// <summary>
/// The differential fuzzer's own parts (tests/LogMetrics.DiffTest): the generator is deterministic and
/// mostly makes programs that compile, the comparer sees what differs and only that, and the shrinker
/// keeps what the disagreement needs. The fuzzer's runs beside mtail are in .ci/run.
/// </summary>
public sealed class DiffTestToolTests
{
    [Fact]
    public void The_same_seed_and_index_give_the_same_case()
    {
        var a = ProgramGenerator.Generate(7, 3);
        var b = ProgramGenerator.Generate(7, 3);
        var c = ProgramGenerator.Generate(7, 4);

        a.Program.Render().Should().Be(b.Program.Render());
        a.Lines.Should().Equal(b.Lines);
        c.Program.Render().Should().NotBe(a.Program.Render());
    }

    [Fact]
    public void Most_generated_programs_compile_and_every_kind_of_statement_appears()
    {
        var cases = Enumerable.Range(0, 300).Select(i => ProgramGenerator.Generate(11, i)).ToList();
        var valid = cases.Where(c => !c.Invalid).ToList();
        var compiled = valid.Count(c => MtailCompiler.Compile(SourceText.From(c.Program.Name, c.Program.Render())).Program is not null);
        var text = string.Join("\n", cases.Select(c => c.Program.Render()));

        compiled.Should().BeGreaterThan(valid.Count * 6 / 10, "a generator whose programs do not compile tests only the checker");
        cases.Count(c => c.Invalid).Should().BeInRange(20, 80);
        foreach (var construct in new[] { "counter ", "gauge ", "timer ", "text ", "histogram ", " by ", " as \"", " buckets ", " limit ", "hidden ",
            "} else {", "otherwise {", "stop", "del ", " after 1h", "def ", "@", "next", "const ", " && ", " || ", " =~ ", " !~ ",
            "strptime(", "timestamp()", "settime(", "strtol(", "len(", "tolower(", "subst(", "getfilename()", "string(", "int(", "float(",
            " ** ", " % ", " << ", " & ", "++", "--", " += ", "(?P<" })
        {
            text.Should().Contain(construct);
        }
    }

    [Fact]
    public void Invalid_programs_do_not_compile()
    {
        var invalid = Enumerable.Range(0, 300).Select(i => ProgramGenerator.Generate(13, i)).Where(c => c.Invalid).ToList();
        var rejected = invalid.Count(c => MtailCompiler.Compile(SourceText.From(c.Program.Name, c.Program.Render())).Program is null);

        rejected.Should().BeGreaterThan(invalid.Count * 8 / 10);
    }

    [Fact]
    public void Prometheus_outputs_compare_by_series_whatever_the_label_order()
    {
        const string Mtail = "# TYPE a counter\na{prog=\"p.mtail\",x=\"1\"} 2\nb{prog=\"p.mtail\"} 1.0000000000001\n";
        const string Same = "# TYPE a counter\nb{prog=\"p.mtail\"} 1\na{x=\"1\",prog=\"p.mtail\"} 2\n";
        const string Other = "# TYPE a counter\na{prog=\"p.mtail\",x=\"1\"} 3\nb{prog=\"p.mtail\"} 1\nc{prog=\"q.mtail\"} 0\n";

        OutputComparer.ComparePrometheus(Mtail, Same).Should().BeEmpty();
        var differences = OutputComparer.ComparePrometheus(Mtail, Other);
        differences.Select(d => d.Program).Should().BeEquivalentTo(["p.mtail", "q.mtail"]);
        differences[0].What.Should().Contain("mtail 2, logmetrics 3");
    }

    [Fact]
    public void Json_outputs_ignore_times_and_the_order_of_label_sets()
    {
        const string Mtail = """{"a":[{"Name":"a","Program":"p.mtail","LabelValues":[{"Labels":["x"],"Value":{"Value":1,"Time":5}},{"Labels":["y"],"Value":{"Value":2,"Time":6}}]}]}""";
        const string Same = """{"a":[{"Program":"p.mtail","Name":"a","LabelValues":[{"Labels":["y"],"Value":{"Value":2,"Time":9}},{"Labels":["x"],"Value":{"Value":1,"Time":0}}]}]}""";
        const string Other = """{"a":[{"Name":"a","Program":"p.mtail","LabelValues":[{"Labels":["x"],"Value":{"Value":1,"Time":5}},{"Labels":["y"],"Value":{"Value":"2","Time":6}}]}]}""";

        OutputComparer.CompareJson(Mtail, Same).Should().BeEmpty();
        OutputComparer.CompareJson(Mtail, Other).Should().HaveCount(2).And.OnlyContain(d => d.Program == "p.mtail");
    }

    [Theory]
    [InlineData("1.8371173070873836", "1.8371173070873834", true)]
    [InlineData("1", "1.0", false)]
    [InlineData("0.1", "0.10", false)]
    [InlineData("9223372036854775807", "9223372036854775806", false)]
    [InlineData("1.8371173070873836", "1.8371173070874", false)]
    [InlineData("1.55934385287342", "1.5593438528734204", true)]
    public void Long_floats_compare_to_14_digits_and_nothing_else_is_loosened(string a, string b, bool same)
    {
        (OutputComparer.ApproximateNumber(a) == OutputComparer.ApproximateNumber(b)).Should().Be(same);
    }

    [Fact]
    public void The_shrinker_keeps_only_what_the_disagreement_needs()
    {
        var block = new Node("/x/", isBlock: true);
        block.Children.Add(new Node("a++"));
        block.Children.Add(new Node("needle++"));
        block.Else = [new Node("b++")];
        var program = new GeneratedProgram("p.mtail", [new Node("counter a"), new Node("counter needle"), block, new Node("c++")]);
        string[] lines = ["one", "two", "the line", "three", "four"];

        var shrinker = new Shrinker((p, l) => p.Render().Contains("needle++", StringComparison.Ordinal) && l.Contains("the line"));
        var (smallest, kept) = shrinker.Shrink(program, lines);

        smallest.Render().Should().Be("needle++\n");
        kept.Should().Equal("the line");
    }
}
