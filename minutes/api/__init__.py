"""The open data API at /api/v1/: the public record as read-only JSON, with its OpenAPI schema."""
