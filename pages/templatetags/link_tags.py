from django import template

from pages.links import web_address

register = template.Library()
register.filter(web_address)
