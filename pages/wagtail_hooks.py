from wagtail import hooks

from pages.translation import is_untranslated_alias
from pages.views import render_untranslated_notice


@hooks.register("before_serve_page")
def notice_instead_of_untranslated_alias(page, request, serve_args, serve_kwargs):
    if is_untranslated_alias(page):
        return render_untranslated_notice(request, page)
    return None
