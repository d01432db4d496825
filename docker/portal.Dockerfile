# syntax=docker/dockerfile:1
# The reference portal (frontend/, docs/portal.md "Deploying"): Next.js served by its
# standalone server as an unprivileged user. The build context is frontend/:
#   docker build -f docker/portal.Dockerfile -t congdoan-portal frontend
# (docker/compose.yaml's `portal` service does this). Nothing here talks to the platform:
# the GraphQL types and hashes are generated from the committed schema (src/gql/), so the
# image builds without a server; the persisted documents are registered per tenant with
# `npm run persist` (README, "Pointing the portal at your tenant").

ARG NODE_IMAGE=node:22-bookworm-slim

# --- dependencies: exactly the lockfile ------------------------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /src
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund

# --- build: next build with standalone output (server.js + the traced node_modules only) ---
FROM ${NODE_IMAGE} AS build
WORKDIR /src
ENV NEXT_TELEMETRY_DISABLED=1 \
    NEXT_OUTPUT=standalone
COPY --from=deps /src/node_modules ./node_modules
COPY . .
RUN npm run build \
 && mkdir -p public

# --- runtime: no npm, no sources, no dev dependencies ----------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOSTNAME=0.0.0.0 \
    PORT=3000
WORKDIR /app
# Code stays root-owned (read-only for the app user); only Next's cache is writable.
COPY --from=build /src/.next/standalone ./
COPY --from=build /src/.next/static ./.next/static
COPY --from=build /src/public ./public
RUN mkdir -p .next/cache && chown node:node .next/cache
# `node` (uid 1000) comes with the official image.
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "require('net').connect(3000, '127.0.0.1').on('connect', () => process.exit(0)).on('error', () => process.exit(1))"]
CMD ["node", "server.js"]
