# syntax=docker/dockerfile:1
# Build stage: compiles better-sqlite3 and installs production dependencies only.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# Run stage: no compiler, a non-root user, the SQLite file on a volume.
FROM node:20-bookworm-slim
WORKDIR /app
# Offline voice: pocketsphinx + its English model, Opus tools, espeak-ng (the bot runs without them, voice off).
RUN apt-get update \
 && apt-get install -y --no-install-recommends pocketsphinx pocketsphinx-en-us opus-tools espeak-ng \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production DATA_DIR=/data
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY bin ./bin
COPY src ./src
COPY question-bank ./question-bank
COPY rubrics ./rubrics
COPY assets ./assets
# `mock-interviewer …` on the PATH for commands given to `docker run`; the data folder belongs to the node user.
RUN mkdir -p node_modules/.bin \
 && ln -s ../../bin/mock-interviewer.js node_modules/.bin/mock-interviewer \
 && mkdir -p /data && chown node:node /data
ENV PATH=/app/node_modules/.bin:$PATH
USER node
VOLUME ["/data"]
# One image, every mode: the gateway bot by default; `serve-http` (HTTP interactions on HTTP_PORT, 8080) and the
# other commands are given as the command, e.g. `docker run … mock-interviewer mock-interviewer serve-http`.
# Node itself is PID 1 (no npm in between), so SIGTERM reaches the bot's own clean stop; and `npx` is not
# used: npm 11 installs the project into its cache, needing write access to /app.
# /healthz and /metrics are on 8080 for serve-http, on METRICS_PORT for the bot when it is set.
EXPOSE 8080
CMD ["node", "bin/mock-interviewer.js", "bot"]
