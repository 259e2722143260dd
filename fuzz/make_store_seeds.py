#!/usr/bin/env python3
"""Seed stores for fuzz_store_migration: an empty file, a version-1 store with rows in every
table (the oldest schema Cascade must migrate) and a store claiming a future version.
Usage: make_store_seeds.py OUT_DIR"""
import os
import pathlib
import sqlite3
import sys

V1 = [
    "CREATE TABLE series (id INTEGER PRIMARY KEY, exchange TEXT NOT NULL, symbol TEXT NOT NULL,"
    " kind TEXT NOT NULL, base_interval_ms INTEGER NOT NULL DEFAULT 0, UNIQUE (exchange, symbol, kind))",
    "CREATE TABLE coverage (series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,"
    " from_ms INTEGER NOT NULL, to_ms INTEGER NOT NULL, source TEXT NOT NULL,"
    " written_at_ms INTEGER NOT NULL, CHECK (to_ms > from_ms))",
    "CREATE INDEX coverage_by_series ON coverage (series_id, from_ms)",
    "CREATE TABLE candles (series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,"
    " open_time INTEGER NOT NULL, open REAL NOT NULL, high REAL NOT NULL, low REAL NOT NULL,"
    " close REAL NOT NULL, volume REAL NOT NULL, taker_buy_volume REAL NOT NULL,"
    " quote_volume REAL NOT NULL, PRIMARY KEY (series_id, open_time)) WITHOUT ROWID",
    "CREATE TABLE open_interest (series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,"
    " time INTEGER NOT NULL, open_interest REAL NOT NULL, open_interest_usd REAL NOT NULL,"
    " PRIMARY KEY (series_id, time)) WITHOUT ROWID",
    "CREATE TABLE ratios (series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,"
    " time INTEGER NOT NULL, ratio REAL NOT NULL, long_value REAL NOT NULL, short_value REAL NOT NULL,"
    " PRIMARY KEY (series_id, time)) WITHOUT ROWID",
    "CREATE TABLE liquidations (series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,"
    " time INTEGER NOT NULL, side INTEGER NOT NULL CHECK (side IN (0, 1)), price REAL NOT NULL,"
    " quantity REAL NOT NULL, notional_usd REAL NOT NULL,"
    " PRIMARY KEY (series_id, time, side, price, quantity)) WITHOUT ROWID",
    "CREATE TABLE option_quotes (series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,"
    " snapshot_time INTEGER NOT NULL, instrument TEXT NOT NULL, expiry INTEGER NOT NULL,"
    " strike REAL NOT NULL, type INTEGER NOT NULL CHECK (type IN (0, 1)), open_interest REAL NOT NULL,"
    " open_interest_usd REAL NOT NULL, underlying_price REAL NOT NULL,"
    " PRIMARY KEY (series_id, snapshot_time, instrument)) WITHOUT ROWID",
]
ROWS = [
    "INSERT INTO series VALUES (1,'binance','BTCUSDT','candles',60000),(2,'okx','BTC-USDT-SWAP','liquidations',0)",
    "INSERT INTO coverage VALUES (1,1735689600000,1735689720000,'fetch binance',1735689800000)",
    "INSERT INTO candles VALUES (1,1735689600000,1,2,0.5,1.5,10,5,15),(1,1735689660000,1.5,2,1,1.2,3,1,4)",
    "INSERT INTO liquidations VALUES (2,1735689600250,0,100000,0.01,1000)",
]


def make(path, statements, version):
    if path.exists():
        return
    db = sqlite3.connect(path)
    for sql in statements:
        db.execute(sql)
    db.execute(f"PRAGMA user_version = {version}")
    db.commit()
    db.close()


out = pathlib.Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
(out / "empty.sqlite").write_bytes(b"")
make(out / "v1_rows.sqlite", V1 + ROWS, 1)
make(out / "v1_empty.sqlite", V1, 1)
make(out / "future_version.sqlite", V1, 99)
os.sync()
