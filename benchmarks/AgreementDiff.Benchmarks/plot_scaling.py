#!/usr/bin/env python3
"""Draws the aligner scaling curve (naive all pairs against indexed) as an SVG from BenchmarkDotNet's CSV report.

Standard library only (no matplotlib on the build machine):
    python3 benchmarks/AgreementDiff.Benchmarks/plot_scaling.py \
        BenchmarkDotNet.Artifacts/results/AgreementDiff.Benchmarks.AlignerScalingBenchmarks-report.csv \
        benchmarks/AgreementDiff.Benchmarks/aligner-scaling.svg
Both axes are logarithmic: a cost linear in N is a line of slope 1.
"""
import csv
import math
import sys

UNITS = {"ns": 1e-6, "us": 1e-3, "μs": 1e-3, "ms": 1.0, "s": 1000.0}


def milliseconds(text):
    value, unit = text.replace(",", "").split()
    return float(value) * UNITS[unit]


def read(path):
    series = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row.get("Mean", "NA") in ("NA", ""):
                continue
            series.setdefault(row["Method"].strip("'"), []).append((int(row["Agreements"]), milliseconds(row["Mean"])))
    return {name: sorted(points) for name, points in series.items()}


def svg(series, width=720, height=400):
    left, right, top, bottom = 70, 240, 30, 50
    xs = [x for points in series.values() for x, _ in points]
    ys = [y for points in series.values() for _, y in points]
    x0, x1 = math.log10(min(xs)), math.log10(max(xs))
    y0, y1 = math.floor(math.log10(min(ys))), math.ceil(math.log10(max(ys)))
    px = lambda x: left + (math.log10(x) - x0) / max(x1 - x0, 1e-9) * (width - left - right)
    py = lambda y: height - bottom - (math.log10(y) - y0) / max(y1 - y0, 1e-9) * (height - top - bottom)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="{left}" y="18" font-size="14">Aligning 001\'s clauses against N synthetic agreements (mean of 3 runs)</text>']
    for e in range(y0, y1 + 1):
        y = py(10 ** e)
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="#ddd"/>')
        label = f"{10 ** e:g} ms" if e < 3 else f"{10 ** (e - 3):g} s"
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{label}</text>')
    for x in sorted(set(xs)):
        out.append(f'<line x1="{px(x):.1f}" y1="{top}" x2="{px(x):.1f}" y2="{height - bottom}" stroke="#ddd"/>')
        out.append(f'<text x="{px(x):.1f}" y="{height - bottom + 16}" text-anchor="middle">{x:,}</text>')
    out.append(f'<text x="{(left + width - right) / 2:.1f}" y="{height - 10}" text-anchor="middle">agreements in the corpus (N)</text>')
    colours = ["#c0392b", "#2471a3", "#229954", "#7d3c98"]
    for i, (name, points) in enumerate(sorted(series.items())):
        colour = colours[i % len(colours)]
        path = " ".join(f"{'M' if k == 0 else 'L'}{px(x):.1f},{py(y):.1f}" for k, (x, y) in enumerate(points))
        out.append(f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for x, y in points:
            out.append(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="3" fill="{colour}"><title>{name}, N = {x}: {y:,.2f} ms</title></circle>')
        out.append(f'<text x="{width - right + 8}" y="{top + 20 + 18 * i}" fill="{colour}">{name}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write(svg(read(sys.argv[1])))
