"""Business operations: what a button, a test or the CLI does. One module per domain."""
