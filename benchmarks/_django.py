"""Django set up for the in-process benchmarks, as in production: imported
first, before any model."""

import os
import sys
import tempfile
import warnings
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "intranet.settings")
os.environ.setdefault("DEBUG", "0")  # as in production: no query log
# A cache of the run's own: nothing kept from another database or run.
os.environ.setdefault("CACHE_DIR", tempfile.mkdtemp(prefix="intranet-bench-cache-"))

# DEBUG off without collectstatic: WhiteNoise says so once; not a figure.
warnings.filterwarnings("ignore", message="No directory at")

django.setup()
