"""A signed-in reader's pages under load, served the production way.

For SQLite and for PostgreSQL (a throwaway cluster of its own, never the
machine's server): a fresh database with the demo content, gunicorn with two
sync workers and the production settings on loopback, and wrk cycling through
home, directory, a profile, the finder for a unit, news index and item,
minutes, a guide and a two-word search as the demo user `staff`.

    make benchmark-packages   # wrk, PostgreSQL's server programs
    .venv/bin/python benchmarks/load.py [--seconds 60] [--connections 32]

Prints requests per second, median and p99 latency, and the count of
responses other than 2xx/3xx and of socket errors (connect, read, write,
timeout), which must both be 0; then each page's time on its own, before
the load.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import time

from _serve import (
    fetch,
    gunicorn,
    on_each_database,
    page_urls,
    prepare_site,
    production_env,
    sign_in,
)

# Each wrk thread cycles through the paths from its own starting point, counts
# the statuses it receives, and the summary is printed as one JSON line.
WRK_SCRIPT = """
paths = {}
for line in io.lines(os.getenv("LOAD_PATHS")) do paths[#paths + 1] = line end
statuses = {}
local threads = {}
local next_path = 0

function setup(thread)
  thread:set("first_path", #threads)
  threads[#threads + 1] = thread
end

function init(args)
  next_path = first_path or 0
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local counts = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      counts[tostring(status)] = (counts[tostring(status)] or 0) + count
    end
  end
  local parts = {}
  for status, count in pairs(counts) do
    parts[#parts + 1] = string.format('"%s": %d', status, count)
  end
  local errors = summary.errors
  io.write(string.format(
    '\\nRESULT {"requests": %d, "microseconds": %d, "p50": %d, "p99": %d,'
    .. ' "socket_errors": {"connect": %d, "read": %d, "write": %d,'
    .. ' "timeout": %d}, "statuses": {%s}}\\n',
    summary.requests, summary.duration, latency:percentile(50),
    latency:percentile(99), errors.connect, errors.read, errors.write,
    errors.timeout, table.concat(parts, ", ")))
end
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2, help="wrk's threads")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn's")
    parser.add_argument(
        "--conn-max-age", type=int, default=60, help="production's default: 60"
    )
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
        "load",
        lambda database, url, folder: run(options, database, url, folder),
    )


def run(options, database, database_url, folder):
    """Prints the figures of one database; True when a request failed."""
    env = production_env(database_url, folder, CONN_MAX_AGE=options.conn_max_age)
    prepare_site(env)
    urls = page_urls(env)
    # Other work on the machine takes CPU from the server and from wrk alike.
    machine = f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}"
    with gunicorn(env, folder, workers=options.workers) as base_url:
        cookie = sign_in(base_url)
        alone = {}
        for name, path in urls.items():
            timings = []
            for _ in range(3):  # the first warms the worker's caches
                started = time.perf_counter()
                status = fetch(base_url, path, headers={"Cookie": cookie}).status
                timings.append(time.perf_counter() - started)
                if status != 200:
                    print(f"{database}: {name} ({path}) answers {status}", flush=True)
                    return True
            alone[name] = min(timings[1:]) * 1000
        result = drive(options, base_url, cookie, list(urls.values()), folder)
    seconds = result["microseconds"] / 1e6
    age = f" (CONN_MAX_AGE={options.conn_max_age})" if database == "postgresql" else ""
    bad_statuses = sum(
        count
        for status, count in result["statuses"].items()
        if not 200 <= int(status) < 400
    )
    socket_errors = sum(result["socket_errors"].values())
    print(
        f"{database}{age}: {options.connections} connections for {seconds:.0f} s,"
        f" {options.workers} gunicorn sync workers, {len(urls)} pages in turn"
        f" ({machine} before)\n"
        f"  requests per second: {result['requests'] / seconds:.1f}"
        f" ({result['requests']} requests)\n"
        f"  latency: p50 {result['p50'] / 1000:.0f} ms,"
        f" p99 {result['p99'] / 1000:.0f} ms\n"
        f"  responses other than 2xx/3xx: {bad_statuses}"
        f" {json.dumps(result['statuses'])}\n"
        f"  socket errors: {socket_errors} {json.dumps(result['socket_errors'])}\n"
        "  each page alone: "
        + ", ".join(f"{name} {ms:.0f} ms" for name, ms in alone.items()),
        flush=True,
    )
    return bool(bad_statuses or socket_errors)


def drive(options, base_url, cookie, paths, folder):
    script = folder / "load.lua"
    script.write_text(WRK_SCRIPT)
    paths_file = folder / "paths.txt"
    paths_file.write_text("\n".join(paths) + "\n")
    output = subprocess.run(
        [
            "wrk",
            f"--threads={options.threads}",
            f"--connections={options.connections}",
            f"--duration={options.seconds}s",
            # Well past any p99 here: a slow answer shows in the latency
            # rather than as a dropped connection.
            "--timeout=30s",
            f"--script={script}",
            "--header=X-Forwarded-Proto: https",
            f"--header=Cookie: {cookie}",
            base_url,
        ],
        env={**os.environ, "LOAD_PATHS": str(paths_file)},
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    result = next(line for line in output.splitlines() if line.startswith("RESULT "))
    return json.loads(result.removeprefix("RESULT "))


if __name__ == "__main__":
    main()
