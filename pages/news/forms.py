from pages.common.organisation_forms import SourceLanguageLinksForm


class NewsPageForm(SourceLanguageLinksForm):
    checked_links = [("audience_units", "unit"), ("audience_campuses", "campus")]
