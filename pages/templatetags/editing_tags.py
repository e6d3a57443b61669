"""Where a signed-in reader may act, the page says so: a link straight to the
admin's form for those who may add a page here, and nothing for others."""

from django import template
from django.apps import apps
from django.urls import reverse

register = template.Library()


@register.inclusion_tag("components/add_page_link.html", takes_context=True)
def add_page_link(context, parent, model, label):
    """`label` linking to the admin's form for a new `model` ("app.Model")
    under `parent`, when the reader may add one there."""
    user = context["request"].user
    # An alias stands in for a page in another language; pages are added
    # under the page it shows.
    parent = parent.alias_of if parent.alias_of_id else parent
    page_model = apps.get_model(model)
    url = None
    if (
        user.is_authenticated
        and page_model.can_create_at(parent)
        and parent.permissions_for_user(user).can_add_subpage()
    ):
        meta = page_model._meta
        url = reverse(
            "wagtailadmin_pages:add", args=(meta.app_label, meta.model_name, parent.pk)
        )
    return {"url": url, "label": label}
