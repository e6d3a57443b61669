"""The site served as in production, on loopback, for the CI smoke test and the
load and fault benchmarks: gunicorn with the production settings on a
throwaway database and working folder, and a signed-in demo user.

Django runs only in the child processes (manage.py, gunicorn), so that the
process that drives them is a plain HTTP client.
"""

import contextlib
import http.client
import json
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from http.cookies import SimpleCookie
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
DEMO_USER, DEMO_PASSWORD = "staff", "digimentor-demo"
# What nginx adds in front of gunicorn: the production settings redirect plain
# HTTP to HTTPS and mark cookies Secure unless the proxy says it was HTTPS.
PROXY_HEADERS = {"X-Forwarded-Proto": "https"}

# The pages of a signed-in reader's visit, found in the seeded demo content.
PAGE_URLS_SCRIPT = """
import json
from urllib.parse import urlencode
from pages.models import (
    EventIndexPage, GuideIndexPage, GuidePage, HomePage, MeetingMinutesPage,
    MentorIndexPage, MentorPage, MinutesIndexPage, NewsIndexPage, NewsPage, Unit,
)
def first(model):
    return model.objects.live().filter(locale__language_code="fi").order_by("pk")[0]
directory = first(MentorIndexPage)
unit = Unit.objects.filter(locale__language_code="fi", parent__isnull=False)
unit = unit.order_by("pk")[0]
print(json.dumps({
    "home": first(HomePage).url,
    "directory": directory.url,
    "profile": first(MentorPage).url,
    "finder": directory.url + "nearest/?" + urlencode({"unit": unit.pk}),
    "news": first(NewsIndexPage).url,
    "news item": first(NewsPage).url,
    "minutes": first(MinutesIndexPage).url,
    "minutes page": first(MeetingMinutesPage).url,
    "guides": first(GuideIndexPage).url,
    "guide": first(GuidePage).url,
    "events": first(EventIndexPage).url,
    "search": "/fi/search/?" + urlencode({"q": "näytön jakaminen"}),
}))
"""


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


# The production settings with the demo app (intranet/settings/demonstration.py).
DEMONSTRATION_SETTINGS = "intranet.settings.demonstration"


def production_env(database_url, workdir, **variables):
    """The environment of a production server on loopback, its files in workdir."""
    env = {
        key: value
        for key, value in os.environ.items()
        # A search cluster or a shared cache of this machine is not the
        # throwaway site's.
        if key not in {"ELASTICSEARCH_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="intranet.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=HOST,
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(Path(workdir) / "media"),
        # The site's own cache, shared by its workers and by nothing else.
        CACHE_DIR=str(Path(workdir) / "cache"),
        LOG_LEVEL="WARNING",
    )
    env.update({key: str(value) for key, value in variables.items()})
    return env


def manage(env, *args, quiet=True):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        text=True,
        stdout=subprocess.PIPE if quiet else None,
    ).stdout


def prepare_site(env):
    """Migrate, add the demo content and collect the static files, as a
    deploy of the demo would."""
    manage(env, "migrate", "--noinput")
    seed_demo(env)
    manage(env, "collectstatic", "--noinput")


def seed_demo(env):
    """Its output: the demo users, "(new)" after those it added. Run as on a
    demonstration server: the production settings have no demo app."""
    env = {**env, "DJANGO_SETTINGS_MODULE": DEMONSTRATION_SETTINGS}
    # seed_demo may refuse to add demo accounts on a server without --force.
    force = ["--force"] if "--force" in manage(env, "seed_demo", "--help") else []
    return manage(env, "seed_demo", *force)


def page_urls(env):
    """{name: path} of the pages a signed-in reader opens, from the database."""
    return json.loads(manage(env, "shell", "-c", PAGE_URLS_SCRIPT).splitlines()[-1])


@contextlib.contextmanager
def gunicorn(env, workdir, workers=2, app="intranet.wsgi", health="/healthz"):
    """Serve the site (or `app`) on a free loopback port; yields its base URL."""
    port = free_port()
    log = open(Path(workdir) / "gunicorn.log", "ab")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            app,
            f"--bind={HOST}:{port}",
            f"--workers={workers}",
            # Its default path is per user: servers running side by side
            # would take it from each other.
            "--no-control-socket",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base_url = f"http://{HOST}:{port}"
    try:
        wait_until_up(base_url, server, health)
        yield base_url
    except BaseException:
        log.flush()
        sys.stderr.write((Path(workdir) / "gunicorn.log").read_text()[-5000:])
        raise
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def wait_until_up(base_url, server, path="/healthz", seconds=60):
    deadline = time.monotonic() + seconds
    while True:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn exited with status {server.returncode}")
        try:
            if fetch(base_url, path).status == 200:
                return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise TimeoutError(f"{base_url}{path} did not answer 200 in {seconds} s")
        time.sleep(0.2)


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def cookies(self):
        cookies = SimpleCookie()
        for header in self.headers.get_all("Set-Cookie") or []:
            cookies.load(header)
        return {name: morsel.value for name, morsel in cookies.items()}


