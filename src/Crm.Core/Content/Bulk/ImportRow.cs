using System.Text.Json.Nodes;
using Crm.Core.Content.Store;

namespace Crm.Core.Content.Bulk;

/// <param name="Problems">Problems found before validation (e.g. a malformed CSV record); reported with the field errors.</param>
internal readonly record struct ImportRow(int Row, JsonObject Values, IReadOnlyList<ContentFieldError> Problems);
