using LogMetrics.Exporting.Json;
using LogMetrics.Metrics;
using LogMetrics.Tests.Metrics;

namespace LogMetrics.Tests.Exporting;

public sealed class OneShotJsonWriterTests
{
    [Fact]
    public void The_reference_program_prints_exactly_what_mtail_prints()
    {
        OneShotJsonWriter.Render(ReferenceStore.Build()).Should().Be(ReferenceOutputs.OneShotJson);
    }

    [Fact]
    public void An_empty_store_is_an_empty_object()
    {
        OneShotJsonWriter.Render(new MetricStore()).Should().Be("{}");
    }

    [Fact]
    public void Declared_but_unwritten_metrics_print_without_label_values()
    {
        var store = new MetricStore();
        store.Add(Defs.Gauge("g", "k"));

        OneShotJsonWriter.Render(store).Should().Be(
            """
            {
              "g": [
                {
                  "Name": "g",
                  "Program": "x.mtail",
                  "Kind": 2,
                  "Type": 0,
                  "Keys": [
                    "k"
                  ],
                  "Source": "x.mtail:1:9-12"
                }
              ]
            }
            """);
    }

    [Fact]
    public void Scalar_counters_print_zero_at_time_zero_and_limit_and_expiry_are_shown()
    {
        var store = new MetricStore();
        store.Add(Defs.Counter("c"));
        var limited = store.Add(Defs.Make("d", MetricKind.Counter, MetricValueType.Float, ["k"], limit: 2));
        var datum = (FloatDatum)limited.GetOrCreate(["a"], 5);
        datum.Set(1.5e-7, 6);
        datum.SetExpiry(3_600_000_000_000);

        OneShotJsonWriter.Render(store).Should().Be(
            """
            {
              "c": [
                {
                  "Name": "c",
                  "Program": "x.mtail",
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
              ],
              "d": [
                {
                  "Name": "d",
                  "Program": "x.mtail",
                  "Kind": 1,
                  "Type": 1,
                  "Keys": [
                    "k"
                  ],
                  "LabelValues": [
                    {
                      "Labels": [
                        "a"
                      ],
                      "Value": {
                        "Value": 1.5e-7,
                        "Time": 6
                      },
                      "Expiry": 3600000000000
                    }
                  ],
                  "Source": "x.mtail:1:9-12",
                  "Limit": 2
                }
              ]
            }
            """);
    }

    [Fact]
    public void Histogram_bucket_keys_sort_as_strings_and_ranges_print_as_percent_v()
    {
        var store = new MetricStore();
        var metric = store.Add(Defs.Histogram("h", [0, 0.5, 1e6]));
        ((HistogramDatum)metric.Scalar!).Observe(2, 7);

        OneShotJsonWriter.Render(store).Should().Contain(
            """
                        "Buckets": {
                          "+Inf": 0,
                          "0.5": 0,
                          "1e+06": 1
                        },
                        "Count": 1,
                        "Sum": 2,
                        "Time": 7
            """).And.Contain(
            """
                  "Buckets": [
                    {
                      "Min": "0",
                      "Max": "0.5"
                    },
                    {
                      "Min": "0.5",
                      "Max": "1e+06"
                    },
                    {
                      "Min": "1e+06",
                      "Max": "+Inf"
                    }
                  ]
            """);
    }

    [Fact]
    public void Several_programs_under_one_name_share_one_array()
    {
        var store = new MetricStore();
        store.Add(Defs.Make("shared", MetricKind.Counter, MetricValueType.Int, [], program: "a.mtail"));
        store.Add(Defs.Make("shared", MetricKind.Counter, MetricValueType.Int, [], program: "b.mtail"));

        var text = OneShotJsonWriter.Render(store);

        text.Should().StartWith("{\n  \"shared\": [\n    {\n      \"Name\": \"shared\",\n      \"Program\": \"a.mtail\"");
        text.Should().Contain("    },\n    {\n      \"Name\": \"shared\",\n      \"Program\": \"b.mtail\"");
    }

    [Fact]
    public void A_nan_value_fails_like_go_and_writes_nothing()
    {
        var store = new MetricStore();
        var metric = store.Add(Defs.Make("f", MetricKind.Gauge, MetricValueType.Float, []));
        ((FloatDatum)metric.GetOrCreate([], 1)).Set(double.NaN, 1);
        var output = new StringWriter();

        var act = () => OneShotJsonWriter.Write(store, output);

        act.Should().Throw<JsonExportException>().WithMessage("json: unsupported value: NaN");
        output.ToString().Should().BeEmpty();
    }
}
