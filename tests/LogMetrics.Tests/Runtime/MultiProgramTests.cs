using LogMetrics.Metrics;
using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Runtime;

/// <summary>Several programs loaded into one store, as mtail does with a directory of programs.</summary>
public sealed class MultiProgramTests
{
    [Fact]
    public void The_same_metric_name_in_two_programs_is_two_metrics()
    {
        var store = new MetricStore();
        var a = ProgramHarness.Load("""
            counter shared
            /a/ {
              shared++
            }
            """, name: "a.mtail", store: store);
        var b = ProgramHarness.Load("""
            counter shared
            /b/ {
              shared += 10
            }
            """, name: "b.mtail", store: store);

        foreach (var line in new[] { "a", "ab", "b" })
        {
            a.Feed(line);
            b.Feed(line);
        }

        a.Int("shared").Should().Be(2);
        b.Int("shared").Should().Be(20);
        store.GetMetrics("shared").Select(m => m.Definition.Program).Should().BeEquivalentTo("a.mtail", "b.mtail");
    }

    [Fact]
    public void The_same_name_with_another_kind_fails_to_load()
    {
        var store = new MetricStore();
        ProgramHarness.Load("""
            counter shared
            /a/ {
              shared++
            }
            """, name: "a.mtail", store: store);

        var result = ProgramHarness.TryLoad("""
            gauge shared
            /b/ {
              shared = 1
            }
            """, "b.mtail", store);

        result.Succeeded.Should().BeFalse();
        result.StoreError.Should().Be("Metric shared has different kind Gauge to existing Counter.");
    }

    [Fact]
    public void A_hidden_metric_does_not_clash_with_an_exported_one()
    {
        var store = new MetricStore();
        ProgramHarness.Load("""
            counter shared
            /a/ {
              shared++
            }
            """, name: "a.mtail", store: store);

        var result = ProgramHarness.TryLoad("""
            hidden gauge shared
            counter out
            /(?P<n>\d+)/ {
              shared = $n
              out += shared
            }
            """, "b.mtail", store);

        result.Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Programs_keep_their_own_timestamp_registers()
    {
        var store = new MetricStore();
        var setter = ProgramHarness.Load("""
            gauge ts
            /^(?P<v>\d+)$/ {
              settime($v)
              ts = timestamp()
            }
            """, name: "a.mtail", store: store);
        var reader = ProgramHarness.Load("""
            gauge seen
            /^\d+$/ {
              seen = timestamp()
            }
            """, name: "b.mtail", store: store);

        setter.Feed("1000");
        reader.Feed("1000");

        setter.Int("ts").Should().Be(1000);
        reader.Int("seen").Should().Be(reader.Clock.NowNanos / 1_000_000_000);
    }
}
