using Commerce.Integrations.Abstractions.Fulfillment;

namespace Commerce.Integrations.SupplierEmail.Tests;

public sealed class SupplierEmailSettingsTests
{
    private static Dictionary<string, string> Settings(Action<Dictionary<string, string>> change)
    {
        var settings = Orders.Settings();
        change(settings);
        return settings;
    }

    private static PartnerException Wrong(Action<Dictionary<string, string>> change) =>
        Assert.Throws<PartnerException>(() => Orders.ReadSettings(Settings(change)));

    [Fact]
    public void Settings_are_read_with_every_mailbox()
    {
        var settings = Orders.ReadSettings();

        Assert.Equal("smtp.acme.example", settings.SmtpHost);
        Assert.Equal(587, settings.SmtpPort);
        Assert.Equal(SmtpSecurity.StartTls, settings.Security);
        Assert.Equal("po@acme.example", settings.From.Address);
        Assert.Equal("Acme Purchasing", settings.From.Name);
        Assert.Equal(["orders@supplier.example", "backup@supplier.example"], settings.To.Select(t => t.Address));
        Assert.Equal("buyer@acme.example", Assert.Single(settings.Cc).Address);
        Assert.Equal("buyer@acme.example", Assert.Single(settings.ReplyTo).Address);
        Assert.Null(settings.Username);
    }

    [Fact]
    public void Port_and_security_default_to_587_and_starttls()
    {
        var settings = Orders.ReadSettings(Settings(s =>
        {
            s.Remove("SmtpPort");
            s.Remove("Security");
            s.Remove("Cc");
            s.Remove("ReplyTo");
        }));

        Assert.Equal(587, settings.SmtpPort);
        Assert.Equal(SmtpSecurity.StartTls, settings.Security);
        Assert.Empty(settings.Cc);
        Assert.Empty(settings.ReplyTo);
    }

    [Theory]
    [InlineData("none", "None")]
    [InlineData("STARTTLS", "StartTls")]
    [InlineData(" ssl ", "Ssl")]
    public void Security_is_read_whatever_its_case(string text, string security)
    {
        Assert.Equal(Enum.Parse<SmtpSecurity>(security), Orders.ReadSettings(Settings(s => s["Security"] = text)).Security);
    }

    [Theory]
    [InlineData("SmtpHost")]
    [InlineData("From")]
    [InlineData("To")]
    public void A_missing_required_setting_is_a_configuration_error_naming_it(string setting)
    {
        var error = Wrong(s => s.Remove(setting));

        Assert.Equal(PartnerErrorKind.Configuration, error.Kind);
        Assert.Contains($"'{setting}'", error.Message);
        Assert.Contains("teapot-supplies", error.Message);
    }

    [Theory]
    [InlineData("SmtpPort", "0")]
    [InlineData("SmtpPort", "70000")]
    [InlineData("SmtpPort", "smtp")]
    [InlineData("Security", "tls1.3-please")]
    [InlineData("From", "purchasing")]
    [InlineData("From", "a@acme.example, b@acme.example")]
    [InlineData("To", "orders@supplier.example, not an address")]
    [InlineData("To", "Suppliers: a@supplier.example, b@supplier.example;")]
    [InlineData("Cc", "@nowhere")]
    [InlineData("ConfirmationUrl", "confirm-here")]
    public void A_wrong_setting_is_a_configuration_error_naming_it(string setting, string value)
    {
        var error = Wrong(s => s[setting] = value);

        Assert.Equal(PartnerErrorKind.Configuration, error.Kind);
        Assert.Contains($"'{setting}'", error.Message);
    }

    [Fact]
    public void A_user_name_needs_a_password_and_the_reverse()
    {
        Assert.Contains("'Password'", Wrong(s => s["Username"] = "po@acme.example").Message);
        Assert.Contains("'Username'", Wrong(s => s["Password"] = "hunter2").Message);
    }

    [Fact]
    public void Credentials_are_never_sent_in_clear_to_another_machine()
    {
        var error = Wrong(s =>
        {
            s["Security"] = "none";
            s["Username"] = "po@acme.example";
            s["Password"] = "hunter2";
        });

        Assert.Contains("'Security'", error.Message);
        Assert.DoesNotContain("hunter2", error.Message);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("::1")]
    public void Credentials_without_tls_are_allowed_to_a_relay_on_this_machine(string host)
    {
        var settings = Orders.ReadSettings(Settings(s =>
        {
            s["SmtpHost"] = host;
            s["Security"] = "none";
            s["Username"] = "po@acme.example";
            s["Password"] = "hunter2";
        }));

        Assert.Equal("hunter2", settings.Password);
    }

    [Fact]
    public void The_settings_never_print_the_password()
    {
        var settings = Orders.ReadSettings(Settings(s =>
        {
            s["Username"] = "po@acme.example";
            s["Password"] = "hunter2";
        }));

        Assert.DoesNotContain("hunter2", settings.ToString());
        Assert.DoesNotContain("hunter2", Orders.Supplier(Settings(s => s["Password"] = "hunter2")).ToString());
    }
}
