using Crm.Core.Security;
using Microsoft.AspNetCore.Mvc;

namespace Crm.LiveChat.Controllers;

/// <summary>The agents' chat console; the page talks to the agent hub from then on.</summary>
[RequirePermission(Permissions.AnswerChats)]
public sealed class ChatConsoleController : Controller
{
    [HttpGet("/admin/chat")]
    public IActionResult Index() => View();
}
