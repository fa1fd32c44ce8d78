using System.Text.RegularExpressions;

namespace Commerce.Benchmarks;

/// <summary>docs/benchmarks.md: an introduction, then one section per run headed "## &lt;what&gt; — &lt;date&gt; UTC", newest first.</summary>
internal static partial class BenchmarkReport
{
    public static void Insert(string path, string section)
    {
        var existing = File.Exists(path) ? File.ReadAllText(path) : "# Benchmarks\n";
        var firstRun = RunHeading().Match(existing);
        var (intro, history) = firstRun.Success ? (existing[..firstRun.Index], existing[firstRun.Index..]) : (existing, "");
        File.WriteAllText(path, intro.TrimEnd() + "\n\n" + section + history);
        Console.WriteLine($"Wrote {path}");
    }

    [GeneratedRegex(@"^## .+ — \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$", RegexOptions.Multiline)]
    private static partial Regex RunHeading();
}
