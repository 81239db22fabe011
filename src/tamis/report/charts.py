"""Charts as inline SVG strings (no scripts, no fonts, no external references); every label is
escaped, since reasons and languages come from the data."""
from __future__ import annotations

from html import escape

BAR_H = 18
GAP = 6
COLORS = ("#3b6ea5", "#c8553d", "#6a994e", "#8d6a9f", "#d4a017")


def _fmt(v: float, unit: str = "") -> str:
    if unit == "s":
        return f"{v:.2f} s" if v < 100 else f"{v:,.0f} s"
    return f"{int(v):,}{unit}"


def bars(items: list[tuple[str, float]], title: str, unit: str = "", width: int = 560, top: int = 15) -> str:
    """A horizontal bar chart of (label, value), largest first; the rest summed as "other"."""
    items = sorted(items, key=lambda kv: -kv[1])
    if len(items) > top:
        rest = sum(v for _, v in items[top - 1:])
        items = [*items[: top - 1], ("(other)", rest)]
    if not items:
        return f'<p class="empty">{escape(title)}: none</p>'
    label_w = min(230, max(60, 7 * max(len(k) for k, _ in items)))
    plot_w = width - label_w - 90
    vmax = max(v for _, v in items) or 1
    h = len(items) * (BAR_H + GAP) + 28
    parts = [f'<svg class="chart" role="img" width="{width}" height="{h}" viewBox="0 0 {width} {h}" '
             f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>',
             f'<text x="0" y="14" class="ct">{escape(title)}</text>']
    for n, (label, v) in enumerate(items):
        y = 24 + n * (BAR_H + GAP)
        w = max(1.0, plot_w * v / vmax) if v else 0
        short = label if len(label) <= 34 else label[:33] + "…"
        parts.append(f'<text x="{label_w - 6}" y="{y + 13}" text-anchor="end" class="cl">'
                     f'{escape(short)}</text>'
                     f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{BAR_H}" fill="{COLORS[0]}">'
                     f'<title>{escape(label)}: {escape(_fmt(v, unit))}</title></rect>'
                     f'<text x="{label_w + w + 4:.1f}" y="{y + 13}" class="cv">'
                     f'{escape(_fmt(v, unit))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def histogram(labels: list[str], series: list[tuple[str, list[int]]], title: str, width: int = 560) -> str:
    """Vertical bars per bin, one colour per series (side by side), with a legend."""
    if not labels or not any(sum(c) for _, c in series):
        return f'<p class="empty">{escape(title)}: none</p>'
    # Trim empty bins at both ends so the chart uses its width.
    nz = [i for i in range(len(labels)) if any(c[i] for _, c in series)]
    lo, hi = nz[0], nz[-1] + 1
    labels = labels[lo:hi]
    series = [(name, c[lo:hi]) for name, c in series]
    h, base, left = 220, 170, 50
    plot_w = width - left - 10
    slot = plot_w / len(labels)
    bw = max(2.0, (slot - 4) / len(series))
    vmax = max(max(c) for _, c in series) or 1
    parts = [f'<svg class="chart" role="img" width="{width}" height="{h}" viewBox="0 0 {width} {h}" '
             f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>',
             f'<text x="0" y="14" class="ct">{escape(title)}</text>',
             f'<line x1="{left}" y1="{base}" x2="{width - 10}" y2="{base}" stroke="#999"/>',
             f'<text x="{left - 4}" y="34" text-anchor="end" class="cv">{vmax:,}</text>']
    for s, (name, counts) in enumerate(series):
        color = COLORS[s % len(COLORS)]
        lx = left + 10 + s * 210
        parts.append(f'<rect x="{lx}" y="{h - 14}" width="10" height="10" fill="{color}"/>'
                     f'<text x="{lx + 14}" y="{h - 5}" class="cl">{escape(name)}</text>')
        for i, c in enumerate(counts):
            bh = (base - 30) * c / vmax
            x = left + i * slot + 2 + s * bw
            parts.append(f'<rect x="{x:.1f}" y="{base - bh:.1f}" width="{bw:.1f}" height="{bh:.1f}" '
                         f'fill="{color}">'
                         f'<title>{escape(name)} {escape(labels[i])}: {c:,}</title></rect>')
    step = max(1, len(labels) // 8)
    for i in range(0, len(labels), step):
        x = left + i * slot + slot / 2
        parts.append(f'<text x="{x:.1f}" y="{base + 14}" text-anchor="middle" class="cv">'
                     f'{escape(labels[i])}</text>')
    parts.append("</svg>")
    return "".join(parts)


def size_label(n: int) -> str:
    """1536 -> '1.5K' (bytes, binary units)."""
    v = float(n)
    for unit in ("", "K", "M", "G"):
        if v < 1024:
            return f"{v:.1f}{unit}" if unit and v < 10 else f"{v:.0f}{unit}"
        v /= 1024
    return f"{v:.0f}T"
