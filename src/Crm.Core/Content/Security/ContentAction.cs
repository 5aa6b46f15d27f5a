namespace Crm.Core.Content.Security;

public enum ContentAction
{
    View,
    Create,
    Edit,
    Delete,
}
