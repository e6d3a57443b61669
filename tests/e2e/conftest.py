import os

# Playwright's sync API keeps an event loop running in the test thread, which
# makes Django refuse the (still synchronous) database calls of test set-up.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
