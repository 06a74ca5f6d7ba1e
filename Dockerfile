# syntax=docker/dockerfile:1
# toolrouter server image: `toolrouter serve` with @toolrouter/postgres installed beside it.
#
#   docker build -t toolrouter .
#   docker run -p 8080:8080 -e TOOLROUTER_API_KEY=... -e TOOLROUTER_ENCRYPTION_KEYS=... \
#     -e TOOLROUTER_DATABASE_URL=postgres://user:password@host:5432/toolrouter toolrouter
#
# Liveness: GET /healthz (the HEALTHCHECK below). Readiness: GET /readyz answers 503 while the
# database does not, so point load balancers at it. See packages/server/README.md, "Deploying".

ARG NODE_VERSION=24

# --- build: install with pnpm, compile the packages, pack them as npm would publish them ---------
FROM node:${NODE_VERSION}-bookworm-slim AS build
ENV PNPM_HOME=/pnpm \
    PATH=/pnpm:$PATH \
    COREPACK_ENABLE_DOWNLOAD_PROMPT=0 \
    CI=true
RUN corepack enable pnpm
WORKDIR /repo

# Only the lockfile decides what is downloaded, so this layer survives source changes.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
RUN --mount=type=cache,id=pnpm,target=/pnpm/store pnpm fetch

COPY . .
RUN --mount=type=cache,id=pnpm,target=/pnpm/store \
    pnpm install --offline --frozen-lockfile --ignore-scripts \
      --filter "@toolrouter/server..." --filter "@toolrouter/postgres..."
RUN pnpm --filter "@toolrouter/server..." --filter "@toolrouter/postgres..." run build
# pnpm pack applies publishConfig and turns workspace:* into real versions: these tarballs are
# what `npm install @toolrouter/server @toolrouter/postgres` would fetch.
RUN mkdir /packs && for package in core toolkits catalog server postgres; do \
      pnpm --dir "packages/$package" pack --pack-destination /packs; \
    done

# --- production tree: the packed packages and their runtime dependencies only ---------------------
WORKDIR /app
COPY deploy/app/package.json ./
RUN npm install --omit=dev --no-audit --no-fund /packs/*.tgz && npm cache clean --force

# --- runtime: small, no build tools, not root -------------------------------------------------------
FROM node:${NODE_VERSION}-alpine AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080
WORKDIR /app
COPY --from=build /app ./
# The only place the server writes: the SQLite file when no TOOLROUTER_DATABASE_URL is set (mount
# a volume here for that). With PostgreSQL nothing is written to disk.
RUN mkdir -p /app/.toolrouter && chown node:node /app/.toolrouter
USER node
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/healthz').then((response) => process.exit(response.ok ? 0 : 1), () => process.exit(1))"]
# `docker run toolrouter migrate` or `... sessions create --user alice` run the other commands.
# At most 16 MiB per semi-space of the young generation (SERVER_NODE_FLAGS in packages/server/bin/toolrouter.js):
# with Node 24's defaults it doubles during a start with the whole catalog, ~95 MiB more RSS and a slower start (design notes, "Start with the whole catalog, wave 7").
ENTRYPOINT ["node", "--max-semi-space-size=16", "/app/node_modules/@toolrouter/server/dist/cli/toolrouter.js"]
CMD ["serve"]
