# IncidentBot: build with the SDK, run on the smaller ASP.NET runtime image as a non-root user.
#   docker build -t incidentbot .
#   docker run -p 3000:3000 -v incidentbot-data:/data \
#     -e SLACK_BOT_TOKEN=xoxb-… -e SLACK_SIGNING_SECRET=… incidentbot

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first from the project files alone, so a code change does not re-download packages.
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig ./
COPY src/IncidentBot.Core/IncidentBot.Core.csproj src/IncidentBot.Core/
COPY src/IncidentBot/IncidentBot.csproj src/IncidentBot/
RUN dotnet restore src/IncidentBot/IncidentBot.csproj
COPY src/ src/
RUN dotnet publish src/IncidentBot -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# The ASP.NET image ships neither curl nor wget, and HEALTHCHECK needs an HTTP client.
# curl from the distribution is one small package and fails with a non-zero exit on HTTP errors (-f),
# which is what HEALTHCHECK reads; installed while still root, before switching user.
# The report's chart is drawn with SkiaSharp's self-contained Linux build (no libfontconfig needed); it still needs a
# font on disk to draw its words: DejaVu, which covers Cyrillic for Russian workspaces.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
# SQLite database on a volume so incidents survive a new container; owned by the image's non-root "app" user.
RUN mkdir -p /data && chown "$APP_UID" /data
VOLUME /data
ENV INCIDENTBOT_DATABASE=/data/incidentbot.db \
    ASPNETCORE_URLS=http://+:3000
WORKDIR /app
COPY --from=build /app .
USER $APP_UID
EXPOSE 3000
# /healthz says the process is up; /readyz (database and Slack auth) is for orchestrators that route traffic.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD curl -fsS http://localhost:3000/healthz || exit 1
ENTRYPOINT ["dotnet", "IncidentBot.dll"]
