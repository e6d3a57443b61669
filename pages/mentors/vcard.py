"""vCard 4.0 (RFC 6350) for a mentor profile, so staff can save the contact."""


def escape(value):
    return (
        str(value)
        .replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def for_mentor(mentor, request):
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
        lines.append(
            f"TEL;TYPE=work,voice;VALUE=uri:tel:{mentor.phone.replace(' ', '')}"
        )
    lines += [
        f"IMPP:{escape(mentor.chat_link)}",
        f"URL:{escape(mentor.get_full_url(request))}",
        "END:VCARD",
    ]
    return "\r\n".join(lines) + "\r\n"


def _split_name(name):
    """'Anna-Liisa Korhonen' -> ('Korhonen', ' ', 'Anna-Liisa')."""
    given, sep, family = name.rpartition(" ")
    return (family, sep, given) if sep else (name, "", "")
