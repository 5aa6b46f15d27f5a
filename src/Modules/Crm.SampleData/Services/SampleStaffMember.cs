namespace Crm.SampleData.Services;

public sealed record SampleStaffMember(string UserName, string DisplayName, string Role);
