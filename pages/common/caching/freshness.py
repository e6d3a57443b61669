"""When a cached page stops being right: a change in the database, or time.

Every save, delete or membership change of a model, other than the records
reading itself writes (sessions, search counts, renditions, task results...),
gives the site a new generation, a random token in the shared cache: keys
made with the old one are never read again. The token changes at once, for
the rest of the request's own transaction, and again once the transaction has
committed, so that a worker which read the old rows meanwhile cannot have
kept them under the new token.

Time changes pages too (an event passes, a profile turns stale at midnight):
`next_change()` is the earliest moment at which some page would render
differently, registered per section with `register_clock`, and it is part of
every key, so that passing it opens new keys.

A cache that is away when a change commits (Redis restarting, paused, out
of reach) cannot take the new generation, and once back it would serve the
old one's pages for PAGE_CACHE_SECONDS. So the new token is read back after
it is written, and a change whose token the cache did not take is recorded in
the database (MissedChange); each process looks for such records once a
MISSED_CHECK_SECONDS, outside transactions, and gives the cache a new
generation as soon as it takes one.

Changes made without signals (bulk updates, an HR sync writing SQL) show once
the cached pages expire: PAGE_CACHE_SECONDS.
"""

import datetime
import logging
import secrets
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.db.models import Max
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone

from pages.common.caching.models import MissedChange

logger = logging.getLogger(__name__)

GENERATION_KEY = "site-generation"

# This thread's changes not yet committed (site_changed).
_local = threading.local()

# remembered_here: values of the current generation, in this process; a
# change made without signals (SQL, an HR sync) shows within HERE_SECONDS.
_here: dict[str, Any] = {}
MAX_REMEMBERED_HERE = 10_000
HERE_SECONDS = 60

# Rows written while pages are read, or that no page shows: their saves leave
# the cached pages as they are.
UNSEEN_MODELS = {
    "sessions.session",
    "axes.accessattempt",
    "axes.accesslog",
    "axes.accessfailurelog",
    "wagtailsearch.indexentry",
    "wagtailsearch_promotions.query",
    "wagtailsearch_promotions.querydailyhits",
    "wagtailsearchpromotions.query",
    "wagtailsearchpromotions.querydailyhits",
    "wagtailimages.rendition",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.referenceindex",
    "wagtailcore.taskstate",
    "wagtailcore.workflowstate",
    "wagtailcore.comment",
    "wagtailcore.pagesubscription",
    "wagtailadmin.editingsession",
    "wagtailusers.userprofile",
    "django_tasks_database.dbtaskresult",
    "django_tasks_db.dbtaskresult",
    # Help requests show on their own, personal pages only (pages/help/).
    "pages.helprequest",
    "pages.helprequest_passed_by",
    "pages.helpfeedback",
    "pages.timeentry",
    # The record of a change itself (its saves would record more).
    "caching.missedchange",
}

# A sign-in writes last_login, and single sign-on the name and address again:
# nothing a cached page shows (a reader's own name is put in as the page is
# served). The admin's user form saves every field.
UNSEEN_USER_FIELDS = {"last_login", "first_name", "last_name", "email"}

# Seconds between two looks, in each process, for changes the cache missed:
# at most this long after the cache is back, every process serves them. A
# look is one query, so pages from the cache ask the database once a second,
# not each time; after a look the database did not answer, once in a while
# (pages from the cache need no database: one that hangs would hold them up).
MISSED_CHECK_SECONDS = 1
MISSED_CHECK_SECONDS_AFTER_ERROR = 30
_missed = {"next_look": 0.0}

# A section's clock: the first moment after `now` at which its pages change
# with nothing saved, or None.
Clock = Callable[[datetime.datetime], datetime.datetime | None]
_clocks: list[Clock] = []
_T = TypeVar("_T")


def register_clock(next_change: Clock) -> Clock:
    """`next_change(now)`: the first moment after `now` at which a page of a
    section renders differently with nothing saved, or None."""
    _clocks.append(next_change)
    return next_change


def generation() -> str | None:
    """The site's current generation: a new token after every change. None
    when the cache keeps nothing, so that nothing is served from it."""
    try:
        token = cache.get(GENERATION_KEY)
        if token is None:
            # A new cache, or one that lost the key: start a generation no
            # earlier key can share. Two workers racing both keep the first.
            cache.add(GENERATION_KEY, secrets.token_hex(8), None)
            token = cache.get(GENERATION_KEY)
    except Exception:
        logger.warning("Cache unavailable: pages are not cached", exc_info=True)
        return None
    if token:
        token = caught_up(token)
    uncommitted = getattr(_local, "uncommitted", None)
    if token and uncommitted and transaction.get_connection().in_atomic_block:
        return f"{token}.{uncommitted}"
    return token


def remembered_here(name: str, compute: Callable[[], _T]) -> _T:
    """`compute()`, kept in this process's memory until the site's next
    change, for HERE_SECONDS at most: for what a request needs on every page
    (the signed-in user, the reader's kind, their feed key), where even a read
    from the shared cache costs."""
    token = generation()
    if token is None:
        return compute()
    now = time.monotonic()
    if (
        _here.get("token") != token
        or now - _here.get("since", now) > HERE_SECONDS
        or len(_here) > MAX_REMEMBERED_HERE
    ):
        _here.clear()
        _here.update(token=token, since=now)
    if name not in _here:
        _here[name] = compute()
    return _here[name]


