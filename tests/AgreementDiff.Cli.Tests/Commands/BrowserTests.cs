using System.Diagnostics;
using System.Text.RegularExpressions;
using AgreementDiff.Cli.Tests.Support;
using AgreementDiff.Tests.Support;
using AngleSharp.Html.Parser;
using Xunit.Abstractions;

namespace AgreementDiff.Cli.Tests.Commands;

/// <summary>The HTML report opened in a real browser: Debian's headless Chromium, which .ci/run installs.</summary>
public sealed partial class BrowserTests(ITestOutputHelper log)
{
    private const string Chromium = "/usr/bin/chromium";
    private const int Width = 1280;
    private const int Height = 2400;

    [Fact]
    public void Chromium_renders_the_insertions_of_item_16_in_the_dom()
    {
        if (!ChromiumAvailable())
        {
            return;
        }

        using var folder = new TempFolder();
        var report = folder.File("report.html");
        CliRunner.Run("compare", Seed.ZhejiangAgreement, Seed.ZhejiangMemorandum, "--format", "html", "--output", report).ExitCode.Should().Be(1);

        var dom = RunChromium(folder, "--dump-dom", new Uri(report).AbsoluteUri);

        var document = new HtmlParser().ParseDocument(dom);
        var inserted = document.QuerySelectorAll("div.pair[data-right=\"四/17\"] .side.right ins").Select(i => i.TextContent).ToList();
        log.WriteLine($"item 17 insertions as rendered: {string.Join(" | ", inserted)}");
        string.Concat(inserted).Should().Contain("杭州機場三跑");
        document.QuerySelectorAll("main section.section").Length.Should().BeGreaterThan(10, "the browser built the whole report");
    }

    [Fact]
    public void Chromium_screenshot_shows_the_insertion_highlight()
    {
        if (!ChromiumAvailable())
        {
            return;
        }

        using var folder = new TempFolder();
        var report = folder.File("aviation.html");
        var shot = folder.File("aviation.png");

        // The aviation sections alone, so that item 16 falls inside the screenshot.
        CliRunner.Run("compare", Seed.ZhejiangAgreement, Seed.ZhejiangMemorandum, "--section", "(四)", "--against", "四", "--format", "html", "--output", report).ExitCode.Should().Be(1);
        RunChromium(folder, $"--window-size={Width},{Height}", $"--screenshot={shot}", new Uri(report).AbsoluteUri);

        File.Exists(shot).Should().BeTrue("chromium writes the screenshot");
        var bytes = File.ReadAllBytes(shot);
        bytes.Length.Should().BeInRange(20_000, 20_000_000, "a page of text is neither blank nor huge");
        var png = Png.Decode(bytes);
        png.Width.Should().Be(Width);
        png.Height.Should().Be(Height);

        var colour = InsertionColour().Match(File.ReadAllText(report));
        colour.Success.Should().BeTrue("the report styles insertions with a background colour");
        var (r, g, b) = (Convert.ToByte(colour.Groups[1].Value, 16), Convert.ToByte(colour.Groups[2].Value, 16), Convert.ToByte(colour.Groups[3].Value, 16));
        var highlighted = png.Count(r, g, b);
        log.WriteLine($"{bytes.Length} bytes, {png.Width}×{png.Height}, {highlighted} pixels of #{colour.Groups[1].Value}{colour.Groups[2].Value}{colour.Groups[3].Value}");
        highlighted.Should().BeGreaterThan(5_000, "the insertions (item 16: 杭寧溫三大, 義烏) are painted with their highlight");
        png.Count(0xFF, 0xFF, 0xFF).Should().BeGreaterThan(png.Width * png.Height / 2, "the page background is white");
    }

    [GeneratedRegex(@"\bins \{ background: #([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2});")]
    private static partial Regex InsertionColour();

    /// <summary>Locally the tests pass without a browser; in CI (CI=true) a missing browser fails them.</summary>
    private bool ChromiumAvailable()
    {
        if (File.Exists(Chromium))
        {
            return true;
        }

        Environment.GetEnvironmentVariable("CI").Should().NotBe("true", $"{Chromium} must exist in CI: .ci/run installs it with apt-get");
        log.WriteLine($"{Chromium} is missing: the browser test did not run");
        return false;
    }

    private static string RunChromium(TempFolder folder, params string[] arguments)
    {
        var profile = Directory.CreateDirectory(folder.File("chromium-profile")).FullName;
        var start = new ProcessStartInfo(Chromium) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chromium did not finish in 90 s: {error.Result}");
        }

        process.ExitCode.Should().Be(0, error.Result);
        return output.Result;
    }
}
