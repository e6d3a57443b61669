"""PostgreSQL stopped and started again under load, served the production way.

A throwaway PostgreSQL cluster of its own (initdb in a temporary folder on a
free port, removed afterwards; never the machine's server) with the demo
content, gunicorn with two sync workers and the production settings, and
client threads reading a signed-in reader's pages and /healthz (without a
session, as a load balancer asks) in turn. After a few seconds PostgreSQL
stops (fast shutdown, as a restart does), stays down for 5 s and starts
again; once with CONN_MAX_AGE=0 and once with 60.

    make benchmark-packages   # PostgreSQL's server programs
    .venv/bin/python benchmarks/faults.py [--down 5] [--conn-max-age 0]

Prints successes and failures per second, what pages and /healthz answer
while the database is down (target: 503), and how many seconds after
PostgreSQL is back every page answers 200 again (target: within 10 s, no
failure while it is up).
"""

import argparse
import itertools
import threading
import time
from collections import Counter

from _serve import (
    fetch,
    gunicorn,
    page_urls,
    prepare_site,
    production_env,
    sign_in,
    stop_on_sigterm,
    throwaway_cluster,
    workdir,
)

RECOVERY_TARGET = 10  # seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--down", type=float, default=5, help="seconds stopped")
    parser.add_argument("--before", type=float, default=5, help="seconds of load")
    parser.add_argument("--after", type=float, default=15, help="seconds of load")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument(
        "--conn-max-age", type=int, action="append", help="default: 0 and 60"
    )
    options = parser.parse_args()
    stop_on_sigterm()
    missed = []
    with workdir("intranet-faults-") as folder, throwaway_cluster() as cluster:
        prepare_site(production_env(cluster.url, folder))
        paths = [*page_urls(production_env(cluster.url, folder)).values(), "/healthz"]
        for age in options.conn_max_age or [0, 60]:
            env = production_env(cluster.url, folder, CONN_MAX_AGE=age)
            with gunicorn(env, folder) as base_url:
                cookie = sign_in(base_url)
                outage = Outage(cluster, base_url, cookie, paths, options)
                outage.run()
            if not outage.report(f"CONN_MAX_AGE={age}"):
                missed.append(age)
    if missed:
        raise SystemExit(f"target missed with CONN_MAX_AGE={missed}")


class Outage:
    def __init__(self, cluster, base_url, cookie, paths, options):
        self.cluster, self.base_url, self.cookie = cluster, base_url, cookie
        self.paths, self.options = paths, options
        self.results = []  # (started, finished, path, status or error name)
        self.lock = threading.Lock()
        self.stopping = threading.Event()

    def run(self):
        clients = [
            threading.Thread(target=self.client, args=(offset,))
            for offset in range(self.options.clients)
        ]
        self.started = time.monotonic()
        for client in clients:
            client.start()
        try:
            time.sleep(self.options.before)
            self.stop_requested = self.now()
            self.cluster.stop()
            self.down = self.now()
            time.sleep(self.options.down)
            self.start_requested = self.now()
            self.cluster.start()  # returns once it accepts connections
            self.up = self.now()
            time.sleep(self.options.after)
        finally:
            self.stopping.set()
            for client in clients:
                client.join()
        self.finished = self.now()

    def now(self):
        return time.monotonic() - self.started

    def client(self, offset):
        paths = itertools.islice(itertools.cycle(self.paths), offset, None)
        for path in paths:
            if self.stopping.is_set():
                return
            # A load balancer asks /healthz without a session.
            headers = {} if path == "/healthz" else {"Cookie": self.cookie}
            started = self.now()
            try:
                status = fetch(self.base_url, path, headers=headers, timeout=15).status
            except OSError as error:
                status = type(error).__name__
            with self.lock:
                self.results.append((started, self.now(), path, status))

    def report(self, label):
        """Print the figures; True when the target is met."""
        ok = [r for r in self.results if r[3] == 200]
        failed = [r for r in self.results if r[3] != 200]
        print(
            f"{label}: {self.options.clients} clients; PostgreSQL stopping at"
            f" {self.stop_requested:.1f} s, down at {self.down:.1f} s, starting at"
            f" {self.start_requested:.1f} s, accepting connections at"
            f" {self.up:.1f} s"
        )
        print("  second    ok  failed  PostgreSQL")
        for second in range(int(self.finished) + 1):
            in_second = [r for r in self.results if second <= r[1] < second + 1]
            down = second + 1 > self.stop_requested and second < self.up
            state = "down" if down else "up"
            print(
                f"  {second:6d} {sum(r[3] == 200 for r in in_second):5d}"
                f" {sum(r[3] != 200 for r in in_second):7d}  {state}"
            )
        while_down = [
            r for r in self.results if self.down <= r[0] and r[1] < self.start_requested
        ]
        for name, chosen in [
            ("/healthz", [r for r in while_down if r[2] == "/healthz"]),
            ("pages", [r for r in while_down if r[2] != "/healthz"]),
        ]:
            print(f"  {name} while down: {describe(Counter(r[3] for r in chosen))}")
        before = [r for r in failed if r[1] < self.stop_requested]
        after = [r for r in failed if r[0] >= self.up]
        # Every page has answered 200 again, and none failed since.
        answered_again = [
            min((r[1] for r in ok if r[2] == path and r[0] >= self.up), default=None)
            for path in self.paths
        ]
        never = None in answered_again
        moments = [self.finished] if never else answered_again
        recovery = max([m - self.up for m in moments] + [r[1] - self.up for r in after])
        # A failure in the last seconds measured: it may not be over.
        recovered = not never and recovery < self.finished - self.up - 2
        print(f"  failures before the stop: {len(before)}")
        print(
            f"  failures after PostgreSQL was back: {len(after)}"
            f" {describe(Counter((r[2], r[3]) for r in after))}"
        )
        if recovered:
            print(
                f"  every page answers 200 again {recovery:.1f} s after PostgreSQL"
                f" accepts connections (target: within {RECOVERY_TARGET} s)"
            )
        else:
            print(f"  still failing {recovery:.1f} s after PostgreSQL was back")
        print(f"  requests: {len(ok)} answered 200, {len(failed)} failed", flush=True)
        answered_while_down = all(r[3] == 503 for r in while_down)
        return (
            not before
            and recovered
            and recovery <= RECOVERY_TARGET
            and answered_while_down
        )


def describe(counter):
    return ", ".join(f"{key} ×{count}" for key, count in counter.most_common()) or "-"


if __name__ == "__main__":
    main()
