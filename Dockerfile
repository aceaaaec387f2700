# The gateway (gateway/README.md): the connector's contract over the Customer Insights REST API.
#
#   docker build -t customer-insights-gateway .
#   docker run --rm -p 4320:4320 -e CI_SUBSCRIPTION_KEY -v gateway-data:/data customer-insights-gateway
#
# Secrets come from the environment only (CI_SUBSCRIPTION_KEY, AZURE_TENANT_ID, AZURE_CLIENT_ID,
# AZURE_CLIENT_SECRET); nothing secret is baked into the image.

# Dependencies are installed in their own stage: better-sqlite3 compiles its native module there
# when no prebuilt binary fits, and the compilers stay out of the image that runs.
FROM node:20-bookworm-slim AS dependencies
WORKDIR /app
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=dependencies /app/node_modules ./node_modules
COPY package.json index.ts tsconfig.json ./
COPY bin ./bin
COPY client ./client
COPY connector ./connector
COPY gateway ./gateway
COPY generated ./generated
COPY mocks ./mocks
COPY scripts ./scripts
# The SQLite subscription store lives on a volume the unprivileged user owns.
RUN mkdir /data && chown node:node /data
USER node
# Fails the build, not the deployment, when the image cannot run the command.
RUN node bin/insights-connector.mjs gateway --help > /dev/null
EXPOSE 4320
HEALTHCHECK --interval=30s --timeout=5s CMD ["node", "-e", "fetch('http://127.0.0.1:4320/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "bin/insights-connector.mjs", "gateway", "--host", "0.0.0.0", "--port", "4320"]
CMD ["--store", "sqlite:/data/gateway.db"]
