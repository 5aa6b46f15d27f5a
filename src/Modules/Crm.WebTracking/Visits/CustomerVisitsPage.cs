using Crm.Core.Content.Store;
using Crm.WebTracking.Storage;

namespace Crm.WebTracking.Visits;

/// <summary>A customer's visitors (first touch) and their page views, newest first.</summary>
public sealed record CustomerVisitsPage(ContentItem Customer, IReadOnlyList<Visitor> Visitors, IReadOnlyList<PageView> Views);
