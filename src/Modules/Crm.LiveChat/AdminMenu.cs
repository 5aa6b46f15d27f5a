using Crm.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace Crm.LiveChat;

public sealed class AdminMenu(IStringLocalizer<LiveChatText> text) : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items() =>
    [
        new(text["Helpdesk"], text["Live chat"], "/admin/chat", Permissions.AnswerChats, 35),
    ];
}
