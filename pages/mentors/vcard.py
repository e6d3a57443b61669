"""vCard 4.0 (RFC 6350) for a mentor profile, so staff can save the contact.

Every value is escaped or cleaned, so that no field, whatever an editor typed
into it, can end its line and add properties (or cards) of its own.
"""

import re
import unicodedata

from django.http import HttpRequest, HttpResponse
from django.utils.text import slugify

from pages.common.caching.personal import keep_private

# RFC 6350 3.2: lines longer than 75 octets are folded.
MAX_LINE_OCTETS = 75
LINE_BREAK = re.compile(r"\r\n|[\r\n\u0085\u2028\u2029]")
# A number a tel: URI can carry (RFC 3966 visual separators; spaces removed).
TEL_URI_NUMBER = re.compile(r"\+?[0-9][0-9().-]*")


def escape(value):
    """A text value (RFC 6350 3.4): line breaks as \\n, the separators
    escaped, other control characters dropped."""
    text = LINE_BREAK.sub("\n", str(value))
    text = "".join(char for char in text if char == "\n" or not is_control(char))
    return (
        text.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\n", "\\n")
    )


def clean_uri(value):
    """A URI value is not escaped: a URI holds no whitespace or control
    characters, so they are dropped."""
    return "".join(
        char for char in str(value) if not (char.isspace() or is_control(char))
    )


def is_control(char):
    return unicodedata.category(char) == "Cc"


def fold(line):
    """Lines of at most 75 octets, continued after CRLF and a space, never
    splitting a character's UTF-8 bytes."""
    encoded = line.encode()
    parts, start, limit = [], 0, MAX_LINE_OCTETS
    while len(encoded) - start > limit:
        end = start + limit
        while encoded[end] & 0xC0 == 0x80:  # inside a character: step back
            end -= 1
        parts.append(encoded[start:end])
        start, limit = end, MAX_LINE_OCTETS - 1  # the space counts
    parts.append(encoded[start:])
    return b"\r\n ".join(parts).decode()


def telephone(phone) -> str:
    number = phone.replace(" ", "")
    if TEL_URI_NUMBER.fullmatch(number):
        return f"TEL;TYPE=work,voice;VALUE=uri:tel:{number}"
    # Not a plain number ("ext.", a note): kept as text rather than mangled.
    return f"TEL;TYPE=work,voice:{escape(phone)}"


def download(mentor, request: HttpRequest):
    """The mentor's vCard as a file to save."""
    response = HttpResponse(
        for_mentor(mentor, request), content_type="text/vcard; charset=utf-8"
    )
    filename = slugify(mentor.title) or "mentor"
    response["Content-Disposition"] = f'attachment; filename="{filename}.vcf"'
    # Behind the login: for the signed-in reader's browser only.
    return keep_private(response)


def for_mentor(mentor, request: HttpRequest):
    family, _sep, given = _split_name(mentor.title)
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        f"FN:{escape(mentor.title)}",
        f"N:{escape(family)};{escape(given)};;;",
        f"TITLE:{escape(mentor.job_title)}",
        f"EMAIL;TYPE=work:{escape(mentor.email)}",
    ]
    if mentor.phone:
        lines.append(telephone(mentor.phone))
    lines += [
        f"IMPP:{clean_uri(mentor.chat_link)}",
        f"URL:{clean_uri(mentor.get_full_url(request))}",
        "END:VCARD",
    ]
    return "".join(fold(line) + "\r\n" for line in lines)


def _split_name(name):
    """'Anna-Liisa Korhonen' -> ('Korhonen', ' ', 'Anna-Liisa')."""
    given, sep, family = name.rpartition(" ")
    return (family, sep, given) if sep else (name, "", "")
