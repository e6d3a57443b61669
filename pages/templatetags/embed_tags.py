from django import template

from pages.common.embeds import embed_html

register = template.Library()
register.simple_tag(embed_html)
