using System.Text.Json.Nodes;
using Crm.Core.Content.Store;

namespace Crm.Contents.Services.Import;

/// <param name="Row">The spreadsheet row (the header being row 1).</param>
/// <param name="Problems">Problems of the record itself (malformed, too many cells), found before any field is checked.</param>
public sealed record MappedRow(int Row, JsonObject Values, IReadOnlyList<ContentFieldError> Problems);
