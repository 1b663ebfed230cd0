using System.Security.Cryptography;

namespace Itinera.Web.Features.Correspondence;

/// <summary>Content of registered documents, addressed by SHA-256. The same content is stored once.</summary>
public interface IDocumentStore
{
    /// <summary>Stores the content and returns its lower-case hex SHA-256 and size.</summary>
    Task<(string Sha256, long Size)> PutAsync(Stream content, CancellationToken ct);
    Task<Stream?> OpenAsync(string sha256, CancellationToken ct);
}

/// <summary>Files under a root folder: ab/cd/abcd…; written to a temporary file first, then moved into place.</summary>
public sealed class FileSystemDocumentStore(string root) : IDocumentStore
{
    public async Task<(string Sha256, long Size)> PutAsync(Stream content, CancellationToken ct)
    {
        Directory.CreateDirectory(root);
        var temp = Path.Combine(root, "incoming-" + Guid.NewGuid().ToString("N"));
        string hash;
        long size;
        await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        using (var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                sha.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
            }
            await file.FlushAsync(ct);
            file.Flush(flushToDisk: true);
            size = file.Length;
            hash = Convert.ToHexStringLower(sha.GetHashAndReset());
        }
        var target = PathFor(hash);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (File.Exists(target)) File.Delete(temp);
        else File.Move(temp, target);
        return (hash, size);
    }

    public Task<Stream?> OpenAsync(string sha256, CancellationToken ct)
    {
        if (sha256.Length != 64 || !sha256.All(Uri.IsHexDigit)) return Task.FromResult<Stream?>(null);
        var path = PathFor(sha256.ToLowerInvariant());
        return Task.FromResult<Stream?>(File.Exists(path) ? File.OpenRead(path) : null);
    }

    private string PathFor(string hash) => Path.Combine(root, hash[..2], hash[2..4], hash);
}
