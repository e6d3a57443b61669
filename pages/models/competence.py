from django.db import models
from django.utils.translation import gettext_lazy as _


class CompetenceArea(models.Model):
    """The five areas of digital competence of the network's model.

    A fixed vocabulary: the rows come from a data migration and their names
    from the interface translations, so they are the same in every language.
    """

    class Code(models.TextChoices):
        ICT = "ict", _("ICT skills")
        USING = "using", _("Using and evaluating digital solutions")
        ETHICS = "ethics", _("Ethics of digital solutions")
        REMOTE = "remote", _("Human-centred remote guidance")
        WORK = "work", _("Digital as part of work")

    code = models.CharField(max_length=20, choices=Code.choices, unique=True)

    class Meta:
        verbose_name = _("competence area")
        verbose_name_plural = _("competence areas")
        ordering = ["id"]

    def __str__(self):
        return str(self.get_code_display())
