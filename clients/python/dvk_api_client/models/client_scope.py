from enum import StrEnum


class ClientScope(StrEnum):
    EVENTS_READ = "events:read"
    IMPORTS_WRITE = "imports:write"
    MODELS_READ = "models:read"
    MODELS_WRITE = "models:write"
    REPORTS_READ = "reports:read"
    UNITS_READ = "units:read"
    WEBHOOKS_MANAGE = "webhooks:manage"

    def __str__(self) -> str:
        return str(self.value)
