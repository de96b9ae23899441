using LogMetrics.Exporting.Json;
using LogMetrics.Metrics;
using LogMetrics.Tests.Metrics;

namespace LogMetrics.Tests.Exporting;

public sealed class JsonArrayWriterTests
{
    [Fact]
    public void An_empty_store_is_an_empty_array()
    {
        JsonArrayWriter.Render(new MetricStore()).Should().Be("[]");
    }

    [Fact]
    public void Metrics_are_listed_flat_by_name_then_add_order()
    {
        var store = new MetricStore();
        store.Add(Defs.Make("b", MetricKind.Counter, MetricValueType.Int, [], program: "p.mtail"));
        store.Add(Defs.Make("a", MetricKind.Counter, MetricValueType.Int, [], program: "q.mtail"));
        store.Add(Defs.Make("a", MetricKind.Counter, MetricValueType.Int, [], program: "p.mtail"));

        var output = new StringWriter();
        JsonArrayWriter.Write(store, output);

        output.ToString().Should().Be(
            """
            [
              {
                "Name": "a",
                "Program": "q.mtail",
                "Kind": 1,
                "Type": 0,
                "LabelValues": [
                  {
                    "Value": {
                      "Value": 0,
                      "Time": 0
                    }
                  }
                ],
                "Source": "x.mtail:1:9-12"
              },
              {
                "Name": "a",
                "Program": "p.mtail",
                "Kind": 1,
                "Type": 0,
                "LabelValues": [
                  {
                    "Value": {
                      "Value": 0,
                      "Time": 0
                    }
                  }
                ],
                "Source": "x.mtail:1:9-12"
              },
              {
                "Name": "b",
                "Program": "p.mtail",
                "Kind": 1,
                "Type": 0,
                "LabelValues": [
                  {
                    "Value": {
                      "Value": 0,
                      "Time": 0
                    }
                  }
                ],
                "Source": "x.mtail:1:9-12"
              }
            ]
            """);
    }
}
