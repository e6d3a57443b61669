"""The demo's organisations and mentors, from organisation.yaml and
mentors.yaml (with the mentors' texts from mentors.<language>.yaml)."""

import datetime

from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag

from demo.build import build, ensure_snippet
from demo.images import mentor_photo
from pages.common import topics
from pages.common.languages import source_language
from pages.models import (
    Campus,
    CompetenceArea,
    MentorCampus,
    MentorPage,
    MentorUnit,
    Organisation,
    Topic,
    Unit,
)


def ensure_organisations(locales, data):
    """{organisation, campus or unit key: its row in the source language}"""
    rows = {}
    for key, organisation in data["organisations"].items():
        rows[key] = ensure_snippet(
            Organisation, locales, organisation["name"], kind=organisation["kind"]
        )
    for key, campus in data["campuses"].items():
        rows[key] = ensure_snippet(
            Campus,
            locales,
            campus["name"],
            organisation=rows[campus["organisation"]],
            street_address=campus["street_address"],
            town=campus["town"],
            latitude=campus["latitude"],
            longitude=campus["longitude"],
        )
    for key, unit in data["units"].items():
        row = ensure_snippet(
            Unit,
            locales,
            unit["name"],
            organisation=rows[unit["organisation"]],
            parent=rows[unit["parent"]] if unit["parent"] else None,
        )
        if not row.campuses.exists():
            row.campuses.set([rows[campus] for campus in unit["campuses"]])
            row.save()
        rows[key] = row
    for names in data["topics"]:
        # The tag names its Finnish topic (pages.common.topics); then the translations.
        tag, _created = Tag.objects.get_or_create(name=names[source_language()])
        ensure_snippet(Topic, locales, names, tag=tag)
    return rows


def ensure_mentors(directory, people, texts, rows, users):
    """The mentors' pages in the source language, each with its texts in every
    language to translate: [(page, {language: fields})].

    `texts` is {language: mentors.<language>.yaml}, `rows` the organisation
    rows by key and `users` the demo accounts by username.
    """
    areas = {area.code: area for area in CompetenceArea.objects.all()}
    today = timezone.localdate()
    pages = []
    for person in people:
        slug = slugify(person["name"])
        in_languages = {
            code: mentor_texts(person, slug, in_language, code)
            for code, in_language in texts.items()
        }
        page = directory.get_children().filter(slug=slug).first()
        if page is None:
            mentor = build(MentorPage, in_languages[source_language()])
            mentor.email = f"{slug.replace('-', '.')}@digimentor.example"
            mentor.phone = person["phone"]
            mentor.speaks_finnish = True
            mentor.speaks_swedish = person["speaks_swedish"]
            mentor.speaks_english = person["speaks_english"]
            mentor.role = person["role"]
            mentor.status = person["status"]
            mentor.taking_requests = person["taking_requests"]
            mentor.last_confirmed = today - datetime.timedelta(
                days=person["confirmed_days_ago"]
            )
            mentor.unit_links = [MentorUnit(unit=rows[person["unit"]])]
            mentor.campus_links = [MentorCampus(campus=rows[person["campus"]])]
            mentor.competence_areas = [areas[c] for c in person["competences"]]
            mentor.topics.add(*person["topics"])
            if person.get("photo"):
                # Decorative: the mentor's name is always next to it.
                mentor.photo = mentor_photo(person["name"], description="")
            if "user" in person:
                mentor.user = mentor.owner = users[person["user"]]
            page = directory.add_child(instance=mentor)
            page.save_revision().publish()
        pages.append((page, in_languages))
    return pages


def mentor_texts(person, slug, texts, language):
    tags = [Tag.objects.get(name=name) for name in person["topics"]]
    topic_names = ", ".join(topic.name for topic in topics.named(tags, language))
    return {
        "title": person["name"],
        "slug": slug,
        "job_title": texts["jobs"][person["job"]],
        "how_to_reach": texts["how_to_reach"],
        "office_hours": texts["office_hours"][person["office_hours"]],
        "bio": f"<p>{texts['bio'].format(topics=topic_names)}</p>",
    }
