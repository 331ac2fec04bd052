using LicenceCheck;

// LicenceCheck [--solution FILE] [--write]
// Fails (exit 1) when a package that a project of the solution restores has a copyleft licence, or one that neither its
// nuspec's expression nor tools/LicenceCheck/allow-list.json states, or when README.md's licence table is not what the
// packages give; --write rewrites that table instead. Run after 'dotnet restore'.
var write = args.Contains("--write");
var at = Array.IndexOf(args, "--solution");
var solution = at >= 0 && at + 1 < args.Length ? Path.GetFullPath(args[at + 1]) : PackageInventory.FindSolution(Directory.GetCurrentDirectory());
if (solution is null)
{
    Console.Error.WriteLine("licence check: no AgreementDiff.sln here or above; give --solution FILE");
    return 2;
}

var root = Path.GetDirectoryName(solution)!;
IReadOnlyList<PackageUse> packages;
try
{
    packages = PackageInventory.Read(solution);
}
catch (InvalidOperationException e)
{
    Console.Error.WriteLine($"licence check: {e.Message}");
    return 2;
}

var review = LicenceReview.Of(packages, LicenceReview.ReadAllowList(Path.Combine(root, "tools", "LicenceCheck", "allow-list.json")));
var readmePath = Path.Combine(root, "README.md");
var readme = File.ReadAllText(readmePath);
var updated = ReadmeTable.Replace(readme, review.Table());
var problems = review.Problems.ToList();
if (updated is null)
{
    problems.Add($"README.md has no licence table between '{ReadmeTable.Start}' and '{ReadmeTable.End}'");
}
else if (updated != readme)
{
    if (write)
    {
        File.WriteAllText(readmePath, updated);
        Console.WriteLine("licence check: README.md's licence table rewritten");
    }
    else
    {
        problems.Add("README.md's licence table is not what the packages give: run 'dotnet run --project tools/LicenceCheck -- --write'");
    }
}

foreach (var problem in problems)
{
    Console.Error.WriteLine($"licence check: {problem}");
}

Console.WriteLine($"licence check: {review.Packages.Count} packages, {review.Packages.Count(p => p.ReadByHand)} read by hand, {problems.Count} problem(s)");
return problems.Count == 0 ? 0 : 1;
