namespace Crm.Tenants;

/// <summary>
/// Marker for this module's UI texts: <c>IStringLocalizer&lt;TenantsText&gt;</c> reads Resources/TenantsText.{culture}.resx.
/// The English text is the key, so English needs no resx.
/// </summary>
public sealed class TenantsText;
