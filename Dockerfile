# The gateway (gateway/README.md): the connector's contract over the Customer Insights REST API.
#
#   docker build -t customer-insights-gateway .
#   docker run --rm -p 4320:4320 -e CI_SUBSCRIPTION_KEY -v gateway-data:/data customer-insights-gateway
#
# Secrets come from the environment only (CI_SUBSCRIPTION_KEY, AZURE_TENANT_ID, AZURE_CLIENT_ID,
# AZURE_CLIENT_SECRET); nothing secret is baked into the image.

# Build: the command line as one bundle (dist/cli/, scripts/bundle/compile.mjs), which is what the
# image runs, and the packages it needs at run time. Compilers stay in this stage: better-sqlite3
# builds its native module here when no prebuilt binary fits.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN node scripts/bundle/compile.mjs
# Run time needs the declared dependencies, plus better-sqlite3: a native addon, so the bundle
# leaves it out (an optional peer of the package), installed at the version package.json pins.
RUN mkdir -p /runtime /sqlite \
  && cp package.json package-lock.json .npmrc /runtime/ \
  && cd /runtime && npm ci --omit=dev --no-audit --no-fund \
  && cd /sqlite && npm install --no-audit --no-fund --no-package-lock \
    "better-sqlite3@$(node -p "require('/app/package.json').peerDependencies['better-sqlite3']")" \
  && cp -R /sqlite/node_modules/. /runtime/node_modules/

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /runtime/node_modules ./node_modules
COPY --from=build /app/dist/cli ./dist/cli
COPY --from=build /app/package.json ./
COPY --from=build /app/bin ./bin
# The SQLite subscription store lives on a volume the unprivileged user owns.
RUN mkdir /data && chown node:node /data
USER node
# Fails the build, not the deployment, when the image cannot run the command.
RUN node bin/insights-connector.mjs gateway --help > /dev/null \
  && node -e "require('better-sqlite3')(':memory:').close()"
EXPOSE 4320
HEALTHCHECK --interval=30s --timeout=5s CMD ["node", "-e", "fetch('http://127.0.0.1:4320/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "bin/insights-connector.mjs", "gateway", "--host", "0.0.0.0", "--port", "4320"]
CMD ["--store", "sqlite:/data/gateway.db"]
