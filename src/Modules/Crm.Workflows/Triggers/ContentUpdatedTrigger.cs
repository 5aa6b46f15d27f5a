using Crm.Core.Content.Store;

namespace Crm.Workflows.Triggers;

public sealed class ContentUpdatedTrigger() : ContentTrigger(ContentEventKind.Updated, "ContentUpdated", "Item updated", "Starts when an item of the type changes.");
