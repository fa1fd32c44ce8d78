using System.Text.RegularExpressions;

namespace Commerce.Integrations.Shopify.Tests;

public sealed partial class FixturesTests
{
    [Fact]
    public void Every_fixture_is_listed_with_its_provenance_and_is_the_size_listed()
    {
        var listed = Row().Matches(Recorded.Text("README.md"))
            .ToDictionary(m => m.Groups["file"].Value, m => int.Parse(m.Groups["bytes"].Value));
        var present = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(AppContext.BaseDirectory, "Fixtures"), f).Replace('\\', '/'))
            .ToList();

        Assert.Equal(listed.Keys.Order(), present.Order());
        Assert.All(present, file => Assert.Equal(listed[file], Recorded.File(file).Length));
    }

    [GeneratedRegex(@"^\| `(?<file>[^`]+)` \| (?<bytes>\d+) \| [^|]+ \| `[0-9a-f]{40}` \| `[^`]+` \| MIT \|$", RegexOptions.Multiline)]
    private static partial Regex Row();
}
