"""Who may publish, unpublish and reorder in the minutes section.

Mentors hold "add" and "publish" on the minutes index (pages/roles.py).
Wagtail already limits "add" to the pages one owns (editing, deleting and
moving them), but lets "publish" reach every page under the index: without
this rule any mentor could unpublish, restrict or reorder anyone's minutes.
Whoever may change every page there (editors, coordinators) keeps it all.
"""

from wagtail.models import PagePermissionTester


class OwnMinutesPermissionTester(PagePermissionTester):
    def changes_every_page(self) -> bool:
        return self.user.is_superuser or "change" in self.permissions

    def publishes_this_page(self) -> bool:
        return self.changes_every_page() or self.page.owner_id == self.user.pk

    def can_publish(self) -> bool:
        # can_set_view_restrictions and can_unschedule follow this too.
        return super().can_publish() and self.publishes_this_page()

    def can_unpublish(self) -> bool:
        return super().can_unpublish() and self.publishes_this_page()

    def can_reorder_children(self) -> bool:
        return super().can_reorder_children() and self.changes_every_page()
