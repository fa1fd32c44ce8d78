using System.Globalization;
using System.Net;
using Commerce.Integrations.Abstractions.Fulfillment;
using MimeKit;

namespace Commerce.Integrations.SupplierEmail;

internal enum SmtpSecurity
{
    None,
    StartTls,
    Ssl,
}

/// <summary>
/// A supplier partner's settings, read and checked before anything is sent: a wrong one is a
/// <see cref="PartnerErrorKind.Configuration"/> error naming the partner and the setting. Never printed: it holds the password.
/// </summary>
internal sealed class SupplierEmailSettings
{
    public const string SmtpHostName = "SmtpHost";
    public const string SmtpPortName = "SmtpPort";
    public const string SecurityName = "Security";
    public const string UsernameName = "Username";
    public const string PasswordName = "Password";
    public const string FromName = "From";
    public const string ToName = "To";
    public const string CcName = "Cc";
    public const string ReplyToName = "ReplyTo";
    public const string ConfirmationUrlName = "ConfirmationUrl";
    public const int DefaultPort = 587;

    public required string SmtpHost { get; init; }
    public int SmtpPort { get; init; } = DefaultPort;
    public SmtpSecurity Security { get; init; } = SmtpSecurity.StartTls;
    public string? Username { get; init; }
    public string? Password { get; init; }
    public required MailboxAddress From { get; init; }
    public required IReadOnlyList<MailboxAddress> To { get; init; }
    public IReadOnlyList<MailboxAddress> Cc { get; init; } = [];
    public IReadOnlyList<MailboxAddress> ReplyTo { get; init; } = [];
    public string? ConfirmationUrl { get; init; }

    public static SupplierEmailSettings Read(PartnerAccount partner)
    {
        var host = partner.Setting(SmtpHostName).Trim();
        var security = partner.OptionalSetting(SecurityName)?.Trim().ToLowerInvariant() switch
        {
            null or "starttls" => SmtpSecurity.StartTls,
            "ssl" or "tls" => SmtpSecurity.Ssl,
            "none" => SmtpSecurity.None,
            _ => throw Wrong(partner, SecurityName, "must be 'none', 'starttls' or 'ssl'"),
        };
        var port = partner.OptionalSetting(SmtpPortName) is { } portText
            ? int.TryParse(portText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is > 0 and <= 65535
                ? parsed
                : throw Wrong(partner, SmtpPortName, "must be a port number from 1 to 65535")
            : DefaultPort;

        var username = partner.OptionalSetting(UsernameName);
        var password = partner.OptionalSetting(PasswordName);
        if (username is null != password is null)
            throw Wrong(partner, username is null ? UsernameName : PasswordName, $"is needed with {(username is null ? PasswordName : UsernameName)}");
        if (username is not null && security == SmtpSecurity.None && !IsThisMachine(host))
            throw Wrong(partner, SecurityName, "is 'none', which would send the SMTP password in clear: use 'starttls' or 'ssl'");

        var confirmationUrl = partner.OptionalSetting(ConfirmationUrlName)?.Trim();
        if (confirmationUrl is not null && !(Uri.TryCreate(confirmationUrl, UriKind.Absolute, out var url) && url.Scheme is "https" or "http"))
            throw Wrong(partner, ConfirmationUrlName, "must be an absolute http(s) address");

        return new SupplierEmailSettings
        {
            SmtpHost = host,
            SmtpPort = port,
            Security = security,
            Username = username,
            Password = password,
            From = Single(partner, FromName, Addresses(partner, FromName, partner.Setting(FromName))),
            To = Addresses(partner, ToName, partner.Setting(ToName)),
            Cc = partner.OptionalSetting(CcName) is { } cc ? Addresses(partner, CcName, cc) : [],
            ReplyTo = partner.OptionalSetting(ReplyToName) is { } replyTo ? Addresses(partner, ReplyToName, replyTo) : [],
            ConfirmationUrl = confirmationUrl,
        };
    }

    private static bool IsThisMachine(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));

    /// <summary>Comma-separated mailboxes, each with a domain ('Name &lt;a@b&gt;' or 'a@b'); groups are not accepted.</summary>
    private static List<MailboxAddress> Addresses(PartnerAccount partner, string setting, string text)
    {
        if (!InternetAddressList.TryParse(text, out var list) || list.Count == 0)
            throw Wrong(partner, setting, "is not a list of email addresses");
        var mailboxes = new List<MailboxAddress>();
        foreach (var address in list)
        {
            if (address is not MailboxAddress mailbox || mailbox.Address.IndexOf('@') is <= 0 || mailbox.Address.EndsWith('@'))
                throw Wrong(partner, setting, $"has '{address}', which is not an email address with a domain");
            mailboxes.Add(mailbox);
        }

        return mailboxes;
    }

    private static MailboxAddress Single(PartnerAccount partner, string setting, List<MailboxAddress> mailboxes) =>
        mailboxes.Count == 1 ? mailboxes[0] : throw Wrong(partner, setting, "must be one email address");

    private static PartnerException Wrong(PartnerAccount partner, string setting, string problem) =>
        new(PartnerErrorKind.Configuration, $"Fulfillment partner '{partner.Id}' has a setting '{setting}' that {problem}.");
}
