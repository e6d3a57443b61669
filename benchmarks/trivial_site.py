"""The yardstick of benchmarks/throughput.py: the least a Django site can do,
a settings module of its own with no app, no database and no middleware,
answering "ok". Served by gunicorn as `benchmarks.trivial_site:application`.
"""

import os

from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

SECRET_KEY = "trivial-benchmark-site"
DEBUG = False
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = __name__
MIDDLEWARE = []
INSTALLED_APPS = []
DATABASES = {}
USE_I18N = False


def ok(request):
    return HttpResponse("ok")


urlpatterns = [path("", ok)]

os.environ["DJANGO_SETTINGS_MODULE"] = __name__
application = get_wsgi_application()
