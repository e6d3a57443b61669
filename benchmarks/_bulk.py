"""Thousands of pages in Wagtail's tree at once, inserted as rows: adding them
one by one through the tree API takes many minutes (hours for 50,000).

`add_children` writes the rows of Wagtail's page table, placed after the
parent's last child in treebeard's materialised path; `insert_rows` writes the
page type's own table, whose columns differ per benchmark.
"""

import uuid

import _django  # noqa: F401  (sets Django up)
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from wagtail.models import Page


def add_children(parent, model, titles_and_slugs, published_at=None):
    """Live pages of `model` under `parent`, one per (title, slug), saved
    (with their ids) but without their rows in the model's own table."""
    content_type = ContentType.objects.get_for_model(model)
    last_child = parent.get_last_child()
    last_step = step_number(last_child.path[-Page.steplen :]) if last_child else 0
    pages = [
        Page(
            title=title,
            draft_title=title,
            slug=slug,
            content_type=content_type,
            locale_id=parent.locale_id,
            translation_key=uuid.uuid4(),
            live=True,
            first_published_at=published_at,
            last_published_at=published_at,
            path=parent.path + path_step(last_step + n + 1),
            depth=parent.depth + 1,
            numchild=0,
            url_path=f"{parent.url_path}{slug}/",
        )
        for n, (title, slug) in enumerate(titles_and_slugs)
    ]
    Page.objects.bulk_create(pages, batch_size=1000)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))
    return pages


def insert_rows(model, columns, rows):
    """Rows of a page type's own table: `columns` as in SQL, a tuple per row."""
    placeholders = ", ".join(["%s"] * len(rows[0]))
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {model._meta.db_table} ({columns}) VALUES ({placeholders})",
            rows,
        )


# A path is fixed-width steps, each a number written in the tree's alphabet.
def path_step(number):
    digits = []
    while number:
        number, digit = divmod(number, len(Page.alphabet))
        digits.append(Page.alphabet[digit])
    return "".join(reversed(digits)).rjust(Page.steplen, Page.alphabet[0])


def step_number(step):
    number = 0
    for character in step:
        number = number * len(Page.alphabet) + Page.alphabet.index(character)
    return number
