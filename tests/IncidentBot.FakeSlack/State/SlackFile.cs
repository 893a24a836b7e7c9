namespace IncidentBot.FakeSlack;

/// <summary>A file uploaded through the external upload flow.</summary>
/// <param name="Id">File ID, e.g. <c>F0000000001</c>.</param>
/// <param name="Filename">Name given to <c>files.getUploadURLExternal</c>.</param>
/// <param name="Title">Title given at completion, or null.</param>
/// <param name="DeclaredLength">The <c>length</c> announced up front.</param>
/// <param name="Bytes">The uploaded content (empty until uploaded).</param>
/// <param name="Uploaded">True once bytes arrived at the upload URL.</param>
/// <param name="Completed">True once <c>files.completeUploadExternal</c> accepted it.</param>
/// <param name="Channel">Channel it was shared to, or null.</param>
/// <param name="InitialComment">The initial comment, or null.</param>
/// <param name="ThreadTs">Thread it was shared into, or null.</param>
public sealed record SlackFile(
    string Id,
    string Filename,
    string? Title,
    long DeclaredLength,
    ReadOnlyMemory<byte> Bytes,
    bool Uploaded,
    bool Completed,
    string? Channel,
    string? InitialComment,
    string? ThreadTs);
