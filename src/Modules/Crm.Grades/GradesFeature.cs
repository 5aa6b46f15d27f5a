namespace Crm.Grades;

public static class GradesFeature
{
    public const string Id = "Crm.Grades";
}
