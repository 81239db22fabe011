"""Quality rules and language ID steps (Gopher, C4, FineWeb, length, language), by name."""

STEPS: dict[str, str] = {
    "gopher_quality": "tamis.filters.gopher:GopherQuality",
    "gopher_repetition": "tamis.filters.gopher:GopherRepetition",
    "c4": "tamis.filters.c4:C4",
    "c4_badwords": "tamis.filters.c4:C4BadWords",
    "fineweb": "tamis.filters.fineweb:FineWeb",
    "length": "tamis.filters.length:Length",
    "language": "tamis.filters.language:Language",
}
