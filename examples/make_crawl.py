"""Writes examples/crawl.warc.gz: a small crawl of a few dozen pages with the junk real crawls carry.

Deterministic (no randomness, no network): `python examples/make_crawl.py` rewrites the same bytes.
Kinds of pages: clean articles in several languages; an article behind an HTTP error banner with
every paragraph twice; syndicated copies with a legal disclaimer; cookie walls; comment stubs;
related-links lists; a bare 404 page; a navigation-only page; exact and near duplicates; an image;
a PDF; a WET conversion record; a page in a legacy charset.
"""
from __future__ import annotations

import gzip
from pathlib import Path

ARTICLES = {
    "harbour": ("en", "Harbour wall repairs finish two weeks early", [
        "Workers finished rebuilding the eastern harbour wall on Thursday, two weeks ahead of the schedule "
        "that the port authority published in the spring.",
        "The wall was damaged during the February storms, when waves lifted several granite blocks and "
        "flooded the fish market for three days.",
        "Local fishermen said the early finish would let them land their catches at the inner quay again "
        "before the autumn season begins.",
        "The authority said the final bill came in slightly under the budget of four million pounds, "
        "because the contractor reused most of the original stone.",
        "Repairs to the western breakwater are planned for next year.",
    ]),
    "library": ("en", "Town library extends opening hours for students", [
        "The central library will stay open until ten in the evening on weekdays from next month, the town "
        "council announced after a consultation with schools and colleges.",
        "Students had complained that the reading rooms closed at six, just as many of them finished their "
        "part-time jobs.",
        "The longer hours will be staffed by volunteers and two new librarians, paid for by a grant from a "
        "regional education fund.",
        "The council will review the new hours after six months. Early figures will be published in the spring.",
    ]),
    "bahn": ("de", "Neue Buslinie verbindet die Dörfer im Tal", [
        "Ab dem ersten Oktober fährt eine neue Buslinie stündlich zwischen den fünf Dörfern im oberen Tal "
        "und dem Bahnhof der Kreisstadt.",
        "Bisher mussten viele Pendler mit dem eigenen Auto fahren, weil der letzte Bus schon am frühen "
        "Abend fuhr.",
        "Der Landkreis bezahlt den Betrieb zunächst für drei Jahre und will danach prüfen, wie viele "
        "Fahrgäste das Angebot nutzen.",
        "Die Fahrkarten gelten auch in den Zügen der Regionalbahn. Schüler fahren wie bisher kostenlos.",
    ]),
    "marche": ("fr", "Le marché couvert rouvre après deux ans de travaux", [
        "Le marché couvert du centre-ville a rouvert samedi matin, après deux années de travaux de "
        "rénovation de la charpente et des halles.",
        "Une cinquantaine de commerçants ont retrouvé leurs étals, et de nombreux habitants sont venus dès "
        "l'ouverture des portes.",
        "La mairie prévoit d'ajouter un marché du soir le jeudi pendant tout l'été.",
        "Les travaux ont coûté près de trois millions d'euros. La région en a financé la moitié.",
    ]),
    "huerto": ("es", "Los huertos urbanos ganan espacio en el barrio", [
        "El ayuntamiento ha cedido tres solares vacíos a las asociaciones de vecinos para crear nuevos "
        "huertos urbanos en el barrio norte.",
        "Más de doscientas familias se han inscrito para cultivar una parcela, y la lista de espera sigue "
        "creciendo cada semana.",
        "Los responsables del proyecto quieren organizar talleres de compostaje para los colegios de la zona.",
        "Cada parcela mide unos veinte metros cuadrados. El agua de riego procede de un depósito de lluvia.",
    ]),
    "ponte": ("it", "Il vecchio ponte torna percorribile a piedi", [
        "Dopo un anno di lavori, il vecchio ponte sul fiume è di nuovo aperto ai pedoni e alle biciclette.",
        "Il restauro ha rinforzato le arcate in pietra e ha sostituito la pavimentazione in legno.",
        "Il comune organizzerà una festa di inaugurazione domenica pomeriggio con musica e bancarelle.",
        "Il ponte era chiuso dal novembre scorso. I lavori sono costati circa due milioni di euro.",
    ]),
}

BANNER = ["404", "Oops!", "The page you requested could not be found. It may have been moved or deleted."]
DISCLAIMER = ("Legal notice: this article was supplied by a syndication partner. The publisher accepts no "
              "liability for its content and all rights are reserved by the original author.")
COOKIE = ["We use cookies to improve your experience on our website.", "Accept all cookies", "Manage preferences"]
COMMENTS = ["Comments", "There are no comments yet."]
RELATED = ["Related articles", "Council votes on new parking rules", "Five cafés to visit this weekend",
           "Weather: a mild week ahead"]
NAV = ["Home | News | Sport | Weather | Contact"]
SHARE = ["Share this story: Facebook Twitter WhatsApp Email"]


