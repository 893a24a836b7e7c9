using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace IncidentBot.FakeSlack;

/// <summary>Maps Web API method names to handlers. A handler returns the success body or throws <see cref="SlackApiException"/>.</summary>
internal sealed class MethodTable
{
    private readonly Dictionary<string, Func<ApiRequest, JsonObject>> _handlers = new(StringComparer.Ordinal);

    public MethodTable()
    {
        AuthMethods.Register(this);
        ConversationWriteMethods.Register(this);
        ConversationReadMethods.Register(this);
        ChatMethods.Register(this);
        ChannelExtrasMethods.Register(this);
        ViewMethods.Register(this);
        FileMethods.Register(this);
        UserGroupMethods.Register(this);
        OpenIdMethods.Register(this);
    }

    public void Add(string method, Func<ApiRequest, JsonObject> handler) => _handlers.Add(method, handler);

    public bool TryGet(string method, [NotNullWhen(true)] out Func<ApiRequest, JsonObject>? handler) =>
        _handlers.TryGetValue(method, out handler);
}
