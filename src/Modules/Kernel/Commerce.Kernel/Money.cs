namespace Commerce.Kernel;

/// <summary>An amount in an ISO 4217 currency. Amounts of different currencies never add up.</summary>
public readonly record struct Money(decimal Amount, string Currency)
{
    public static bool IsCurrencyCode(string? code) =>
        code is { Length: 3 } && code.All(char.IsAsciiLetterUpper);

    public Money Add(Money other) =>
        other.Currency == Currency
            ? this with { Amount = Amount + other.Amount }
            : throw new InvalidOperationException($"Cannot add {other.Currency} to {Currency}.");

    public Money Times(decimal factor) => this with { Amount = Amount * factor };

    public override string ToString() => $"{Amount:0.00##} {Currency}";
}
