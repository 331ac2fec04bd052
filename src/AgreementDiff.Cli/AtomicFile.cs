namespace AgreementDiff.Cli;

/// <summary>Writes a file so that readers see the old content or the whole new content, never a part.</summary>
internal static class AtomicFile
{
    /// <summary>Writes through a temporary file in the same folder, then moves it over <paramref name="path"/>.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CliUsageException("the output file name is empty");
        }

        if (Directory.Exists(path))
        {
            throw new CliUsageException($"{path}: is a folder; give a file name to write to");
        }

        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(folder))
        {
            throw new CliUsageException($"{path}: the folder {folder} does not exist");
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
                stream.Flush(true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
