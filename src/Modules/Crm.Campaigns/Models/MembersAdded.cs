namespace Crm.Campaigns.Models;

/// <param name="Added">Customers of the audience made members now.</param>
/// <param name="AlreadyMembers">Customers of the audience that were members already (left as they are).</param>
/// <param name="Capped">The audience has more customers than one run adds (<see cref="Services.AudienceMembers.MaxCustomers"/>); run again after narrowing it.</param>
public sealed record MembersAdded(int Added, int AlreadyMembers, bool Capped);
