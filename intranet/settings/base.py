"""Settings shared by every environment; each value comes from the environment.

`.env.example` lists every variable. Local defaults are safe for a developer's
machine; `production.py` removes the defaults that are not safe elsewhere.
"""

import datetime
import hashlib
from pathlib import Path

import environ

from .csp import *  # noqa: F403  (Content-Security-Policy)

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env")  # variables already set win

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "pages",
    "pages.common.caching",
    "search",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "accounts.users.apps.NetworkUsersConfig",  # wagtail.users, narrowed
    "accounts.sso",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
    "django_tasks",
    "django_tasks_db",
    # Last: a database snapshot (browser tests restore one) loads apps in this
    # order, and saving a LocaleSynchronization walks the whole page tree.
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
]

MIDDLEWARE = [
    # A database outage is logged as it begins and ends (intranet/outages.py).
    "intranet.middleware.DatabaseOutageMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Before WhiteNoise, so that static files get the Permissions-Policy too.
    "intranet.middleware.PrivacyHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # After WhiteNoise: every page gets its policy, static files need none.
    "intranet.middleware.SitePolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Writes on SQLite wait for the write lock instead of failing.
    "intranet.middleware.SQLiteWritersWaitMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # Django's, with the signed-in user kept in the process per generation.
    "intranet.middleware.RememberedUserMiddleware",
    # With single sign-on on, a session is renewed at the provider every
    # OIDC_RENEW_ID_TOKEN_EXPIRY_SECONDS (settings/sso.py); before the page
    # cache, which would otherwise answer first.
    "accounts.sso.oidc.SessionRefreshMiddleware",
    # An intranet: every view needs a signed-in user unless it is marked
    # with @login_not_required (the login page, /healthz).
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # The admin's views check what they name and who may use them.
    "pages.common.admin_access.AdminAccessMiddleware",
    # Rich text, shared components and page moves know the request.
    "pages.common.access.CurrentRequestMiddleware",
    "pages.common.admin_access.AdminAccessMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "intranet.middleware.RememberLanguageMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Answers a locked-out login with the site's own page.
    "axes.middleware.AxesMiddleware",
    # Last: whole pages from the shared cache, once the reader is known and
    # every other middleware has had its say (pages/common/caching/).
    "intranet.shared_cache.middleware.SharedPageCacheMiddleware",
]

ROOT_URLCONF = "intranet.urls"
WSGI_APPLICATION = "intranet.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "pages.common.caching.personal.context",
            ],
        },
    },
]

# Database: SQLite file by default, PostgreSQL in production.
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
}
# Wagtail's publish action is several writes; a failing request must leave none.
DATABASES["default"]["ATOMIC_REQUESTS"] = True
# Opening a PostgreSQL connection costs each request 15-30 ms, and kept
# connections nearly doubled the measured throughput (benchmarks/load.py):
# kept for a minute, and checked before each reuse (CONN_HEALTH_CHECKS below).
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
# A connection kept open (CONN_MAX_AGE) is checked before a request reuses it:
# after a database restart the next request connects anew instead of failing.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
database_options = DATABASES["default"].setdefault("OPTIONS", {})
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # An unreachable server fails a request within seconds, not after the
    # operating system's TCP timeout of minutes: the site answers 503 meanwhile.
    database_options.setdefault(
        "connect_timeout", env.int("DATABASE_CONNECT_TIMEOUT", default=3)
    )
    # Planner settings for each connection. A random read costs little more
    # than a sequential one on SSD storage: with the default cost, meant for
    # spinning disks, the planner may read the whole search index for a word
    # on most pages rather than use its GIN index, which takes seconds.
    # Behind PgBouncer's transaction pooling, which refuses startup options,
    # set POSTGRES_OPTIONS= and ALTER DATABASE ... SET random_page_cost = 1.1.
    postgres_options = env("POSTGRES_OPTIONS", default="-c random_page_cost=1.1")
    if postgres_options:
        # After any given in DATABASE_URL (?options=...), not instead of them.
        database_options["options"] = (
            f"{database_options.get('options', '')} {postgres_options}".strip()
        )
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL: readers never wait for the writer. A writer waits its turn, for
    # seconds at most, instead of failing at once with "database is locked".
    # Transactions stay DEFERRED: with ATOMIC_REQUESTS, IMMEDIATE makes every
    # request take the write lock and halved the throughput measured under
    # concurrent searches. Requests that may write (POST and the like) take
    # it as they begin (intranet.middleware.SQLiteWritersWaitMiddleware); a
    # GET that writes must do so outside its transaction (search/views.py
    # counts a search after it).
    database_options.setdefault(
        "init_command", "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL"
    )
    database_options.setdefault("timeout", 10)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, else files in CACHE_DIR, which every
