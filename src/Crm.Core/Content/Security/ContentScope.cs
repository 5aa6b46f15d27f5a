namespace Crm.Core.Content.Security;

public enum ContentScope
{
    None,
    Own,
    All,
}
