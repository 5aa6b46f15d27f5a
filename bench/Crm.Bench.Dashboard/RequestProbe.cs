using System.Diagnostics;
using Crm.Core.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Diagnostics;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bench.Dashboard;

/// <summary>
/// Times each request inside the server (a middleware ahead of the platform's pipeline), each view component in it
/// (MVC's diagnostic events), and the SQL statements of both (Npgsql's tracing). The bench sends one request at a time,
/// so whatever happens between a request's start and end belongs to it.
/// </summary>
public sealed class RequestProbe : IStartupFilter, IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private static readonly HashSet<string> Events =
        [BeforeViewComponentEventData.EventName, AfterViewComponentEventData.EventName, ViewComponentAfterViewExecuteEventData.EventName];

    private readonly Lock _lock = new();
    private readonly ActivityListener _statements;
    private readonly List<IDisposable> _subscriptions = [];
    private Open? _request;
    private OpenCard? _card;

    public RequestProbe()
    {
        _statements = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = Statement,
        };
        ActivitySource.AddActivityListener(_statements);
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    /// <summary>The last request that finished.</summary>
    public PageTiming? Last { get; private set; }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            lock (_lock) _request = new Open(Stopwatch.GetTimestamp());
            await nextMiddleware(context);
            var commands = context.RequestServices.GetService<TenantDb>()?.CommandCount ?? -1;
            lock (_lock)
            {
                var r = _request!;
                Last = new PageTiming(context.Response.StatusCode, Stopwatch.GetElapsedTime(r.Start).TotalMilliseconds, commands, r.Statements, r.StatementMilliseconds, r.Cards);
                _request = null;
            }
        });
        next(app);
    };

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name == "Microsoft.AspNetCore") lock (_lock) _subscriptions.Add(listener.Subscribe(this, name => Events.Contains(name)));
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        var now = Stopwatch.GetTimestamp();
        lock (_lock)
        {
            switch (value.Value)
            {
                case BeforeViewComponentEventData before:
                    _card = new OpenCard(Name(before.ViewComponentContext), now);
                    break;
                case AfterViewComponentEventData after when _card?.Name == Name(after.ViewComponentContext):
                    _card.DataEnd = now;
                    break;
                case ViewComponentAfterViewExecuteEventData rendered when _card?.Name == Name(rendered.ViewComponentContext):
                    _request?.Cards.Add(new CardTiming(_card.Name, Milliseconds(_card.Start, now), Milliseconds(_card.Start, _card.DataEnd ?? now),
                        _card.Statements, _card.StatementMilliseconds));
                    _card = null;
                    break;
            }
        }
    }

    private void Statement(Activity activity)
    {
        lock (_lock)
        {
            if (_request is null) return;
            var ms = activity.Duration.TotalMilliseconds;
            _request.Statements++;
            _request.StatementMilliseconds += ms;
            if (_card is null) return;
            _card.Statements++;
            _card.StatementMilliseconds += ms;
        }
    }

    private static string Name(ViewComponentContext context) => context.ViewComponentDescriptor.ShortName;

    private static double Milliseconds(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;

    public void Dispose()
    {
        _statements.Dispose();
        lock (_lock) foreach (var subscription in _subscriptions) subscription.Dispose();
    }

    void IObserver<DiagnosticListener>.OnCompleted() { }

    void IObserver<DiagnosticListener>.OnError(Exception error) { }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted() { }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error) { }

    private sealed class Open(long start)
    {
        public long Start { get; } = start;
        public int Statements { get; set; }
        public double StatementMilliseconds { get; set; }
        public List<CardTiming> Cards { get; } = [];
    }

    private sealed class OpenCard(string name, long start)
    {
        public string Name { get; } = name;
        public long Start { get; } = start;
        public long? DataEnd { get; set; }
        public int Statements { get; set; }
        public double StatementMilliseconds { get; set; }
    }
}