def page(title: str, blocks: list[str], lang: str = "en") -> str:
    """A simple HTML page with header navigation, the blocks as paragraphs and a footer."""
    body = "\n".join(f"<p>{b}</p>" for b in blocks)
    return (f"<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title}</title>"
            f"<meta property=\"og:site_name\" content=\"The Valley Gazette\"></head><body>"
            f"<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav>"
            f"<article><h1>{title}</h1>\n{body}</article>"
            f"<footer>© 2026 The Valley Gazette. All rights reserved.</footer></body></html>")


def warc_record(n: int, rtype: str, uri: str, payload: bytes, ctype: str) -> bytes:
    """One WARC record."""
    head = (f"WARC/1.0\r\nWARC-Type: {rtype}\r\nWARC-Record-ID: <urn:uuid:7a3e0000-0000-4000-8000-{n:012d}>\r\n"
            f"WARC-Date: 2026-11-01T10:{n // 60:02d}:{n % 60:02d}Z\r\nWARC-Target-URI: {uri}\r\n"
            f"Content-Type: {ctype}\r\nContent-Length: {len(payload)}\r\n\r\n")
    return head.encode() + payload + b"\r\n\r\n"


def response(body: bytes, ctype: str, status: str = "200 OK") -> bytes:
    """An HTTP response."""
    return f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body


def pages() -> list[tuple[str, str, bytes, str]]:
    """(uri, record type, payload, content type) for every record of the example crawl."""
    out: list[tuple[str, str, bytes, str]] = []
    http = "application/http; msgtype=response"

    def add_html(uri: str, html: str, status: str = "200 OK", charset: str = "utf-8") -> None:
        out.append((uri, "response", response(html.encode(charset), f"text/html; charset={charset}", status), http))

    for key, (lang, title, paras) in ARTICLES.items():
        add_html(f"https://gazette.example/{lang}/{key}", page(title, paras, lang))
    # the typical broken page: error banner + every paragraph twice + disclaimer + comment stub
    lang, title, paras = ARTICLES["harbour"]
    add_html("https://mirror.example/news/harbour-wall", page(title, BANNER + paras + paras + [DISCLAIMER] + COMMENTS))
    # syndicated copies with a disclaimer, one with small edits (a near duplicate)
    lang, title, paras = ARTICLES["library"]
    add_html("https://partner-a.example/library", page(title, paras + [DISCLAIMER]))
    edited = [p.replace("ten in the evening", "10 pm").replace("two new", "two additional") for p in paras]
    add_html("https://partner-b.example/library-hours", page(title, edited + [DISCLAIMER] + SHARE))
    # an exact duplicate under another URL
    lang, title, paras = ARTICLES["bahn"]
    add_html("https://gazette.example/de/bahn?utm_source=feed", page(title, paras, lang))
    # cookie wall and related links around a real article
    lang, title, paras = ARTICLES["marche"]
    add_html("https://ville.example/marche", page(title, COOKIE + paras + RELATED, lang))
    # an article with comments and a share bar
    lang, title, paras = ARTICLES["huerto"]
    add_html("https://barrio.example/huertos", page(title, SHARE + paras + COMMENTS, lang))
    # pure error page, navigation-only page, empty page
    add_html("https://gazette.example/missing", page("Page not found", BANNER), status="404 Not Found")
    add_html("https://gazette.example/sitemap", page("Sections", NAV + ["News", "Sport", "Weather"]))
    add_html("https://gazette.example/blank", "<html><body></body></html>")
    # a legacy charset
    lang, title, paras = ARTICLES["bahn"]
    add_html("https://alt.example/de/tal", page(title + " (Archiv)", paras[:2], lang).replace("utf-8", "iso-8859-1"),
             charset="iso-8859-1")
    # more ordinary pages so the crawl has a few dozen documents
    for i in range(18):
        key = list(ARTICLES)[i % len(ARTICLES)]
        lang, title, paras = ARTICLES[key]
        rotated = paras[i % len(paras):] + paras[: i % len(paras)]
        extra = f"Update {i + 1}: the story was revised with new figures from the local office on day {i + 3}."
        add_html(f"https://archive.example/{key}/{i}", page(f"{title} ({i + 1})", [*rotated, extra], lang))
    # non-text records: an image and a PDF
    out.append(("https://gazette.example/logo.png", "response",
                response(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "image/png"), http))
    out.append(("https://gazette.example/report.pdf", "response",
                response(b"%PDF-1.4\n" + bytes(range(256)) * 4, "application/pdf"), http))
    # a WET-style conversion record with plain text
    lang, title, paras = ARTICLES["ponte"]
    out.append(("https://gazette.example/it/ponte.txt", "conversion", "\n".join([title, *paras]).encode(),
                "text/plain"))
    return out


def main() -> None:
    """Write examples/crawl.warc.gz."""
    dest = Path(__file__).with_name("crawl.warc.gz")
    with open(dest, "wb") as f:
        for n, (uri, rtype, payload, ctype) in enumerate(pages()):
            f.write(gzip.compress(warc_record(n, rtype, uri, payload, ctype), mtime=0))
    print(f"wrote {dest} ({dest.stat().st_size} bytes, {len(pages())} records)")


if __name__ == "__main__":
    main()
