namespace Crm.Email.Models;

/// <summary>How the connection to the SMTP server is secured.</summary>
public enum SmtpTlsMode
{
    /// <summary>Plain text (a relay on the same host or network only).</summary>
    None,

    /// <summary>Connect in plain text, then require STARTTLS (usually port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect,

    /// <summary>TLS on port 465, else STARTTLS when the server offers it.</summary>
    Auto,
}
