using System.Text;

namespace AgreementDiff.Cli.Tests.Support;

/// <summary>A fresh folder under the system temp folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "agreement-diff-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = File(name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public string WriteUtf8(string name, string text) => WriteBytes(name, new UTF8Encoding(false).GetBytes(text));

    /// <summary>Gets the names of all files in the folder, hidden ones included.</summary>
    public IReadOnlyList<string> FileNames() =>
        Directory.GetFiles(Path, "*", SearchOption.TopDirectoryOnly).Select(System.IO.Path.GetFileName).Select(n => n!).Order(StringComparer.Ordinal).ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
