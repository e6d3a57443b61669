import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from pages.common import topics

register = template.Library()

# As django.utils.html.json_script: nothing in the data can close the tag.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def person_jsonld(context, mentor):
    """schema.org Person data for a mentor profile."""
    request = context["request"]
    data = {
        "@context": "https://schema.org",
        "@type": "Person",
        "name": mentor.title,
        "jobTitle": mentor.job_title,
        "email": f"mailto:{mentor.email}",
        "url": mentor.get_full_url(request),
        "knowsLanguage": mentor.language_names,
        "knowsAbout": [str(area) for area in mentor.competence_areas.all()]
        + [topic.name for topic in topics.named(mentor.topics.all())],
        "workLocation": [
            {"@type": "Place", "name": name} for name in context["campus_names"]
        ],
    }
    if mentor.phone:
        data["telephone"] = mentor.phone
    payload = json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES)
    return format_html(
        '<script type="application/ld+json">{}</script>', mark_safe(payload)
    )
