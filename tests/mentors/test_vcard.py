import pytest

from pages.factories import MentorPageFactory

pytestmark = pytest.mark.django_db


def vcard_lines(client, mentor):
    response = client.get(mentor.url + "vcard/")
    assert response.status_code == 200
    card = response.content.decode()
    assert card.endswith("\r\n")
    return card[: -len("\r\n")].split("\r\n")


def test_hostile_name_and_phone_add_no_lines_to_the_vcard(staff_client):
    mentor = MentorPageFactory(
        title="Eve\r\nEND:VCARD\nBEGIN:VCARD\rFN:Mallory; Admin,\\\x07 Korhonen",
        job_title="nurse\x01\x1b[31m\u2028ward",
        phone="+358 40 123\r\nTEL:666",
    )
    lines = vcard_lines(staff_client, mentor)
    properties = [line for line in lines if not line.startswith(" ")]
    assert properties[:7] == [
        "BEGIN:VCARD",
        "VERSION:4.0",
        "FN:Eve\\nEND:VCARD\\nBEGIN:VCARD\\nFN:Mallory\\; Admin\\,\\\\ Korhonen",
        "N:Korhonen;Eve\\nEND:VCARD\\nBEGIN:VCARD\\nFN:Mallory\\; Admin\\,\\\\;;;",
        "TITLE:nurse[31m\\nward",
        f"EMAIL;TYPE=work:{mentor.email}",
        "TEL;TYPE=work,voice:+358 40 123\\nTEL:666",
    ]
    assert [line.split(":")[0] for line in properties[7:]] == ["IMPP", "URL", "END"]
    assert lines.count("BEGIN:VCARD") == lines.count("END:VCARD") == 1


def test_plain_phone_number_is_a_tel_uri(staff_client):
    mentor = MentorPageFactory(phone="+358 40 123 4567")
    lines = vcard_lines(staff_client, mentor)
    assert "TEL;TYPE=work,voice;VALUE=uri:tel:+358401234567" in lines


def test_long_lines_are_folded_at_75_octets_between_characters(staff_client):
    job_title = "digitukihenkilö ja sairaanhoitaja, päivystys " * 4
    mentor = MentorPageFactory(job_title=job_title)
    lines = vcard_lines(staff_client, mentor)
    assert all(len(line.encode()) <= 75 for line in lines)
    unfolded = "\r\n".join(lines).replace("\r\n ", "")
    escaped = job_title.replace(",", "\\,")
    assert "TITLE:" + escaped in unfolded.split("\r\n")
