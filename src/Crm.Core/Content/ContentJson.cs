using System.Text.Encodings.Web;
using System.Text.Json;

namespace Crm.Core.Content;

/// <summary>
/// How content JSON is written to the database: Hangul and symbols stay as they are (not \uXXXX), which keeps
/// rows small and readable. Only the database sees this text; pages encode values themselves.
/// </summary>
public static class ContentJson
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
