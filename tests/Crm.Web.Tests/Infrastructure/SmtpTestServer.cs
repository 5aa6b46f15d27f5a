using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Crm.Web.Tests.Infrastructure;

/// <summary>
/// A real SMTP server for a test: Debian's aiosmtpd on a free port of 127.0.0.1, storing what it receives in a maildir.
/// <see cref="Create"/> only picks the port, so a test can see SMTP down first and start the server later.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    public const string RequireVariable = "CRM_TEST_REQUIRE_SMTP";
    private const string Python = "/usr/bin/python3"; // Debian's python, which has python3-aiosmtpd; not the pyenv one on PATH
    private Process? _process;

    private SmtpTestServer(int port, string mailDir)
    {
        Port = port;
        MailDir = mailDir;
    }

    public int Port { get; }
    public string MailDir { get; }

    /// <summary>A server on a free port that is not listening yet (skips, or fails under CRM_TEST_REQUIRE_SMTP=1, without aiosmtpd).</summary>
    public static SmtpTestServer Create()
    {
        EnsureAiosmtpd();
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new SmtpTestServer(port, Path.Combine(Path.GetTempPath(), "crm-smtp-tests", Guid.NewGuid().ToString("N")));
    }

    public static async Task<SmtpTestServer> StartAsync()
    {
        var server = Create();
        await server.StartAsync(CancellationToken.None);
        return server;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(MailDir)!); // the Mailbox handler creates only the maildir itself
        var start = new ProcessStartInfo(Python) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", MailDir }) start.ArgumentList.Add(arg);
        _process = Process.Start(start) ?? throw new InvalidOperationException("aiosmtpd did not start.");
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException($"aiosmtpd exited: {await _process.StandardError.ReadToEndAsync(cancellationToken)}");
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port, cancellationToken);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    /// <summary>Every message the server received, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var received = Path.Combine(MailDir, "new");
        if (!Directory.Exists(received)) return [];
        return Directory.GetFiles(received).Select(f => (File: f, At: File.GetLastWriteTimeUtc(f))).OrderBy(f => f.At)
            .Select(f => MimeMessage.Load(f.File)).ToList();
    }

    private static void EnsureAiosmtpd()
    {
        if (File.Exists(Python))
        {
            using var check = Process.Start(new ProcessStartInfo(Python, "-c \"import aiosmtpd\"") { RedirectStandardError = true })!;
            check.WaitForExit();
            if (check.ExitCode == 0) return;
        }
        const string install = "Debian's aiosmtpd SMTP server (apt-get install python3-aiosmtpd, run by /usr/bin/python3; .ci/run installs it)";
        if (Environment.GetEnvironmentVariable(RequireVariable) == "1") throw new InvalidOperationException($"{RequireVariable}=1 but {install} is missing.");
        Assert.Skip($"SMTP test skipped: it needs {install}. Set {RequireVariable}=1 to make its absence a failure.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        try
        {
            if (Directory.Exists(MailDir)) Directory.Delete(MailDir, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
