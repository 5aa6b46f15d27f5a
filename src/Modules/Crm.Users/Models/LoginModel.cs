using System.ComponentModel.DataAnnotations;

namespace Crm.Users.Models;

public sealed class LoginModel
{
    [Required(ErrorMessage = "Enter your user name.")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }

    public string? Error { get; set; }
}