# worker process of the machine shares (a page changed in one is fresh in all).
# A Redis that is down or silent costs a call REDIS_TIMEOUT seconds at most
# (connecting, then answering), and after a failure the cache is skipped for
# REDIS_RETRY_AFTER seconds: django-redis with a circuit breaker
# (adapters/django/cache.py, adapters/django_redis.py). Either way a cache
# that fails is a miss, never an error.
REDIS_CACHE = {
    "BACKEND": "adapters.django_redis.CircuitBreakerRedisCache",
    "OPTIONS": {
        "IGNORE_EXCEPTIONS": True,  # a cache outage is no outage
        "SOCKET_CONNECT_TIMEOUT": env.float("REDIS_TIMEOUT", default=0.4),
        "SOCKET_TIMEOUT": env.float("REDIS_TIMEOUT", default=0.4),
        "RETRY_AFTER": env.float("REDIS_RETRY_AFTER", default=10),
    },
}
if env("REDIS_URL", default=""):
    CACHES = {"default": {**REDIS_CACHE, "LOCATION": env("REDIS_URL")}}
else:
    CACHES = {
        "default": {
            "BACKEND": "adapters.django.cache.FileCache",
            "LOCATION": env.path("CACHE_DIR", default=BASE_DIR / ".cache"),
            # Cached pages are a few tens of kB each: 20,000 of them fit in
            # about half a gigabyte of disk.
            "OPTIONS": {"MAX_ENTRIES": env.int("CACHE_MAX_ENTRIES", default=20_000)},
        }
    }
# One database, one cache namespace: a checkout that switches databases, or
# two sites sharing a Redis, never read each other's pages.
_database = DATABASES["default"]
CACHES["default"]["KEY_PREFIX"] = hashlib.sha256(
    f"{_database['ENGINE']}:{_database.get('HOST')}:{_database.get('PORT')}:"
    f"{_database['NAME']}".encode()
).hexdigest()[:12]
# The cache keeps pickled objects of the project's classes, which a process
# cannot read once their module has moved: a release that moves or renames
# one counts VERSION up, and reads none of the previous release's values.
# 2: the modules moved into layers (docs/structure.md).
CACHES["default"]["VERSION"] = 2
# Sessions are read from the cache, written to both: no query per request.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
# Whole pages for signed-in readers (pages/common/caching/): the views whose pages
# are kept, and for how long at most. Every change the site hears of renews
# them at once; one made behind its back (SQL, bulk updates) shows after this.
SHARED_PAGE_CACHE_VIEWS = {"wagtail_serve", "search"}
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)

# Authentication stays pluggable: single sign-on adds its backend here. Axes
# comes first: it refuses a locked-out account or address before any
# password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # With single sign-on on, refuses every password before any backend
    # checks it, but a break-glass administrator's (accounts/sso/passwords.py).
    "accounts.sso.passwords.PasswordsClosedBackend",
    *env.list(
        "AUTHENTICATION_BACKENDS",
        default=["django.contrib.auth.backends.ModelBackend"],
    ),
    # Answers only the provider's callback, and only while SSO is on.
    "accounts.sso.oidc.SignOnBackend",
]
from .sso import *  # noqa: E402, F403

# Failed logins (django-axes; each lockout is logged): an account is refused
# from an address after LOGIN_FAILURE_LIMIT failures from there, so that
# someone guessing elsewhere slows themselves and not the account's owner;
# from everywhere after LOGIN_ACCOUNT_FAILURE_LIMIT; and an address guessing
# at many accounts after LOGIN_ADDRESS_FAILURE_LIMIT. Each pause lasts
# LOGIN_COOLOFF_MINUTES after the last failure (adapters/django_axes.py).
LOGIN_FAILURE_LIMITS = {
    ("username", "ip_address"): env.int("LOGIN_FAILURE_LIMIT", default=5),
    ("username",): env.int("LOGIN_ACCOUNT_FAILURE_LIMIT", default=20),
    ("ip_address",): env.int("LOGIN_ADDRESS_FAILURE_LIMIT", default=30),
}
AXES_LOCKOUT_PARAMETERS = [list(counted) for counted in LOGIN_FAILURE_LIMITS]
AXES_FAILURE_LIMIT = LOGIN_FAILURE_LIMITS[("username", "ip_address")]
AXES_HANDLER = "adapters.django_axes.LoginLimitHandler"
AXES_COOLOFF_TIME = datetime.timedelta(
    minutes=env.int("LOGIN_COOLOFF_MINUTES", default=15)
)
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
# Behind reverse proxies the address is the one the outermost of them saw:
# the TRUSTED_PROXY_COUNT-th entry of X-Forwarded-For from its end (1 behind
# the nginx of docs/production.md), never one the client wrote.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
AXES_CLIENT_IP_CALLABLE = "pages.common.addresses.client_address"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "root"
LOGOUT_REDIRECT_URL = "login"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in [
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    ]
]

