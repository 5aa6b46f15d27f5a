namespace Crm.SampleData.Services;

/// <summary>How much sample data the SampleData step makes; the same seed gives the same data.</summary>
public sealed record SampleDataRequest(int Customers, int Activities, int Accounts, int Seed, int Opportunities = 0, int Tickets = 0, int Calls = 0);
