"""PropDesk's speed benchmark: `uv run python -m benchmarks [--quick] [--json FILE]`."""
