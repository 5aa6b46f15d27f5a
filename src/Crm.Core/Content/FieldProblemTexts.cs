namespace Crm.Core.Content;

/// <summary>
/// A module's text resource (its IStringLocalizer marker type) that translates the refusals its content preparers give in
/// their own words; registered with <c>services.AddFieldProblemTexts&lt;TModuleText&gt;()</c>.
/// </summary>
public sealed record FieldProblemTexts(Type Resource);
