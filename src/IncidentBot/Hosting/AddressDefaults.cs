namespace IncidentBot.Hosting;

/// <summary>Listens on <c>http://localhost:3000</c> unless <c>ASPNETCORE_URLS</c> (or <c>--urls</c>) says otherwise.</summary>
public static class AddressDefaults
{
    public const string DefaultUrl = "http://localhost:3000";

    public static WebApplicationBuilder UseDefaultAddress(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        return builder;
    }
}
