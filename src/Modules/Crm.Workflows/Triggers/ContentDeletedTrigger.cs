using Crm.Core.Content.Store;

namespace Crm.Workflows.Triggers;

public sealed class ContentDeletedTrigger() : ContentTrigger(ContentEventKind.Deleted, "ContentDeleted", "Item deleted", "Starts when an item of the type goes to the recycle bin.");
