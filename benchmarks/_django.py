"""Django set up for the in-process benchmarks, as in production: imported
first, before any model."""

import os
import sys
import warnings
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "intranet.settings")
os.environ.setdefault("DEBUG", "0")  # as in production: no query log

# DEBUG off without collectstatic: WhiteNoise says so once; not a figure.
warnings.filterwarnings("ignore", message="No directory at")

django.setup()
