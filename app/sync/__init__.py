"""Office side of sync to head office: capture, outbox, batches, push client."""
