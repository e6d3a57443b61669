"""The demo's pictures, drawn here rather than downloaded: illustrated
portraits for some mentors and abstract illustrations for some news.

Everything is derived from the name or key alone, so every run draws the same
pixels; the pictures are small PNGs, a few kilobytes each.
"""

import hashlib
import io

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images import get_image_model

TITLE_PREFIX = "demo "
PORTRAIT_SIZE = 240
ILLUSTRATION_SIZE = (960, 540)
BACKDROPS = [(214, 228, 240), (236, 224, 210), (218, 236, 220), (234, 220, 236)]
SKIN = [(241, 200, 170), (224, 172, 132), (198, 140, 100), (141, 94, 62)]
HAIR = [(60, 40, 30), (120, 80, 40), (200, 170, 110), (30, 30, 35), (150, 150, 150)]
CLOTHES = [(11, 61, 110), (122, 46, 14), (46, 107, 48), (107, 42, 107), (15, 95, 95)]


def choices(seed, *palettes):
    """One colour from each palette, picked by bytes of the seed's hash."""
    digest = hashlib.sha256(seed.encode("utf-8")).digest()
    return [palette[digest[i] % len(palette)] for i, palette in enumerate(palettes)]


def portrait(name):
    """A head-and-shoulders figure, as PNG bytes."""
    backdrop, skin, hair, clothes = choices(name, BACKDROPS, SKIN, HAIR, CLOTHES)
    size = PORTRAIT_SIZE
    picture = PillowImage.new("RGB", (size, size), backdrop)
    draw = ImageDraw.Draw(picture)
    draw.ellipse((30, 150, 210, 330), fill=clothes)  # shoulders
    draw.rectangle((103, 120, 137, 165), fill=skin)  # neck
    draw.ellipse((62, 28, 178, 112), fill=hair)  # hair, behind the face
    draw.ellipse((72, 48, 168, 152), fill=skin)  # face
    for eye_x in (100, 140):
        draw.ellipse((eye_x - 5, 92, eye_x + 5, 102), fill=(40, 40, 50))
    draw.arc((100, 105, 140, 135), start=20, end=160, fill=(120, 60, 60), width=3)
    return png(picture)


def illustration(key):
    """Overlapping circles on a two-colour gradient, as PNG bytes."""
    first, second, shape, accent = choices(key, CLOTHES, BACKDROPS, BACKDROPS, HAIR[:3])
    width, height = ILLUSTRATION_SIZE
    picture = PillowImage.new("RGB", ILLUSTRATION_SIZE, first)
    draw = ImageDraw.Draw(picture)
    for x in range(0, width, 8):
        share = x / width
        colour = tuple(
            round(a + (b - a) * share) for a, b in zip(first, second, strict=True)
        )
        draw.rectangle((x, 0, x + 8, height), fill=colour)
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    for i in range(5):
        x, y = digest[i] * width // 256, digest[i + 5] * height // 256
        radius = 60 + digest[i + 10] % 140
        fill = shape if i % 2 else accent
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=fill)
    return png(picture)


def png(picture):
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def ensure_image(title, draw, description):
    """The Wagtail image called `title`, drawn by `draw()` if missing; its
    file is drawn again when the database has it and the storage lost it
    (a database restored without its media)."""
    model = get_image_model()
    image = model.objects.filter(title=title).first()
    if image is None:
        image = model(title=title, description=description)
    elif image.file.storage.exists(image.file.name):
        return image
    filename = f"{hashlib.sha256(title.encode('utf-8')).hexdigest()[:12]}.png"
    image.file = ImageFile(io.BytesIO(draw()), name=filename)
    image.save()
    return image


def mentor_photo(name, description):
    return ensure_image(
        f"{TITLE_PREFIX}portrait:{name}", lambda: portrait(name), description
    )


def news_image(key, description):
    return ensure_image(
        f"{TITLE_PREFIX}illustration:{key}", lambda: illustration(key), description
    )
