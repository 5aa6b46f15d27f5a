using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Runtime;
using Microsoft.Extensions.Options;

namespace Crm.Workflows.Expressions;

/// <summary>
/// Runs workflow JavaScript (conditions, expressions, Script activities) in Jint with no CLR access and limits on time,
/// statements, memory and recursion. The scope's values are plain JSON; a script may change <c>variables</c>, which
/// are read back after it ran.
/// </summary>
public sealed class ScriptSandbox(IOptions<ScriptLimits> limits)
{
    /// <summary>The value of an expression, as JSON (undefined and functions become null).</summary>
    public JsonNode? Evaluate(string expression, JsonObject scope) => Run(expression, scope, readBack: false).Result;

    /// <summary>Runs statements; returns the <c>variables</c> object as the script left it.</summary>
    public JsonObject Execute(string script, JsonObject scope) => Run(script, scope, readBack: true).Variables ?? [];

    /// <summary>Null when the code parses, else the parser's message (checked before a workflow is published).</summary>
    public static string? ParseError(string code)
    {
        try
        {
            Engine.PrepareScript(code);
            return null;
        }
        catch (Exception e) when (e is Acornima.ParseErrorException or JavaScriptException)
        {
            return e.Message;
        }
    }

    private (JsonNode? Result, JsonObject? Variables) Run(string code, JsonObject scope, bool readBack)
    {
        var settings = limits.Value;
        var engine = new Engine(options => options
            .Strict()
            .TimeoutInterval(settings.Timeout)
            .MaxStatements(settings.MaxStatements)
            .LimitMemory(settings.MaxMemoryBytes)
            .LimitRecursion(settings.MaxRecursion));
        try
        {
            var parser = new Jint.Native.Json.JsonParser(engine);
            foreach (var (name, value) in scope) engine.SetValue(name, parser.Parse(value?.ToJsonString() ?? "null"));
            var result = engine.Evaluate(code);
            var variables = readBack ? ToJson(engine, engine.GetValue("variables")) as JsonObject : null;
            return (ToJson(engine, result), variables);
        }
        catch (TimeoutException)
        {
            throw new ScriptException($"The script ran longer than {settings.Timeout.TotalSeconds:0.#} s and was stopped.");
        }
        catch (StatementsCountOverflowException)
        {
            throw new ScriptException($"The script ran more than {settings.MaxStatements:N0} statements and was stopped (an endless loop?).");
        }
        catch (MemoryLimitExceededException)
        {
            throw new ScriptException($"The script used more than {settings.MaxMemoryBytes / (1024 * 1024)} MB and was stopped.");
        }
        catch (RecursionDepthOverflowException)
        {
            throw new ScriptException($"The script nested calls deeper than {settings.MaxRecursion} and was stopped.");
        }
        catch (JavaScriptException e)
        {
            throw new ScriptException($"The script failed: {e.Message}", e);
        }
        catch (Acornima.ParseErrorException e)
        {
            throw new ScriptException($"The script does not parse: {e.Message}", e);
        }
    }

    private static JsonNode? ToJson(Engine engine, JsValue value)
    {
        if (value.IsUndefined() || value.IsNull() || value is Jint.Native.Function.Function) return null;
        var text = new Jint.Native.Json.JsonSerializer(engine).Serialize(value);
        return text.IsUndefined() ? null : JsonNode.Parse(text.AsString());
    }
}
