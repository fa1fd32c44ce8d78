using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Commerce.Kernel.Http;

/// <summary>
/// Collects what is wrong with a request, field by field, so that the caller gets every problem in one RFC 7807
/// response whose <c>errors</c> name the fields (JSON paths such as <c>lines[2].quantity</c>).
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public FieldErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages)) _errors[field] = messages = [];
        messages.Add(message);
        return this;
    }

    /// <summary>Adds <paramref name="message"/> for <paramref name="field"/> when <paramref name="valid"/> is false.</summary>
    public bool Check(bool valid, string field, string message)
    {
        if (!valid) Add(field, message);
        return valid;
    }

    public bool Required(string? value, string field, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(value)) return Check(false, field, "is required.");
        return Check(value.Length <= maxLength, field, $"must be at most {maxLength} characters.");
    }

    public bool Optional(string? value, string field, int maxLength = 200) =>
        value is null || Check(value.Length <= maxLength, field, $"must be at most {maxLength} characters.");

    public IEnumerable<string> Describe() => _errors.Select(e => $"{e.Key} {string.Join(" ", e.Value)}");

    public ValidationProblem ToProblem(string title = "The request is not valid.") =>
        TypedResults.ValidationProblem(
            _errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
            title: title,
            type: "https://tools.ietf.org/html/rfc9110#section-15.5.1");
}
