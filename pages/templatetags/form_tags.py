from django import template

register = template.Library()


@register.simple_tag
def active_filters(form):
    """The filters a bound, valid form applies, as the reader chose them:
    a choice by its label, a text as typed. A page of results is not one."""
    if not form.is_bound or not form.is_valid():
        return []
    active = []
    for name, value in form.cleaned_data.items():
        if value in (None, "", [], ()):
            continue
        field = form.fields[name]
        labels = dict(getattr(field, "choices", ()))
        active.append(str(labels.get(value, value)))
    return active
