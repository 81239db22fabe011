"""The container choice on pages the tests write: quotations, teaser lists, link-only pages."""
from __future__ import annotations

from tamis.extract.core import extract_html

INTRO = [
    "A developer has published a long post about a flaw in the game server that lets anyone crash it.",
    "He says he reported the bug two years ago and received no answer from the company.",
]
QUOTED = [
    ("The vulnerability stems from the fact that the client may send the server information about "
     "inventory slots, and the nested format lets us build a packet that is hard to read back."),
    ("In my case I chose to create lists within lists, down to five levels, which is a total of "
     "thirty million lists for the server to allocate before it can reject the packet."),
    ("This is not even the theoretical maximum for the attack, and compression makes the packet "
     "small enough to send from an ordinary home connection in well under a second."),
]


def test_quotation_is_kept_with_the_text_around_it() -> None:
    quote = "".join(f"<p>{p}</p>" for p in QUOTED)
    html = ("<html><body><nav><a href='/'>Home</a></nav><article><h1>Server bug</h1>"
            + "".join(f"<p>{p}</p>" for p in INTRO)
            + f"<blockquote>{quote}</blockquote></article></body></html>")
    assert extract_html(html).text == "\n\n".join(["Server bug", *INTRO, *QUOTED])