def fetch(base_url, path, *, method="GET", data=None, headers=None, timeout=30):
    """One request on its own connection, redirects not followed."""
    address = urllib.parse.urlsplit(base_url)
    connection = http.client.HTTPConnection(
        address.hostname, address.port, timeout=timeout
    )
    try:
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        all_headers = {**PROXY_HEADERS, **(headers or {})}
        if body is not None:
            all_headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=all_headers)
        response = connection.getresponse()
        return Response(response.status, response.headers, response.read())
    finally:
        connection.close()


def cookie_header(cookies):
    return "; ".join(f"{name}={value}" for name, value in cookies.items())


def sign_in(base_url, username=DEMO_USER, password=DEMO_PASSWORD):
    """The Cookie header of a signed-in session, through the login form.

    The cookies are Secure (production), which a cookie jar would keep from a
    plain-HTTP loopback address, so they are carried by hand.
    """
    login = "/fi/login/"
    form = fetch(base_url, login)
    cookies = form.cookies()
    token = form.body.decode().split('name="csrfmiddlewaretoken" value="')[1]
    token = token.split('"')[0]
    answer = fetch(
        base_url,
        login,
        method="POST",
        data={
            "csrfmiddlewaretoken": token,
            "username": username,
            "password": password,
            "next": "/fi/",
        },
        headers={
            "Cookie": cookie_header(cookies),
            # CSRF protection on HTTPS compares the Referer with the host.
            "Referer": f"https://{urllib.parse.urlsplit(base_url).netloc}{login}",
        },
    )
    cookies.update(answer.cookies())
    if answer.status != 302 or "sessionid" not in cookies:
        raise RuntimeError(f"signing in as {username} failed: HTTP {answer.status}")
    cookies["django_language"] = "fi"
    return cookie_header(cookies)


@contextlib.contextmanager
def workdir(prefix):
    path = tempfile.mkdtemp(prefix=prefix)
    try:
        yield Path(path)
    finally:
        shutil.rmtree(path, ignore_errors=True)


def postgres_bin():
    """The newest PostgreSQL server's programs (Debian keeps them per version)."""
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda path: int(path.parent.parent.name),
    )
    if versions:
        return versions[-1].parent
    if shutil.which("initdb"):
        return Path(shutil.which("initdb")).parent
    sys.exit("No PostgreSQL server found: run `make benchmark-packages`.")


class Cluster:
    """A PostgreSQL cluster of its own in a temporary folder on a free port,
    never the machine's server. PostgreSQL refuses to run as root, so as root
    it runs as the `postgres` system user."""

    def __init__(self, folder):
        self.folder = Path(folder)
        self.data = self.folder / "data"
        self.port = free_port()
        self.bin = postgres_bin()
        self.user = None
        if os.geteuid() == 0:
            self.user = pwd.getpwnam("postgres")
            os.chown(self.folder, self.user.pw_uid, self.user.pw_gid)

    @property
    def url(self):
        return f"postgres://postgres@{HOST}:{self.port}/intranet"

    def run(self, program, *args):
        command = [str(self.bin / program), *args]
        if self.user:
            command = ["runuser", "-u", self.user.pw_name, "--", *command]
        subprocess.run(command, cwd=self.folder, check=True, stdout=subprocess.DEVNULL)

    def create(self):
        self.run(
            "initdb",
            f"--pgdata={self.data}",
            "--username=postgres",
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
        )
        self.start()
        self.run("createdb", f"--host={HOST}", f"--port={self.port}", "intranet")

    def start(self):
        options = (
            f"-c listen_addresses={HOST} -c port={self.port}"
            f" -c unix_socket_directories='{self.folder}'"
        )
        self.run(
            "pg_ctl",
            "start",
            "--wait",
            f"--pgdata={self.data}",
            f"--log={self.folder / 'postgresql.log'}",
            f"--options={options}",
        )

    def stop(self):
        self.run("pg_ctl", "stop", "--wait", "--mode=fast", f"--pgdata={self.data}")


@contextlib.contextmanager
def throwaway_cluster():
    with workdir("intranet-postgres-") as folder:
        cluster = Cluster(folder)
        cluster.create()
        try:
            yield cluster
        finally:
            with contextlib.suppress(subprocess.CalledProcessError):
                cluster.stop()


def on_each_database(databases, name, run):
    """`run(database, database_url, folder)` for each of `databases` ("sqlite",
    "postgresql": a throwaway cluster), each in a working folder of its own;
    exits 1 if any run returned True (a request failed), else 0."""
    stop_on_sigterm()
    failed = False
    for database in databases or ["sqlite", "postgresql"]:
        with workdir(f"intranet-{name}-{database}-") as folder:
            if database == "sqlite":
                failed |= run(database, f"sqlite:///{folder}/db.sqlite3", folder)
            else:
                with throwaway_cluster() as cluster:
                    failed |= run(database, cluster.url, folder)
    sys.exit(1 if failed else 0)


def stop_on_sigterm():
    """Let SIGTERM unwind like Ctrl-C, so that servers and folders are removed."""

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)
