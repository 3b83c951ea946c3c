# Build: docker build -t newssite .
# Run:   docker run -p 8080:8080 -v newssite-data:/app/data newssite
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig NewsSite.sln ./
COPY src/NewsSite.Core/NewsSite.Core.csproj src/NewsSite.Core/
COPY src/NewsSite.Migrations.Sqlite/NewsSite.Migrations.Sqlite.csproj src/NewsSite.Migrations.Sqlite/
COPY src/NewsSite.Migrations.SqlServer/NewsSite.Migrations.SqlServer.csproj src/NewsSite.Migrations.SqlServer/
COPY src/NewsSite.Web/NewsSite.Web.csproj src/NewsSite.Web/
RUN dotnet restore src/NewsSite.Web/NewsSite.Web.csproj -r linux-x64 -p:PublishReadyToRun=true
COPY src/ src/
# ReadyToRun: precompiled code starts serving sooner (bench/RESULTS.md has the measurement).
RUN dotnet publish src/NewsSite.Web/NewsSite.Web.csproj -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
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
ENTRYPOINT ["dotnet", "NewsSite.Web.dll"]
