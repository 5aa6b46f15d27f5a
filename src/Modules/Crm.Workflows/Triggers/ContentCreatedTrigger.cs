using Crm.Core.Content.Store;

namespace Crm.Workflows.Triggers;

public sealed class ContentCreatedTrigger() : ContentTrigger(ContentEventKind.Created, "ContentCreated", "Item created", "Starts when an item of the type is created.");
