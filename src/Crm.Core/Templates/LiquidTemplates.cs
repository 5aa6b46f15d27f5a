using System.Collections.Concurrent;
using System.Globalization;
using DotLiquid;
using DotLiquid.Exceptions;

namespace Crm.Core.Templates;

/// <summary>
/// Liquid (DotLiquid) for every text that admins write with placeholders: email subjects and bodies, workflow
/// properties. Models may hold JSON nodes, content items, dictionaries, lists and plain values (see <see cref="LiquidModel"/>);
/// a missing value renders as nothing. Parsed templates are cached by their text; each render gets its own context.
/// </summary>
public sealed class LiquidTemplates
{
    private const int CacheLimit = 2000;
    private static readonly Type[] Filters = [typeof(LiquidDateFilters)];
    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    /// <summary>Renders <paramref name="template"/> with the model's values; throws <see cref="TemplateException"/> naming the problem.</summary>
    public string Render(string template, IReadOnlyDictionary<string, object?> model)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(model);
        var parsed = Parse(template);
        try
        {
            // Each call gets its own context, but DotLiquid keeps a render's assigns on the template object: one render at a time.
            lock (parsed)
            {
                return parsed.Render(new RenderParameters(CultureInfo.InvariantCulture) { Context = NewContext(model) });
            }
        }
        catch (Exception e) when (e is LiquidException or System.ArgumentException or InvalidOperationException or FormatException or DivideByZeroException)
        {
            throw new TemplateException($"Liquid error: {e.Message}", e);
        }
    }

    /// <summary>Liquid as its users know it: strftime dates (<c>date: '%Y-%m-%d'</c>), errors thrown rather than printed; plus <see cref="LiquidDateFilters"/>.</summary>
    private static Context NewContext(IReadOnlyDictionary<string, object?> model)
    {
        var context = new Context([LiquidModel.ToHash(model)], new Hash(), new Hash(), ErrorsOutputMode.Rethrow, 0, CultureInfo.InvariantCulture, CancellationToken.None)
        {
            UseRubyDateFormat = true,
            SyntaxCompatibilityLevel = SyntaxCompatibility.DotLiquid22a,
        };
        context.AddFilters(Filters);
        return context;
    }

    /// <summary>Why the template does not parse, or null when it does.</summary>
    public string? Error(string template)
    {
        try
        {
            Parse(template);
            return null;
        }
        catch (TemplateException e)
        {
            return e.Message;
        }
    }

    private Template Parse(string template)
    {
        if (_parsed.TryGetValue(template, out var cached)) return cached;
        Template parsed;
        try
        {
            parsed = Template.Parse(template);
        }
        catch (LiquidException e)
        {
            throw new TemplateException(e.Message, e);
        }
        if (_parsed.Count >= CacheLimit) _parsed.Clear();
        _parsed[template] = parsed;
        return parsed;
    }
}
