# syntax=docker/dockerfile:1.7
# Gateway (YARP): HTTP/1.1 JSON, gRPC-Web and the dashboard for browsers on 8080, gRPC (h2c) on 8081, /healthz on
# 8080; /metrics on 9464.
# Build from the repository root:  docker build -f deploy/docker/gateway.Dockerfile -t mediazona/gateway .
# Multi-stage: the SDK image restores (cached by the project files alone) and publishes; the runtime is the
# chiseled ASP.NET image (no shell, no package manager, non-root "app" user, uid 1654) with ICU ("-extra"):
# the services compare and normalise Russian text, so InvariantGlobalization stays off.

# The dashboard's static files (dashboard/, docs/dashboard.md), built by Node in a stage of its own: the SDK image
# needs no Node, and the npm layer is reused until the lock file changes. Output only: dist/.
FROM --platform=$BUILDPLATFORM node:22-bookworm-slim AS dashboard
WORKDIR /src/dashboard
COPY dashboard/package.json dashboard/package-lock.json dashboard/.npmrc ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY dashboard/build.mjs ./
COPY dashboard/src/ src/
RUN npm run build --silent

FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TARGETARCH
WORKDIR /src
# Restore first, from the files that decide it, so code changes reuse the restored layer.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY services/Mediazona.Contracts/Mediazona.Contracts.csproj services/Mediazona.Contracts/
COPY services/Mediazona.ServiceDefaults/Mediazona.ServiceDefaults.csproj services/Mediazona.ServiceDefaults/
COPY gateway/Mediazona.Gateway/Mediazona.Gateway.csproj gateway/Mediazona.Gateway/
RUN dotnet restore gateway/Mediazona.Gateway/Mediazona.Gateway.csproj -a $TARGETARCH
COPY protos/ protos/
COPY services/Mediazona.Contracts/ services/Mediazona.Contracts/
COPY services/Mediazona.ServiceDefaults/ services/Mediazona.ServiceDefaults/
COPY gateway/Mediazona.Gateway/ gateway/Mediazona.Gateway/
# DashboardBuild=false: the project takes this dist/ as it is (wwwroot/ of the output) instead of running npm.
COPY --from=dashboard /src/dashboard/dist/ dashboard/dist/
RUN dotnet publish gateway/Mediazona.Gateway/Mediazona.Gateway.csproj -c Release -a $TARGETARCH --no-restore -o /app \
    /p:UseAppHost=false /p:DashboardBuild=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra AS runtime
WORKDIR /app
COPY --from=build /app ./
# Ports come from configuration (Ports__*), not ASPNETCORE_URLS; the image's default HTTP port is switched off.
# 9464 serves /metrics alone over HTTP/1.1 (Prometheus cannot scrape h2c).
ENV ASPNETCORE_HTTP_PORTS= \
    DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0 \
    Ports__Http=8080 \
    Ports__Grpc=8081 \
    Ports__Metrics=9464
EXPOSE 8080 8081 9464
# Numeric, so that Kubernetes runAsNonRoot can verify it (the image defines APP_UID=1654, user "app").
USER $APP_UID
ENTRYPOINT ["dotnet", "Mediazona.Gateway.dll"]
