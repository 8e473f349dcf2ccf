# syntax=docker/dockerfile:1
# Multi-stage build: wheels are built in the first stage; the runtime image has no compiler and runs
# as an unprivileged user. On start it applies migrations once, then serves with uvicorn.
# With several replicas, run the migration once instead (e.g. a one-off `dvk migrate` job) and start
# replicas with DVK_SKIP_MIGRATIONS=1.

FROM python:3.11-slim AS build
WORKDIR /src
RUN pip install --no-cache-dir --upgrade pip wheel
COPY pyproject.toml README.md requirements.lock ./
COPY app ./app
# The lock's pins as constraints: the image runs the versions the test suite ran.
RUN pip wheel --no-cache-dir --wheel-dir /wheels -c requirements.lock .

FROM python:3.11-slim AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DVK_ENV=production \
    DVK_DATA_DIR=/var/lib/dvk
RUN groupadd --system dvk && useradd --system --gid dvk --home-dir /app --shell /usr/sbin/nologin dvk \
    && mkdir -p /var/lib/dvk && chown dvk:dvk /var/lib/dvk
WORKDIR /app
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
COPY --chown=dvk:dvk alembic.ini ./
COPY --chown=dvk:dvk migrations ./migrations
COPY --chown=dvk:dvk docker-entrypoint.sh ./
USER dvk
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz').status != 200)"
ENTRYPOINT ["./docker-entrypoint.sh"]
