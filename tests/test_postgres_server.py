"""The head-office tests' PostgreSQL: a real server, started by the test session."""

from __future__ import annotations

import psycopg


def test_throwaway_cluster_accepts_connections(postgres_server) -> None:
    with psycopg.connect(postgres_server.dsn) as conn:
        version = conn.execute("SHOW server_version_num").fetchone()[0]
        conn.execute("CREATE TEMP TABLE probe (id uuid PRIMARY KEY, note text)")
        conn.execute("INSERT INTO probe VALUES (gen_random_uuid(), '物业')")
        assert conn.execute("SELECT note FROM probe").fetchone()[0] == "物业"
    assert int(version) >= 130000
