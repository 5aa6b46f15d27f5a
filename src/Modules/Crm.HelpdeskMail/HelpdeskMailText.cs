namespace Crm.HelpdeskMail;

/// <summary>
/// Marker for this module's texts (screens, the survey page and email): <c>IStringLocalizer&lt;HelpdeskMailText&gt;</c> reads
/// Resources/HelpdeskMailText.{culture}.resx. The English text is the key, so English needs no resx.
/// </summary>
public sealed class HelpdeskMailText;
