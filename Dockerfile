# Build: docker build -t newssite .
# Run:   docker run -p 8080:8080 -v newssite-data:/app/data newssite
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig NewsSite.sln ./
COPY src/NewsSite.Core/NewsSite.Core.csproj src/NewsSite.Core/
COPY src/NewsSite.Migrations.Sqlite/NewsSite.Migrations.Sqlite.csproj src/NewsSite.Migrations.Sqlite/
COPY src/NewsSite.Migrations.SqlServer/NewsSite.Migrations.SqlServer.csproj src/NewsSite.Migrations.SqlServer/
COPY src/NewsSite.Web/NewsSite.Web.csproj src/NewsSite.Web/
COPY src/NewsSite.Web/Properties/PublishProfiles/ src/NewsSite.Web/Properties/PublishProfiles/
RUN dotnet restore src/NewsSite.Web/NewsSite.Web.csproj -p:PublishProfile=linux-x64
COPY src/ src/
# Self-contained, one composite ReadyToRun image: the first page is served sooner (see the profile and bench/RESULTS.md).
RUN dotnet publish src/NewsSite.Web/NewsSite.Web.csproj -p:PublishProfile=linux-x64 -o /app --no-restore

# The app carries its own runtime: the base image needs only the native libraries .NET uses.
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY seeds/ ./seeds/
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Data__Folder=/app/data \
    Seeds__Path=/app/seeds
VOLUME /app/data
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["./NewsSite.Web"]
