from django import template

from pages.embeds import embed_html

register = template.Library()
register.simple_tag(embed_html)
