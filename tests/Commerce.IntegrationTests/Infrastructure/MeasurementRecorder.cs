using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Commerce.IntegrationTests.Infrastructure;

/// <summary>Records what the instruments of one meter measure, in this process, until disposed.</summary>
public sealed class MeasurementRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<Measured> _measured = new();

    public MeasurementRecorder(string meterName)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == meterName) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>What the instrument named <paramref name="instrument"/> measured, with the value of the tag <paramref name="tag"/>.</summary>
    public IReadOnlyList<(double Value, string? Tag)> Of(string instrument, string tag = "context") =>
        _measured.Where(m => m.Instrument == instrument)
            .Select(m => (m.Value, m.Tags.FirstOrDefault(t => t.Key == tag).Value as string)).ToList();

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        _measured.Enqueue(new Measured(instrument.Name, value, tags.ToArray()));

    private sealed record Measured(string Instrument, double Value, KeyValuePair<string, object?>[] Tags);
}