def remembered(name: str, compute: Callable[[], _T]) -> _T:
    """`compute()`, kept in the cache until the site's next change."""
    token = generation()
    if token is None:
        return compute()
    key = f"{name}:{token}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, settings.PAGE_CACHE_SECONDS)
    return value


def remembered_many(
    names: Iterable[str], compute: Callable[[list[str]], dict[str, Any]]
) -> dict[str, Any]:
    """Values by name, each kept in the cache until the site's next change:
    `compute(missing)` gives {name: value} for the names not kept yet. One
    read from the cache for them all."""
    token = generation()
    if token is None:
        return compute(list(names))
    keys = {name: f"{name}:{token}" for name in names}
    found = cache.get_many(list(keys.values()))
    values = {name: found[key] for name, key in keys.items() if key in found}
    missing = [name for name in keys if name not in values]
    if missing:
        computed = compute(missing)
        cache.set_many(
            {keys[name]: value for name, value in computed.items()},
            settings.PAGE_CACHE_SECONDS,
        )
        values.update(computed)
    return values


def new_generation() -> None:
    if renewed() is None:
        try:
            MissedChange.objects.create()
        except DatabaseError:
            logger.error(
                "Neither the cache nor the database took a change: pages may "
                "be stale for PAGE_CACHE_SECONDS",
                exc_info=True,
            )


def renewed() -> str | None:
    """A new generation, if the cache took it (read back: a cache that is
    away swallows the write), else None."""
    token = secrets.token_hex(8)
    try:
        cache.set(GENERATION_KEY, token, None)
        if cache.get(GENERATION_KEY) == token:
            return token
    except Exception:
        logger.warning("Cache unavailable: generation not renewed", exc_info=True)
    return None


def caught_up(token) -> str:
    """`token`, or a new generation if a change the cache missed is on
    record. Looked for once a MISSED_CHECK_SECONDS, and only outside a
    transaction: the middleware asks before the view's, and the records
    deleted here are a write that a reading request's transaction must not
    make (SQLite)."""
    now = time.monotonic()
    if now < _missed["next_look"] or transaction.get_connection().in_atomic_block:
        return token
    _missed["next_look"] = now + MISSED_CHECK_SECONDS
    try:
        last = MissedChange.objects.aggregate(last=Max("pk"))["last"]
        if last is None:
            return token
        fresh = renewed()
        if fresh is None:
            return token  # the cache is away still: looked for again later
        MissedChange.objects.filter(pk__lte=last).delete()
    except DatabaseError:
        # Its outage is logged where the site answers 503.
        _missed["next_look"] = time.monotonic() + MISSED_CHECK_SECONDS_AFTER_ERROR
        return token
    logger.info("Cache given a new generation for changes it missed")
    return fresh


def site_changed() -> None:
    """Inside a transaction, its own reads (a management command, a test)
    see a generation of their own at once, and every worker a new one once it
    commits: one write to the cache per transaction, however many saves.
    Requests read the cache outside their transaction (ATOMIC_REQUESTS wraps
    the view alone), so they only ever see committed generations."""
    if not transaction.get_connection().in_atomic_block:
        new_generation()
        return
    _local.uncommitted = secrets.token_hex(4)
    transaction.on_commit(_committed)


def _committed() -> None:
    if getattr(_local, "uncommitted", None):
        _local.uncommitted = None
        new_generation()


def next_change(token: str, now: datetime.datetime | None = None) -> datetime.datetime:
    """The next moment a page changes by time alone: worked out once per
    generation in each process, and again once it has passed."""
    now = now or timezone.now()
    key = f"next-change:{token}"
    moment = _here.get(key) if _here.get("token") == token else None
    if moment is None or moment <= now:
        moment = min(
            [
                next_midnight(now),
                *(m for clock in _clocks if (m := clock(now)) is not None),
            ]
        )
        if _here.get("token") != token:
            _here.clear()
            _here.update(token=token, since=time.monotonic())
        _here[key] = moment
    return moment


def next_midnight(now: datetime.datetime) -> datetime.datetime:
    # Dates shown and compared (a stale profile, a guide due for review) turn
    # at midnight in the site's time zone.
    today = timezone.localdate(now)
    tomorrow = datetime.datetime.combine(
        today + datetime.timedelta(days=1), datetime.time()
    )
    return timezone.make_aware(tomorrow)


def _is_seen(sender) -> bool:
    return sender._meta.label_lower not in UNSEEN_MODELS


@receiver(post_save)
def _saved(sender, update_fields=None, **kwargs) -> None:
    if not _is_seen(sender):
        return
    if (
        update_fields
        and set(update_fields) <= UNSEEN_USER_FIELDS
        and sender._meta.label_lower == settings.AUTH_USER_MODEL.lower()
    ):
        return
    site_changed()


@receiver(post_delete)
def _deleted(sender, **kwargs) -> None:
    if _is_seen(sender):
        site_changed()


@receiver(m2m_changed)
def _memberships_changed(sender, action, pk_set=None, **kwargs) -> None:
    if not action.startswith("post_") or (pk_set is not None and not pk_set):
        return  # before the change, or a change that changed nothing
    if _is_seen(sender):
        site_changed()
