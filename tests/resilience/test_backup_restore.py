"""The README's backup and restore (*Backup and restore*) on the database the
suite runs on: the seeded demo site is backed up with the README's commands
(pg_dump's custom format; SQLite's online backup; tar for the uploaded
files), restored into an empty database and an empty folder, and the
restored site has the same rows in every table and the same files, and
serves a signed-in reader the home page and an uploaded picture."""

import hashlib
import json
import shutil
import subprocess
import sys

import pytest
from django.conf import settings
from django.db import connection
from wagtail.images.models import Image

from benchmarks._serve import fetch, sign_in
from tests.servers import database_url, gunicorn

pytestmark = pytest.mark.django_db

# Rows in each table of DATABASE_URL's database, as {table: count}.
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


def row_counts(url):
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", ROW_COUNTS_SCRIPT],
        cwd=settings.BASE_DIR,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "intranet.settings.test",
            "DATABASE_URL": url,
        },
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.splitlines()[-1])


def checksum(folder):
    """One digest of every file's path and bytes under `folder`."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def run(*command):
    subprocess.run(command, check=True, capture_output=True)


def back_up_and_restore_sqlite(backups, restored_folder):
    """The README's online backup of the site's database, then the restore:
    the copy put in place as `db.sqlite3` of an empty folder."""
    backup = backups / "intranet-2026-01-31.sqlite3"
    run(
        sys.executable,
        "-c",
        "import sqlite3, sys;"
        " sqlite3.connect(sys.argv[1]).backup(sqlite3.connect(sys.argv[2]))",
        connection.settings_dict["NAME"],
        str(backup),
    )
    restored = restored_folder / "db.sqlite3"
    shutil.copyfile(backup, restored)
    return f"sqlite:///{restored}"


def back_up_and_restore_postgresql(backups, _restored_folder):
    """pg_dump of the site's database in the custom format, then pg_restore
    into an empty database (dropped and created anew), as the README says."""
    if not shutil.which("pg_dump"):
        pytest.skip("PostgreSQL's client programs are not installed")
    backup = backups / "intranet-2026-01-31.dump"
    run(
        "pg_dump",
        "--format=custom",
        "--no-owner",
        "--no-privileges",
        f"--file={backup}",
        database_url(),
    )
    name = f"{connection.settings_dict['NAME']}_restored"
    server = f"--maintenance-db={database_url('postgres')}"
    run("dropdb", server, "--if-exists", name)
    owner = connection.settings_dict["USER"]
    run("createdb", server, f"--owner={owner}", name)
    restored = database_url(name)
    run(
        "pg_restore",
        "--no-owner",
        "--no-privileges",
        "--single-transaction",
        "--exit-on-error",
        f"--dbname={restored}",
        str(backup),
    )
    return restored


def drop_restored_database():
    if connection.vendor == "postgresql":
        name = f"{connection.settings_dict['NAME']}_restored"
        server = f"--maintenance-db={database_url('postgres')}"
        run("dropdb", server, "--if-exists", name)


@pytest.fixture
def site(tmp_path):
    """The seeded site's uploaded files in a `media` folder, as on a server."""
    folder = tmp_path / "site"
    shutil.copytree(settings.MEDIA_ROOT, folder / "media")
    yield folder
    drop_restored_database()


def test_a_site_backed_up_and_restored_is_whole_and_serves_its_pages(site, tmp_path):
    backups = tmp_path / "backups"
    backups.mkdir()
    media = site / "media"
    rows, files = row_counts(database_url()), checksum(media)
    picture = Image.objects.order_by("pk").first()

    # The database first, then the files (a file newer than the copy is a
    # harmless leftover, a missing one a broken picture).
    restored_folder = tmp_path / "restored"
    restored_folder.mkdir()
    back_up_and_restore = {
        "sqlite": back_up_and_restore_sqlite,
        "postgresql": back_up_and_restore_postgresql,
    }[connection.vendor]
    restored_url = back_up_and_restore(backups, restored_folder)
    archive = backups / "media-2026-01-31.tar.gz"
    run(
        "tar",
        "--create",
        "--gzip",
        f"--file={archive}",
        f"--directory={site}",
        media.name,
    )
    shutil.rmtree(media)
    run("tar", "--extract", "--gzip", f"--file={archive}", f"--directory={site}")

    restored_rows = row_counts(restored_url)
    assert sum(rows.values()) > 1000, "the demo content is not in the backup"
    assert restored_rows == rows
    assert checksum(media) == files

    environment = {"DATABASE_URL": restored_url, "MEDIA_ROOT": str(media)}
    with gunicorn(environment, "--workers", "1") as (url, _process):
        cookie = {"Cookie": sign_in(url)}
        home = fetch(url, "/fi/", headers=cookie)
        served_picture = fetch(url, picture.file.url, headers=cookie)
    assert home.status == 200
    assert "<h1>Digimentorit</h1>" in home.body.decode()
    assert served_picture.status == 200
    assert served_picture.body == (media / picture.file.name).read_bytes()