# Languages: Finnish first and default; every URL carries its language prefix.
LANGUAGE_CODE = "fi"
LANGUAGES = [("fi", "Suomi"), ("sv", "Svenska"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Helsinki"
USE_TZ = True

# Static files are the project's own (no CDN): WhiteNoise serves them.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Uploaded media is never a public folder: intranet.views.serve_media checks
# the login, then streams the file or hands it to the web server
# (X-Accel-Redirect) when MEDIA_ACCEL_REDIRECT_PREFIX is set.
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
MEDIA_ACCEL_REDIRECT_PREFIX = env("MEDIA_ACCEL_REDIRECT_PREFIX", default="")

# seed_demo creates accounts whose password is published: production.py asks
# for --force.
SEED_DEMO_NEEDS_FORCE = False

# Email
EMAIL_BACKEND = env(
    "EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend"
)
EMAIL_HOST = env("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
# Seconds a mail server may take to answer each step. Without a limit, one
# that accepts and never answers held the worker, and every e-mail queued
# behind, for ever; an attempt that runs out is tried again later.
EMAIL_TIMEOUT = env.float("EMAIL_TIMEOUT", default=10)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="digimentorit@example.invalid")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background work: help requests' e-mails with their retries, and their
# hand-over to the next mentor, go to the "background" queue, kept in the
# site's own database and worked through by `manage.py db_worker --backend
# background` beside the web server (`make run` starts both). TASKS_BACKEND
# moves the queue to a broker when one machine is not enough
# (docs/production.md).
# Wagtail's own tasks (the search index, the reference index) stay in the
# request that saves, as "default": a page published is found at once,
# whether a worker runs or not.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {
        "BACKEND": env("TASKS_BACKEND", default="django_tasks_db.DatabaseBackend"),
    },
}

# Wagtail
WAGTAIL_SITE_NAME = env("WAGTAIL_SITE_NAME", default="Digimentorit")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
# Only the serve view checks document privacy (and the login middleware);
# serve_media refuses /media/documents/. The serve view hands the bytes to
# intranet.views.sendfile, which lets nginx send them as it does media.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
SENDFILE_BACKEND = "intranet.views"
# Every document is a download: none is rendered as a page of the site.
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Moving a document or an image out of a private collection asks to confirm
# it (pages/common/collection_privacy.py).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "pages.common.collection_privacy.DocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "pages.common.collection_privacy.ImageForm"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Draftail, with a message instead of a server error for text it cannot read.
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {"WIDGET": "adapters.wagtail.ReadableDraftailRichTextArea"}
}
# oEmbed with a 2-second deadline; pages remember a failed fetch for an hour.
WAGTAILEMBEDS_FINDERS = [{"class": "pages.common.embeds"}]

# Search. The database backend (search/backends/database.py) analyses each
# object by its own language; it is always configured, so that search can fall
# back on it when Elasticsearch is away.
SEARCH_DATABASE_BACKEND = {"BACKEND": "search.backends.database"}
# Finnish base forms and compound parts from Voikko (search/analysis.py); off,
# or without Voikko installed, Finnish is stemmed by snowball alone.
SEARCH_VOIKKO = env.bool("SEARCH_VOIKKO", default=True)
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL", default="")
if ELASTICSEARCH_URL:
    # One index per language (search/backends/elasticsearch.py). Saves and
    # searches wait on the cluster for TIMEOUT seconds at most; a failed write
    # is caught up by a scheduled `manage.py update_index --backend default`.
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": env("ELASTICSEARCH_INDEX_PREFIX", default="digimentor"),
            "TIMEOUT": env.float("ELASTICSEARCH_TIMEOUT", default=1),
            "REBUILD_TIMEOUT": env.float("ELASTICSEARCH_REBUILD_TIMEOUT", default=60),
            # The cluster has the Raudikko plugin for Finnish analysis.
            "RAUDIKKO": env.bool("ELASTICSEARCH_RAUDIKKO", default=False),
            "FALLBACK": "database",
        },
        "database": SEARCH_DATABASE_BACKEND,
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": SEARCH_DATABASE_BACKEND}

# Searches are counted for the editors' report in batches, this often
# (search/counting.py).
SEARCH_COUNT_SECONDS = env.int("SEARCH_COUNT_SECONDS", default=5)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "filters": {
        "database_outage": {"()": "intranet.outages.QuietDatabaseOutages"},
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        # A database outage is logged once, not with each request's 503.
        "django.request": {"filters": ["database_outage"]},
        # Page actions and background tasks are logged per object: too chatty.
        "wagtail": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        # Failures and lockouts are warnings; the rest is chatter.
        "axes": {"level": "WARNING"},
    },
}
