namespace Crm.Core.Recipes;

/// <summary>How far a recipe run is: <paramref name="StepsDone"/> of <paramref name="TotalSteps"/>, the last one done named.</summary>
public sealed record RecipeProgress(int StepsDone, int TotalSteps, string? LastStep);
