#!/usr/bin/env python3
"""Draws the package icon (assets/icon.png): two clause columns, joined, with a deleted and an inserted line.

Standard library only, so that anyone can regenerate the committed PNG: python3 tools/make-icon.py
"""
import pathlib
import struct
import zlib

SIZE = 128
BACKGROUND = (24, 62, 112)      # deep blue
PAGE = (250, 250, 247)
TEXT = (150, 160, 175)
DELETED = (214, 69, 65)
INSERTED = (46, 160, 67)
LINK = (255, 196, 61)

pixels = [[BACKGROUND] * SIZE for _ in range(SIZE)]


def rect(x0, y0, x1, y1, colour):
    for y in range(max(0, y0), min(SIZE, y1)):
        for x in range(max(0, x0), min(SIZE, x1)):
            pixels[y][x] = colour


def round_corners(radius):
    for y in range(SIZE):
        for x in range(SIZE):
            cx = radius if x < radius else SIZE - 1 - radius if x >= SIZE - radius else x
            cy = radius if y < radius else SIZE - 1 - radius if y >= SIZE - radius else y
            if (x - cx) ** 2 + (y - cy) ** 2 > radius * radius:
                pixels[y][x] = None   # transparent


# two pages, each with clause lines; the left has a deleted line, the right an inserted one
for left, marked, colour in ((12, 2, DELETED), (70, 3, INSERTED)):
    rect(left, 16, left + 46, 112, PAGE)
    for row in range(6):
        y = 26 + row * 14
        width = 34 if row % 3 else 26
        rect(left + 6, y, left + 6 + width, y + 6, colour if row == marked else TEXT)

# the alignment link between the two columns
rect(58, 53, 70, 57, LINK)
rect(58, 81, 70, 85, LINK)
round_corners(18)

raw = b"".join(
    b"\x00" + b"".join(bytes((*p, 255)) if p else b"\x00\x00\x00\x00" for p in row) for row in pixels)


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


png = (b"\x89PNG\r\n\x1a\n"
       + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
       + chunk(b"IDAT", zlib.compress(raw, 9))
       + chunk(b"IEND", b""))
target = pathlib.Path(__file__).resolve().parent.parent / "assets" / "icon.png"
target.write_bytes(png)
print(f"{target}: {len(png)} bytes")
