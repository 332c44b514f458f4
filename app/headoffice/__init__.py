"""Head-office service: receives the offices' batches (app.sync.protocol) into PostgreSQL.

Runs at head office, not in the desktop program: it imports only app.sync.protocol and
FastAPI / uvicorn / psycopg, never the office's database layer, models, services or Qt.
"""
