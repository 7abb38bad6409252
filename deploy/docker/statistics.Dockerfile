# syntax=docker/dockerfile:1.7
# Statistics service: gRPC, transcoded JSON, /healthz, /alive and grpc.health.v1 on one h2c port (8080);
# /metrics over HTTP/1.1 on 9464.
# Build from the repository root:  docker build -f deploy/docker/statistics.Dockerfile -t mediazona/statistics .
# Multi-stage: the SDK image restores (cached by the project files alone) and publishes; the runtime is the
# chiseled ASP.NET image (no shell, no package manager, non-root "app" user, uid 1654) with ICU ("-extra"):
# the services compare and normalise Russian text, so InvariantGlobalization stays off.

FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TARGETARCH
WORKDIR /src
# Restore first, from the files that decide it, so code changes reuse the restored layer.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY services/Mediazona.Contracts/Mediazona.Contracts.csproj services/Mediazona.Contracts/
COPY services/Mediazona.ServiceDefaults/Mediazona.ServiceDefaults.csproj services/Mediazona.ServiceDefaults/
COPY services/Mediazona.Courts/Mediazona.Courts.csproj services/Mediazona.Courts/
COPY services/Mediazona.Releases/Mediazona.Releases.csproj services/Mediazona.Releases/
COPY services/Mediazona.Statistics/Mediazona.Statistics.csproj services/Mediazona.Statistics/
RUN dotnet restore services/Mediazona.Statistics/Mediazona.Statistics.csproj -a $TARGETARCH
COPY protos/ protos/
COPY services/Mediazona.Contracts/ services/Mediazona.Contracts/
COPY services/Mediazona.ServiceDefaults/ services/Mediazona.ServiceDefaults/
COPY services/Mediazona.Courts/ services/Mediazona.Courts/
COPY services/Mediazona.Releases/ services/Mediazona.Releases/
COPY services/Mediazona.Statistics/ services/Mediazona.Statistics/
RUN dotnet publish services/Mediazona.Statistics/Mediazona.Statistics.csproj -c Release -a $TARGETARCH --no-restore -o /app /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra AS runtime
WORKDIR /app
COPY --from=build /app ./
# Ports come from configuration (Ports__*), not ASPNETCORE_URLS; the image's default HTTP port is switched off.
# 9464 serves /metrics alone over HTTP/1.1 (Prometheus cannot scrape h2c).
ENV ASPNETCORE_HTTP_PORTS= \
    DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0 \
    Ports__Grpc=8080 \
    Ports__Metrics=9464
EXPOSE 8080 9464
# Numeric, so that Kubernetes runAsNonRoot can verify it (the image defines APP_UID=1654, user "app").
USER $APP_UID
ENTRYPOINT ["dotnet", "Mediazona.Statistics.dll"]
