using LogMetrics.Exporting.Otlp;
using OpenTelemetry.Exporter;

namespace LogMetrics.Tests.Exporting.Otlp;

public sealed class OtlpSettingsTests
{
    static OtlpExporterOptions Resolve(string flag, params (string Name, string Value)[] environment)
    {
        var variables = environment.ToDictionary(e => e.Name, e => e.Value);
        return OtlpSettings.Resolve(flag, TimeSpan.FromSeconds(7), name => variables.GetValueOrDefault(name));
    }

    [Fact]
    public void With_nothing_set_it_is_grpc_to_localhost_with_the_write_deadline() =>
        Resolve("").Should().BeEquivalentTo(new { Protocol = OtlpExportProtocol.Grpc, Endpoint = new Uri("http://localhost:4317"), TimeoutMilliseconds = 7000 });

    [Fact]
    public void The_flag_beats_the_variables_and_gets_the_metrics_path_over_http()
    {
        var options = Resolve("http://collector:4318", ("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"),
            ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://other:4318"), ("OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", "http://third/x"));
        options.Endpoint.Should().Be(new Uri("http://collector:4318/v1/metrics"));
    }

    [Fact]
    public void Metrics_specific_variables_beat_general_ones_and_their_endpoint_is_used_as_it_is()
    {
        var options = Resolve("", ("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc"), ("OTEL_EXPORTER_OTLP_METRICS_PROTOCOL", "http/protobuf"),
            ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://general:4318"), ("OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", "http://specific:9/ingest"),
            ("OTEL_EXPORTER_OTLP_HEADERS", "a=1"), ("OTEL_EXPORTER_OTLP_TIMEOUT", "2500"));
        options.Should().BeEquivalentTo(new
        {
            Protocol = OtlpExportProtocol.HttpProtobuf,
            Endpoint = new Uri("http://specific:9/ingest"),
            Headers = "a=1",
            TimeoutMilliseconds = 2500,
        });
    }

    [Fact]
    public void The_general_endpoint_is_a_base_that_gets_the_metrics_path_over_http() =>
        Resolve("", ("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"), ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://general:4318"))
            .Endpoint.Should().Be(new Uri("http://general:4318/v1/metrics"));

    [Fact]
    public void Json_is_refused() =>
        FluentActions.Invoking(() => Resolve("", ("OTEL_EXPORTER_OTLP_PROTOCOL", "http/json")))
            .Should().Throw<FormatException>().WithMessage("*http/json*");
}
