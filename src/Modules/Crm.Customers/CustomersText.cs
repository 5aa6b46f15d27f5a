namespace Crm.Customers;

/// <summary>
/// Marker for this module's UI texts: <c>IStringLocalizer&lt;CustomersText&gt;</c> reads Resources/CustomersText.{culture}.resx.
/// The English text is the key, so English needs no resx.
/// </summary>
public sealed class CustomersText;
