"""Draws the site's touch icon and favicon.ico from the shapes of
static/icons/favicon.svg, with Pillow only (run once; the results are
committed): `python scripts/make_icons.py`."""

from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parent.parent / "static" / "icons"
NAVY = "#0b3d6e"
WHITE = "#ffffff"
YELLOW = "#ffbf47"
# Drawn large and scaled down: Pillow draws no anti-aliased shapes.
SCALE = 32


def draw(size, rounded=True):
    unit = SCALE * size / 32
    big = size * SCALE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)

    def box(x0, y0, x1, y1):
        return [x0 * unit, y0 * unit, x1 * unit, y1 * unit]

    def points(*xy):
        return [(x * unit, y * unit) for x, y in xy]

    # iOS rounds the touch icon's corners itself; it wants a full square.
    pen.rounded_rectangle(
        box(0, 0, 32, 32), radius=7 * unit if rounded else 0, fill=NAVY
    )
    # The mentor's speech bubble, with its tail down to the left.
    pen.rounded_rectangle(box(5, 6, 21, 18), radius=3 * unit, fill=WHITE)
    pen.polygon(points((8, 17), (8, 22), (13, 17)), fill=WHITE)
    # The answer, in front, with a navy edge and its tail down to the right.
    pen.rounded_rectangle(box(11.25, 12.25, 27.75, 24.75), radius=3.5 * unit, fill=NAVY)
    pen.rounded_rectangle(box(12, 13, 27, 24), radius=3 * unit, fill=YELLOW)
    pen.polygon(points((20, 23.5), (24, 28), (24, 23.5)), fill=YELLOW)
    return image.resize((size, size), Image.LANCZOS)


def main():
    draw(180, rounded=False).convert("RGB").save(
        ICONS / "apple-touch-icon.png", optimize=True
    )
    draw(48).save(ICONS / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)])


if __name__ == "__main__":
    main()
