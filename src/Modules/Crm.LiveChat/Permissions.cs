using Crm.Core.Security;

namespace Crm.LiveChat;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>Open the chat console: take chats from the queue, answer, transfer and close them.</summary>
    public const string AnswerChats = "AnswerChats";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(AnswerChats, "Answer website visitors in the chat console", "Support"),
    ];
}
