"""The README is a five-minute read that leads to docs/, one page per subject:
every relative link in them reaches a file, and a heading where it names one."""

import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCS = ROOT / "docs"
README_MOST_LINES = 150

FENCE = re.compile(r"^(```|~~~).*?^\1", re.MULTILINE | re.DOTALL)
INDENTED_CODE = re.compile(r"(?:^\n)((?: {4}.*\n)+)", re.MULTILINE)
INLINE_CODE = re.compile(r"`[^`\n]*`")
LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)


def pages(root):
    return [root / "README.md", *sorted((root / "docs").glob("*.md"))]


def prose(text):
    """The text without code, where brackets and parentheses are not links."""
    text = FENCE.sub("", text)
    text = INDENTED_CODE.sub("\n", text)
    return INLINE_CODE.sub("", text)


def slug(heading):
    """The anchor GitHub gives a heading: lower case, punctuation dropped,
    spaces as hyphens."""
    text = heading.strip().lower()
    kept = "".join(
        character
        for character in text
        if character in " -_" or unicodedata.category(character)[0] in "LN"
    )
    return kept.replace(" ", "-")


def anchors(path):
    """Every anchor of a Markdown file's headings, numbered as GitHub numbers
    repeated ones."""
    seen = {}
    found = set()
    for heading in HEADING.findall(FENCE.sub("", path.read_text())):
        anchor = slug(heading)
        count = seen.get(anchor, 0)
        found.add(anchor if count == 0 else f"{anchor}-{count}")
        seen[anchor] = count + 1
    return found


def relative_links(path):
    for target in LINK.findall(prose(path.read_text())):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE):
            continue  # http:, https:, mailto:
        yield target


def broken_links(root):
    broken = []
    for page in pages(root):
        for target in relative_links(page):
            address, _hash, anchor = target.partition("#")
            linked = (page.parent / address).resolve() if address else page
            name = f"{page.relative_to(root)}: {target}"
            if not linked.exists():
                broken.append(f"{name} (no such file)")
            elif anchor and linked.suffix == ".md" and anchor not in anchors(linked):
                broken.append(f"{name} (no such heading)")
    return broken


def test_every_relative_link_in_the_readme_and_docs_leads_somewhere():
    assert broken_links(ROOT) == []


def test_a_link_to_a_missing_file_or_heading_is_reported(tmp_path):
    # The check itself: a wrong file name and a wrong heading both count.
    (tmp_path / "docs").mkdir()
    (tmp_path / "README.md").write_text(
        "# Title\n\nSee [setup](docs/setup.md#running-it) and [gone](docs/gone.md),"
        " [here](#title) and [there](#nowhere); `[code](not-a-link.md)`.\n"
    )
    (tmp_path / "docs" / "setup.md").write_text("# Setup\n\n## Running it\n")

    assert broken_links(tmp_path) == [
        "README.md: docs/gone.md (no such file)",
        "README.md: #nowhere (no such heading)",
    ]


def test_every_docs_page_is_linked_from_the_readme():
    linked = {
        (README.parent / target.partition("#")[0]).resolve()
        for target in relative_links(README)
    }
    assert [page.name for page in sorted(DOCS.glob("*.md")) if page not in linked] == []


def test_the_readme_stays_a_short_read():
    lines = README.read_text().count("\n")
    assert lines <= README_MOST_LINES, (
        f"README.md has {lines} lines: move the detail to a page in docs/"
    )


def test_headings_get_githubs_anchors():
    assert slug("Scheduling, revisions and moderation") == (
        "scheduling-revisions-and-moderation"
    )
    assert slug("`.env`") == "env"
    assert slug("When a service is down") == "when-a-service-is-down"
