"""Initials avatars for mentors without a photo.

The background comes from a fixed palette, picked by a hash of the name so a
person keeps their colour on every page and after a restart (Python's own
hash() changes between processes). Every colour is dark enough for white
initials to pass WCAG AA (4.5:1); tests check each one, and that the
stylesheet's avatar classes use these very colours.
"""

import hashlib

TEXT_COLOUR = "#ffffff"
PALETTE = [
    "#0b3d6e",  # navy
    "#7a2e0e",  # rust
    "#2e6b30",  # forest
    "#6b2a6b",  # plum
    "#8a1c3b",  # wine
    "#0f5f5f",  # teal
    "#45457f",  # indigo
    "#5c4a00",  # olive
]


def initials(name):
    """The first letters of the first and last word: "Anna-Liisa Virtanen"
    gives "AV", "Cher" gives "C"."""
    words = [word for word in name.split() if word[:1].isalpha()]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][0].upper()
    return (words[0][0] + words[-1][0]).upper()


def palette_index(name):
    digest = hashlib.sha256(name.strip().casefold().encode("utf-8")).digest()
    return digest[0] % len(PALETTE)


def relative_luminance(colour):
    """WCAG 2 relative luminance of a #rrggbb colour."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [
        c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels
    ]
    red, green, blue = linear
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first, second):
    lighter, darker = sorted(
        (relative_luminance(first), relative_luminance(second)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)
