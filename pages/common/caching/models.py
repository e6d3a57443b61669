from django.db import models


class MissedChange(models.Model):
    """A change committed while the shared cache could not take the site's
    new generation (freshness.py): kept here, where a cache outage cannot
    lose it, until a worker has given the cache its new generation."""

    committed_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.pk}: {self.committed_at:%Y-%m-%d %H:%M:%S}"
