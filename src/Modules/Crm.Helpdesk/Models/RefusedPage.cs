namespace Crm.Helpdesk.Models;

/// <summary>Why a one-click move was not made (nothing was written), with the way back.</summary>
public sealed record RefusedPage(string Title, IReadOnlyList<string> Reasons, string BackUrl);
