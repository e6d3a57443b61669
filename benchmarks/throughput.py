"""Requests per second of each kind of page, against a trivial Django view.

For SQLite and for PostgreSQL (a throwaway cluster of its own): a fresh
database with the demo content and gunicorn with two sync workers and the
production settings on loopback; beside it, in the same run, a trivial Django
view (benchmarks/trivial_site.py) served the same way. wrk drives each URL in
turn with the same load (8 connections, 15 seconds), signed in as the demo
user `staff`, after warming it.

    make benchmark-packages   # wrk, PostgreSQL's server programs
    .venv/bin/python benchmarks/throughput.py [--seconds 15] [--database sqlite]

Prints a table per database: each page's requests per second, its ratio to the
trivial view's (the target is at least 25 %) and its median latency. Exits
non-zero when a response was not 2xx/3xx.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys

from _serve import (
    fetch,
    gunicorn,
    on_each_database,
    page_urls,
    prepare_site,
    production_env,
    sign_in,
)

TARGET = 0.25
PAGE_KINDS = [
    "home",
    "news",
    "news item",
    "minutes",
    "minutes page",
    "guides",
    "guide",
    "events",
    "directory",
    "profile",
    "finder",
    "search",
]
COMMON_WORD = "/fi/search/?q=Teams"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=15, help="per URL")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument(
        "--database",
        choices=["sqlite", "postgresql"],
        action="append",
        help="one of them only (default: both)",
    )
    options = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: run `make benchmark-packages`.")
    on_each_database(
        options.database,
        "throughput",
        lambda database, url, folder: run(options, database, url, folder),
    )


def run(options, database, database_url, folder):
    """Prints one database's table; True when a response failed."""
    env = production_env(database_url, folder)
    prepare_site(env)
    urls = {kind: page_urls(env)[kind] for kind in PAGE_KINDS}
    urls["search"] = COMMON_WORD
    trivial_env = {**env, "DJANGO_SETTINGS_MODULE": "benchmarks.trivial_site"}
    with gunicorn(
        trivial_env, folder, app="benchmarks.trivial_site:application", health="/"
    ) as trivial_url:
        trivial = drive(options, trivial_url, "/", cookie="")
    rows = []
    with gunicorn(env, folder) as base_url:
        cookie = sign_in(base_url)
        for kind, path in urls.items():
            for _ in range(3):  # the first renders and keeps the page
                fetch(base_url, path, headers={"Cookie": cookie})
            rows.append((kind, drive(options, base_url, path, cookie)))
    print(
        f"{database}: gunicorn 2 sync workers, production settings;"
        f" wrk {options.connections} connections, {options.seconds} s a URL,"
        f" signed in as staff, warm ({os.cpu_count()} CPUs)"
    )
    print(f"  {'page':<14} {'req/s':>8} {'of trivial':>11} {'p50 ms':>7}")
    rps, p50 = trivial["rps"], trivial["p50"]
    print(f"  {'trivial view':<14} {rps:>8.0f} {'100 %':>11} {p50:>7.2f}")
    failed = trivial["failures"] > 0
    for kind, result in rows:
        ratio = result["rps"] / trivial["rps"]
        mark = "" if ratio >= TARGET else "  below the target"
        failures = f"  {result['failures']} failed" if result["failures"] else ""
        print(
            f"  {kind:<14} {result['rps']:>8.0f} {ratio:>10.0%} {result['p50']:>7.2f}"
            f"{mark}{failures}"
        )
        failed |= result["failures"] > 0
    least = min(result["rps"] for _kind, result in rows) / trivial["rps"]
    print(f"  least: {least:.0%} of the trivial view (target {TARGET:.0%})", flush=True)
    return failed


def drive(options, base_url, path, cookie):
    """wrk on one URL: requests per second, median latency (ms), failures."""
    headers = ["--header=X-Forwarded-Proto: https"]
    if cookie:
        headers.append(f"--header=Cookie: {cookie}")
    output = subprocess.run(
        [
            "wrk",
            "--threads=2",
            f"--connections={options.connections}",
            f"--duration={options.seconds}s",
            "--latency",
            *headers,
            base_url + path,
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1])
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)", output)
    scale = {"us": 0.001, "ms": 1, "s": 1000}[p50[2]]
    failures = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = re.search(r"Socket errors: (.*)", output)
    return {
        "rps": rps,
        "p50": float(p50[1]) * scale,
        "failures": (int(failures[1]) if failures else 0) + (1 if errors else 0),
    }


if __name__ == "__main__":
    main()
