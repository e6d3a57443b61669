"""Back up a site, wipe it, restore it and check that it is whole, as
docs/backup-and-restore.md says, on SQLite and on PostgreSQL.

Each database gets a fresh site with the demo content (a throwaway folder;
PostgreSQL in a throwaway cluster, never the machine's server), both made at
once: that is most of the script's time. The script
counts each table's rows and sums the uploaded files, backs the database up
with its engine's own tool (pg_dump's custom format; SQLite's online backup)
and the files with tar, removes the database, the files and the cache,
restores them (pg_restore; the SQLite copy put back; tar), and compares: the
same rows in every table, the same files, and the restored site serves a
signed-in reader the home page and an uploaded picture.

Usage: .venv/bin/python scripts/backup_restore_check.py [--database sqlite|postgresql]
(both by default; PostgreSQL's server programs: `make benchmark-packages`).
"""

import argparse
import contextlib
import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from _serve import (
    fetch,
    gunicorn,
    manage,
    production_env,
    seed_demo,
    sign_in,
    stop_on_sigterm,
    throwaway_cluster,
    workdir,
)

# Rows in each table of the site's database, as {table: count}.
ROW_COUNTS_SCRIPT = """
import json
from django.db import connection
with connection.cursor() as cursor:
    counts = {}
    for table in sorted(connection.introspection.table_names(cursor)):
        cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")
        counts[table] = cursor.fetchone()[0]
print(json.dumps(counts))
"""

# An uploaded picture of the demo, its address and its stored file.
PICTURE_SCRIPT = """
import json
from wagtail.images.models import Image
image = Image.objects.order_by("pk").first()
print(json.dumps([image.file.url, image.file.name]))
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", action="append", choices=["sqlite", "postgresql"])
    databases = parser.parse_args().database or ["sqlite", "postgresql"]
    stop_on_sigterm()
    with contextlib.ExitStack() as stack:
        sites = {}
        for database in databases:
            folder = stack.enter_context(workdir(f"intranet-backup-{database}-"))
            if database == "sqlite":
                database_url = f"sqlite:///{folder / 'db.sqlite3'}"
            else:
                database_url = stack.enter_context(throwaway_cluster()).url
            sites[database] = (database_url, folder)
        prepare(sites.values())
        failed = [
            database
            for database, (database_url, folder) in sites.items()
            if round_trip(database, database_url, folder)
        ]
    sys.exit(1 if failed else 0)


def prepare(sites):
    """Migrate each site and add the demo content, all at once (the slow
    part, one process per database), then collect the static files they
    share."""
    envs = [production_env(database_url, folder) for database_url, folder in sites]
    with ThreadPoolExecutor() as pool:
        for _done in pool.map(migrated_with_demo, envs):
            pass
    manage(envs[0], "collectstatic", "--noinput")


def migrated_with_demo(env):
    manage(env, "migrate", "--noinput")
    seed_demo(env)  # as on a demonstration server, with --force


def round_trip(database, database_url, folder):
    """Back up, wipe, restore and compare; True if anything differs."""
    env = production_env(database_url, folder)
    media = Path(env["MEDIA_ROOT"])
    rows, files = row_counts(env), checksum(media)
    backup = folder / "backup"
    backup.mkdir()

    back_up_database(database, database_url, backup)
    tar(media, "--create", f"--file={backup / 'media.tar.gz'}")
    print(f"{database}: backed up {sum(rows.values())} rows in {len(rows)} tables")

    wipe_database(database, database_url)
    shutil.rmtree(media)
    shutil.rmtree(env["CACHE_DIR"], ignore_errors=True)

    restore_database(database, database_url, backup)
    tar(media, "--extract", f"--file={backup / 'media.tar.gz'}")

    failed = False
    restored_rows = row_counts(env)
    for table in sorted(set(rows) | set(restored_rows)):
        before, after = rows.get(table), restored_rows.get(table)
        if before != after:
            failed = True
            print(f"{table}: {before} rows backed up, {after} restored")
    if checksum(media) != files:
        failed = True
        print("the uploaded files differ from those backed up")
    failed |= not serves_restored_site(env, folder, media)
    print(f"{database}: {'FAILED' if failed else 'restored whole'}")
    return failed


def back_up_database(database, database_url, backup):
    if database == "sqlite":
        # Consistent while the site writes, unlike a copy of the file (WAL).
        with sqlite3.connect(sqlite_path(database_url)) as live:
            with sqlite3.connect(backup / "db.sqlite3") as copy:
                live.backup(copy)
    else:
        postgres(
            "pg_dump",
            "--format=custom",
            "--no-owner",
            "--no-privileges",
            f"--file={backup / 'db.dump'}",
            f"--dbname={database_url}",
        )


def wipe_database(database, database_url):
    if database == "sqlite":
        path = sqlite_path(database_url)
        for leftover in [path, Path(f"{path}-wal"), Path(f"{path}-shm")]:
            leftover.unlink(missing_ok=True)
    else:
        server, name = database_url.rsplit("/", 1)
        postgres("dropdb", f"--maintenance-db={server}/postgres", name)
        postgres("createdb", f"--maintenance-db={server}/postgres", name)


def restore_database(database, database_url, backup):
    if database == "sqlite":
        shutil.copyfile(backup / "db.sqlite3", sqlite_path(database_url))
    else:
        postgres(
            "pg_restore",
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            f"--dbname={database_url}",
            str(backup / "db.dump"),
        )


def tar(media, *options):
    subprocess.run(
        ["tar", *options, "--gzip", f"--directory={media.parent}", media.name],
        check=True,
    )


def postgres(program, *args):
    """One of PostgreSQL's client programs, of the throwaway cluster's version."""
    binary = shutil.which(program, path=str(postgres_bin()))
    subprocess.run([binary, *args], check=True)


def postgres_bin():
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_dump"),
        key=lambda path: int(path.parent.parent.name),
    )
    return versions[-1].parent if versions else Path(shutil.which("pg_dump")).parent


def sqlite_path(database_url):
    return Path(database_url.removeprefix("sqlite:///"))


def row_counts(env):
    return json.loads(manage(env, "shell", "-c", ROW_COUNTS_SCRIPT).splitlines()[-1])


def checksum(folder):
    """One digest of every file's path and bytes under `folder`."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def serves_restored_site(env, folder, media):
    url, name = json.loads(manage(env, "shell", "-c", PICTURE_SCRIPT).splitlines()[-1])
    with gunicorn(env, folder) as base_url:
        cookie = {"Cookie": sign_in(base_url)}
        home = fetch(base_url, "/fi/", headers=cookie)
        picture = fetch(base_url, url, headers=cookie)
    served = home.status == 200 and "<h1>Digimentorit</h1>" in home.body.decode()
    print(f"the home page after the restore: HTTP {home.status}")
    same_picture = picture.status == 200 and picture.body == (media / name).read_bytes()
    print(f"{url} after the restore: HTTP {picture.status}")
    return served and same_picture


if __name__ == "__main__":
    main()
