from django import template

from pages.common.links import web_address

register = template.Library()
register.filter(web_address)
