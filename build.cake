// Commerce build: restore, build (warnings are errors), and run every test project on SQLite and PostgreSQL.
//   dotnet tool restore && dotnet cake --target=Test
// The integration tests start a throwaway PostgreSQL (initdb + pg_ctl on 127.0.0.1, a free port, a temp folder; see
// tests/Commerce.Testing/PostgresServer.cs) unless COMMERCE_TEST_POSTGRES names one, and stop it when they end.
// Test ends with one line: tests: N passed, N failed, N skipped
using System.Xml.Linq;

var target = Argument("target", "Test");
var configuration = Argument("configuration", "Release");
var solution = "./Commerce.sln";
var results = MakeAbsolute(Directory("./artifacts/test-results"));

Task("Restore").Does(() => DotNetRestore(solution));

Task("Build").IsDependentOn("Restore").Does(() =>
    DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration, NoRestore = true }));

Task("Test").IsDependentOn("Build").Does(() =>
{
    CleanDirectory(results);
    var failedToRun = false;
    try
    {
        DotNetTest(solution, new DotNetTestSettings
        {
            Configuration = configuration,
            NoBuild = true,
            NoRestore = true,
            ResultsDirectory = results,
            Loggers = new[] { "trx", "console;verbosity=minimal" },
        });
    }
    catch (Exception e)
    {
        failedToRun = true;
        Warning(e.Message);
    }

    var (passed, failed, skipped) = CountResults(results);
    if (failedToRun && failed == 0) failed = 1; // a test host that crashed leaves no result: count the run as failed
    Console.WriteLine();
    Console.WriteLine($"tests: {passed} passed, {failed} failed, {skipped} skipped");
    if (failed > 0) throw new Exception($"{failed} test(s) failed.");
});

RunTarget(target);

(int Passed, int Failed, int Skipped) CountResults(DirectoryPath folder)
{
    int passed = 0, failed = 0, skipped = 0;
    foreach (var file in GetFiles($"{folder}/**/*.trx"))
    {
        var counters = XDocument.Load(file.FullPath).Descendants().First(e => e.Name.LocalName == "Counters");
        int Read(string name) => int.TryParse((string)counters.Attribute(name), out var n) ? n : 0;
        passed += Read("passed");
        failed += Read("failed") + Read("error") + Read("timeout") + Read("aborted");
        skipped += Read("notExecuted");
    }
    return (passed, failed, skipped);
}
