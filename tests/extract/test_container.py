"""The container choice on pages the tests write: quotations, teaser lists, link-only pages."""
from __future__ import annotations

from tamis.extract.core import REPEAT_REASON, Options, extract_choice, extract_html
from tamis.extract.select import choose_container
from tests.extract import SHORT_ARTICLE

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



def _post_with(box: str, at: int = len(SHORT_ARTICLE), cls: str = "post") -> str:
    """A page: the short article under its title "New bridge" in a div of class `cls`, with `box` after its
    first `at` paragraphs."""
    paras = [f"<p>{p}</p>" for p in SHORT_ARTICLE]
    return (f"<html><body><div class='{cls}'><h1>New bridge</h1>" + "".join(paras[:at]) + box + "".join(paras[at:])
            + "</div></body></html>")


TEASERS = [
    (f"Story {i}", f"Summary of story {i}: residents of the valley gathered on the square to hear the "
     f"mayor explain the plans for the market, the school and the new bus routes to the hospital.")
    for i in range(5)
]


def teaser_list() -> str:
    """Five teasers (a title link and a summary paragraph each): more prose than the article."""
    return "".join(f'<div class="item"><h3><a href="/s{i}">{t}</a></h3><p>{s}</p></div>'
                   for i, (t, s) in enumerate(TEASERS))


def test_the_only_article_element_is_the_container() -> None:
    html = ("<html><body><div class='page'><main><article><h1>New bridge</h1>"
            + "".join(f"<p>{p}</p>" for p in SHORT_ARTICLE)
            + f"</article></main><div class='more'><h2>More news</h2>{teaser_list()}</div></div></body></html>")
    assert extract_html(html).text == "\n\n".join(["New bridge", *SHORT_ARTICLE])


def test_several_article_elements_are_no_anchor() -> None:
    # A thread of posts, each an <article>: the page's prose is all of them, not the longest one.
    posts = [f"Post {i}: the glue held on oak for a week under load, but the joint failed when the "
             f"humidity rose, so I would not use it outdoors without a sealant." for i in range(4)]
    html = "<html><body>" + "".join(f"<article><p>{p}</p></article>" for p in posts) + "</body></html>"
    assert extract_html(html).text == "\n\n".join(posts)


def test_page_whose_text_is_all_links_keeps_its_links() -> None:
    # A link aggregator: every item is a title link; there is no prose outside the links at all.
    titles = [f"Show HN: a small tool number {i} that turns web crawls into clean text corpora" for i in range(5)]
    items = "".join(f'<li><a href="https://x.example/{i}">{t}</a> (x.example)</li>' for i, t in enumerate(titles))
    html = f"<html><body><nav><a href='/'>Home</a> <a href='/new'>new</a></nav><ol>{items}</ol></body></html>"
    assert extract_html(html).text == "\n".join(f"* {t} (x.example)" for t in titles)


def test_link_lines_beside_prose_stay_out() -> None:
    # The same links beside an article are navigation: the page has prose of its own.
    items = "".join(f'<li><a href="/{i}">Another story about the valley number {i} and its people</a></li>'
                    for i in range(5))
    html = ("<html><body><article>" + "".join(f"<p>{p}</p>" for p in SHORT_ARTICLE)
            + f"</article><ul>{items}</ul></body></html>")
    assert extract_html(html).text == "\n\n".join(SHORT_ARTICLE)


def test_article_cut_into_sections_is_kept_whole() -> None:
    # The middle section holds most of the prose; the sections around it are parts of the same text.
    html = ("<html><body><div class='post'>"
            f"<section><p>{INTRO[0]}</p></section>"
            "<section>" + "".join(f"<p>{p}</p>" for p in QUOTED) + "</section>"
            f"<section><p>{INTRO[1]}</p></section>"
            "</div><div class='more'><p>Short note.</p></div></body></html>")
    assert extract_html(html).text == "\n\n".join([INTRO[0], *QUOTED, INTRO[1]])


def test_section_of_teasers_after_the_article_is_not_a_part() -> None:
    # The article's section is followed by a sibling section of linked headlines with label lines (no sentence
    # ends): a box of teasers, not a part of the text; the descent goes on into the article's section.
    heads = ["Farmers open a new market hall in the valley town centre this spring",
             "Council votes to repair the old stone bridge over the river before winter",
             "School choir wins the regional prize with a programme of folk songs from the hills",
             "Library extends its opening hours for students during the examination weeks"]
    teasers = "".join(f"<h4><a href='/s{i}'>{h}</a></h4><p>{h.split()[0]} and more news from around the region"
                      " this week</p>" for i, h in enumerate(heads))
    html = ("<html><body><div class='wrap'><section>" + "".join(f"<p>{p}</p>" for p in SHORT_ARTICLE)
            + f"</section><section><h3>Around the region</h3>{teasers}</section></div>"
            "<div class='more'><p>Short note.</p></div></body></html>")
    assert extract_html(html).text == "\n\n".join(SHORT_ARTICLE)


def test_glued_related_widget_name_is_boilerplate() -> None:
    # WordPress's Jetpack names its related-posts block "jp-relatedposts", inside the article.
    related = "".join(f'<div class="jp-relatedposts-post"><h4><a href="/r{i}">{t}</a></h4><p>{s}</p></div>'
                      for i, (t, s) in enumerate(TEASERS[:3]))
    html = ("<html><body><article><h1>New bridge</h1>" + "".join(f"<p>{p}</p>" for p in SHORT_ARTICLE)
            + f'<div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3>{related}</div>'
            "</article></body></html>")
    assert extract_html(html).text == "\n\n".join(["New bridge", *SHORT_ARTICLE])


def test_photo_gallery_inside_the_article_is_dropped() -> None:
    caption = ("The mayor opens the old crossing to traffic for the last time before the works, "
               "on Tuesday morning, in front of a small crowd of residents. (Photo: A. Reporter)")
    gallery = (f'<div class="asset_gallery"><ul><li><p>{caption}</p></li><li><p>{caption}</p></li></ul>'
               '<p class="open">Caption</p><p class="close">Close</p></div>')
    assert extract_html(_post_with(gallery, 1, "story")).text == "\n\n".join(["New bridge", *SHORT_ARTICLE])


def test_widget_class_on_a_word_inside_a_sentence_keeps_the_word() -> None:
    # Study notes pop up from words of the text: class "popup" on an inline link is not a pop-up widget.
    sentence = ('<a class="popup" href="javascript:void(0)">I</a> am a <a class="popup" href="#">rather '
                'elderly</a> man, and the nature of my work for the last thirty years has brought me into '
                'contact with an interesting and somewhat singular set of men.')
    html = f"<html><body><div class='text'><p>{sentence}</p><p>{SHORT_ARTICLE[0]}</p></div></body></html>"
    assert extract_html(html).text == (
        "I am a rather elderly man, and the nature of my work for the last thirty years has brought me into "
        "contact with an interesting and somewhat singular set of men.\n\n" + SHORT_ARTICLE[0])


def test_skip_in_a_block_class_is_not_a_skip_link() -> None:
    # Skip links are <a> elements; a block named "skip-item" is a jump target that holds the text.
    html = ("<html><body><a class='skip-link' href='#main'>Skip to content</a><div id='main'>"
            + "".join(f"<div class='skip-item' id='topic{i}'><p>{p}</p></div>" for i, p in enumerate(SHORT_ARTICLE))
            + "</div></body></html>")
    assert extract_html(html).text == "\n\n".join(SHORT_ARTICLE)


def test_react_streamed_parts_are_not_hidden() -> None:
    # Streamed server rendering: the text arrives late in <div hidden id="S:0">, moved by a script.
    html = ("<html><body><main><h1>New bridge</h1><!--$?--><template id='B:0'></template>"
            "<p>Loading paragraph...</p><!--/$--></main>"
            "<div hidden id='S:0'>" + "".join(f"<p>{p}</p>" for p in SHORT_ARTICLE) + "</div>"
            "<script>$RC('B:0','S:0')</script><div hidden id='menu'><p>" + INTRO[0] + "</p></div>"
            f"<div class='bio'><p>{QUOTED[0]} {QUOTED[2]}</p></div></body></html>")
    assert extract_html(html).text == "\n\n".join(SHORT_ARTICLE)


def test_paragraphs_before_a_read_more_block_are_kept() -> None:
    # A "read more" page: the first paragraphs sit in the article, the rest in a toggled block that
    # holds most of the prose. The block continues the text; the paragraphs before it belong to it.
    first = [f"Opening paragraph {i}: the council met on Tuesday to discuss the bridge, and residents "
             f"of both banks filled the gallery to hear the engineers explain the plans." for i in range(3)]
    rest = [f"Later paragraph {i}: the steel will arrive by barge in March, and the road to the quay "
            f"will be closed on the three days of the delivery, the council said." for i in range(12)]
    html = ("<html><body><div class='teaser-col'><p>Subscribe to our letters for the news of the valley "
            "every morning.</p></div><div class='article'><h1>Bridge plans</h1>"
            + "".join(f"<p>{p}</p>" for p in first)
            + "<div class='toggle-group'>" + "".join(f"<p>{p}</p>" for p in rest) + "</div></div>"
            + "</body></html>")
    assert extract_html(html).text == "\n\n".join(["Bridge plans", *first, *rest])


POST = [
    ("I would love to invite you to the book event at the library this coming Saturday at eleven, "
     "where I will read from the new book and sign copies."),
    "Hope to see you there, and bring the children: there will be drawing for everyone.",
]
PROFILE = ("Thank you for visiting my blog. Professionally, I am a story artist at a film studio. For fun, "
           "I do gallery and museum exhibitions, publish picture books and graphic novels, record radio "
           "broadcasts and teach drawing to children on the weekends in the summer months, when the "
           "studio is closed and the city is quiet. I grew up by the sea, studied painting in the north, and "
           "moved here twelve years ago with my family, two cats and far too many boxes of old sketchbooks.")


def test_the_one_hentry_holds_the_post_beside_a_longer_profile() -> None:
    html = ("<html><body><div id='main'><div class='post hentry'><h3>Book event</h3>"
            + "".join(f"<p>{p}</p>" for p in POST)
            + "</div></div><div id='sidebar-wrap'><div class='widget Profile'><dl><dd>" + PROFILE
            + "</dd></dl></div></div></body></html>")
    assert extract_html(html).text == "\n\n".join(["Book event", *POST])


def test_the_one_hentry_is_the_least_the_descent_reaches() -> None:
    html = ("<html><body><div class='blog wrap'><div id='a'><div class='post hentry'><h1>New bridge</h1>"
            + "".join(f"<p>{p}</p>" for p in SHORT_ARTICLE) + "</div></div><div id='c'>"
            + "".join(f"<div class='box'><h4>{t}</h4><p>{s}</p></div>" for t, s in TEASERS)
            + "</div></div></body></html>")
    assert extract_html(html).text == "\n\n".join(["New bridge", *SHORT_ARTICLE])


def test_several_hentries_name_no_post() -> None:
    # A blog's front page: every post is an hentry; all of them are the content.
    posts = [f"Post {i}: the glue held on oak for a week under load, but the joint failed when the "
             f"humidity rose, so I would not use it outdoors without a sealant." for i in range(3)]
    html = ("<html><body><div class='posts'>" + "".join(f"<div class='hentry'><p>{p}</p></div>" for p in posts)
            + "</div></body></html>")
    assert extract_html(html).text == "\n\n".join(posts)


def test_a_child_named_content_is_entered_at_a_lower_share() -> None:
    # The article holds 57% of the prose beside a box of shop teasers (under the 60% the descent
    # needs), but its id names it the content.
    shop = [f"Shop guide {i}: compare the prices of the garden tools sold this week by the stores of "
            f"the valley, from spades to hoses and the small electric mowers." for i in range(3)]
    html = ("<html><body><div id='centerside'><div id='content'><h1>New bridge</h1>"
            + "".join(f"<p>{p}</p>" for p in SHORT_ARTICLE) + "</div><div id='bottomitems'>"
            + "".join(f"<div class='box'><p>{p}</p></div>" for p in shop) + "</div></div></body></html>")
    assert extract_html(html).text == "\n\n".join(["New bridge", *SHORT_ARTICLE])


def test_several_named_parts_are_kept_together() -> None:
    # One text cut into two blocks that both carry a "content" class, the second with 55% of the
    # prose: neither is the container alone.
    first, second = SHORT_ARTICLE[:2], [*SHORT_ARTICLE[1:], SHORT_ARTICLE[0][:60] + "."]
    html = ("<html><body><div class='post'>"
            + "".join(f"<div class='acf-content'>{''.join(f'<p>{p}</p>' for p in part)}</div>"
                      for part in (first, second))
            + "</div></body></html>")
    assert extract_html(html).text == "\n\n".join([*first, *second])


def test_advert_labels_are_dropped() -> None:
    # An advert slot leaves its label on a line of its own inside the article; the word in a sentence stays.
    said = "The advertisement for the new bridge ran in three papers, the council said on Tuesday evening."
    html = ("<html><body><article><h1>New bridge</h1><p>" + SHORT_ARTICLE[0] + "</p><div class='slot'>"
            "Advertisement</div><p>" + SHORT_ARTICLE[1] + "</p><p>ADVERT</p><p>" + said + "</p><p>"
            + SHORT_ARTICLE[2] + "</p></article></body></html>")
    assert extract_html(html).text == "\n\n".join(["New bridge", SHORT_ARTICLE[0], SHORT_ARTICLE[1], said,
                                                   SHORT_ARTICLE[2]])


def test_teaser_titles_in_a_link_list_are_dropped() -> None:
    # "More:" lists between the paragraphs, each item a linked heading: teasers, not the article's headings.
    teasers = "".join(f'<ul><li><h4><a href="/s{i}">{t}</a></h4></li></ul>' for i, (t, _) in enumerate(TEASERS[:3]))
    html = ("<html><body><article><h1>New bridge</h1><p>" + SHORT_ARTICLE[0] + "</p><h4>More:</h4>" + teasers
            + "".join(f"<p>{p}</p>" for p in SHORT_ARTICLE[1:]) + "</article></body></html>")
    text = extract_html(html).text
    assert "Story 0" not in text and "Story 2" not in text
    assert all(p in text for p in SHORT_ARTICLE)


def test_linked_titles_of_a_listing_are_kept() -> None:
    # A listing whose items hold a linked title between plain lines: the titles are its content.
    items = "".join(f'<li><p>Winner</p><a href="/a{i}"><h4>Riverside House {i}</h4></a><p>Studio {i}</p></li>'
                    for i in range(3))
    html = ("<html><body><article><h1>Awards</h1><p>" + SHORT_ARTICLE[0] + "</p><ul>" + items + "</ul><p>"
            + SHORT_ARTICLE[1] + "</p></article></body></html>")
    text = extract_html(html).text
    assert all(f"Riverside House {i}" in text for i in range(3))


def test_the_label_of_teaser_titles_goes_with_them() -> None:
    teasers = "".join(f'<ul><li><h4><a href="/s{i}">{t}</a></h4></li></ul>' for i, (t, _) in enumerate(TEASERS[:3]))
    html = ("<html><body><article><h1>New bridge</h1><p>" + SHORT_ARTICLE[0] + "</p><h4>More:</h4>" + teasers
            + "".join(f"<p>{p}</p>" for p in SHORT_ARTICLE[1:]) + "</article></body></html>")
    assert extract_html(html).text == "\n\n".join(["New bridge", *SHORT_ARTICLE])


def test_a_heading_before_plain_links_is_kept() -> None:
    # A section heading over a list of plain links (no teaser titles) stays: only headings label teasers. (The
    # rules alone: the learned judge restores the last link, whose next block is prose.)
    links = "".join(f'<li><a href="/d{i}">Download the plan, part {i}</a></li>' for i in range(3))
    html = ("<html><body><article><h1>New bridge</h1><p>" + SHORT_ARTICLE[0] + "</p><h2>The plans</h2><ul>"
            + links + "</ul>" + "".join(f"<p>{p}</p>" for p in SHORT_ARTICLE[1:]) + "</article></body></html>")
    rules = Options(judge=False)
    assert extract_html(html, rules).text == "\n\n".join(["New bridge", SHORT_ARTICLE[0], "The plans",
                                                            *SHORT_ARTICLE[1:]])


def test_linked_items_of_a_list_of_text_are_kept() -> None:
    # Release notes: most items are sentences, some are mostly a link to a bug; all are the text.
    notes = [
        "The tab unloader now behaves better and shows a message when a subframe crashes.",
        "Screenshots got faster and work again with the new process model on every page.",
        "Bookmarks toolbar initialisation now happens later in the startup of each window.",
    ]
    bugs = ["Bug 1677080 – Fullscreen picture-in-picture window moves", "Bug 1681796 – Superfluous actors"]
    items = ("".join(f"<li>{n}</li>" for n in notes)
             + "".join(f'<li><a href="/b{i}">{b}</a></li>' for i, b in enumerate(bugs)))
    html = ("<html><body><article><h1>These weeks</h1><p>" + SHORT_ARTICLE[0] + "</p><ul>" + items
            + "</ul><p>" + SHORT_ARTICLE[1] + "</p></article></body></html>")
    text = extract_html(html).text
    assert all(b in text for b in bugs) and all(n in text for n in notes)


def test_link_items_of_a_list_of_links_are_dropped() -> None:
    # Headlines with one described item: the list is mostly links, its linked items stay out.
    heads = [f"Headline number {i} of the evening news about the hockey league" for i in range(5)]
    items = ("<li><b>White House visits by the champions this year:</b> <a href='/v'>Stars</a></li>"
             + "".join(f'<li><a href="/h{i}">{h}</a></li>' for i, h in enumerate(heads)))
    html = ("<html><body><article><h1>Game</h1>" + "".join(f"<p>{p}</p>" for p in SHORT_ARTICLE)
            + "<ul>" + items + "</ul><p>" + SHORT_ARTICLE[0] + "</p></article></body></html>")
    assert "Headline number" not in extract_html(html).text


def test_teaser_labels_are_dropped() -> None:
    said = "Read more about the bridge in the council's archive, where the plans of 1962 are kept."
    html = ("<html><body><article><h1>New bridge</h1><p>" + SHORT_ARTICLE[0] + "</p><p>DON'T MISS</p><p>"
            + SHORT_ARTICLE[1] + "</p><div>Read more</div><p>" + said + "</p><p>" + SHORT_ARTICLE[2]
            + "</p></article></body></html>")
    assert extract_html(html).text == "\n\n".join(["New bridge", SHORT_ARTICLE[0], SHORT_ARTICLE[1], said,
                                                   SHORT_ARTICLE[2]])



def test_teaser_labels_with_a_section_name_are_dropped() -> None:
    html = ("<html><body><article><p>" + SHORT_ARTICLE[0] + "</p><h3>Most Read Business Stories</h3><p>"
            + SHORT_ARTICLE[1] + "</p><div>More stories from Sport</div><p>" + SHORT_ARTICLE[2]
            + "</p></article></body></html>")
    assert extract_html(html).text == "\n\n".join(SHORT_ARTICLE)


LONG_PART = [
    (f"Part one, paragraph {i}: the student newsroom met every week to plan the paper, and the editors "
     f"asked the writers what the website could do that the printed page could not do for its readers.")
    for i in range(6)
]
LATER_PART = ("After the picture the story goes on: two years later the same newsroom had a web editor, "
              "a small team of coders and a weekly meeting about the site.")


def test_text_goes_on_after_a_figure_between_sibling_blocks() -> None:
    # Medium's layout: the text column is cut into sibling blocks where a wide picture sits between them;
    # the first block holds most of the prose, but the block after the figure is the same text.
    html = ("<html><body><article><div class='body'><div class='inner'>"
            + "".join(f"<p>{p}</p>" for p in LONG_PART)
            + "</div><div class='inner wide'><figure><img src='a.jpg'><figcaption>The newsroom in 2011"
              "</figcaption></figure></div><div class='inner'>"
            + f"<p>{LATER_PART}</p></div></div></article>"
              "<aside><p>Other stories from this publication that you may like to read today.</p></aside>"
              "</body></html>")
    assert extract_html(html).text == "\n\n".join([*LONG_PART, LATER_PART])


def test_a_box_after_the_text_without_a_figure_between_is_not_the_text() -> None:
    # Without a picture between them, a sibling block of the same tag is not taken as the text going on
    # (a CMS's "About" box beside the press release, in blocks of the same class).
    about = ("About the company: founded in 1990, it makes software for newsrooms and has offices in "
             "four countries.")
    html = ("<html><body><div class='page'><div class='text'>" + "".join(f"<p>{p}</p>" for p in LONG_PART)
            + f"</div><div class='text'><p>{about}</p></div></div></body></html>")
    assert extract_html(html).text == "\n\n".join(LONG_PART)


def _linked_teasers() -> str:
    """A column of teasers: each a linked title on a line of its own, then a short summary."""
    return "".join(f'<div class="item"><div class="title"><a href="/s{i}">{t}</a></div><p>{s}</p></div>'
                   for i, (t, s) in enumerate(TEASERS))


def _beside_short_article(column: str) -> str:
    """A page: the short article, and `column` beside it."""
    return ("<html><body><div class='page'><div class='story'>" + "".join(f"<p>{p}</p>" for p in SHORT_ARTICLE)
            + f"</div><div class='column'>{column}</div></div></body></html>")


def test_teaser_blurbs_do_not_keep_the_descent_above_the_article() -> None:
    # A news page of 2008: beside the article, a column of teasers, each a linked title on a line of its own
    # and a short summary after it. The summaries hold more prose than the article, but are other pages'.
    column = _linked_teasers()
    html = _beside_short_article(column)
    text = extract_html(html).text
    assert text == "\n\n".join(SHORT_ARTICLE)


def test_linked_terms_of_a_definition_list_label_the_text() -> None:
    # An API reference: each member's name links to its page and its description follows it. The
    # descriptions are the page's text, not teasers.
    members = [(f"Socket.member{i}", f"The member number {i} of the socket: the state of the connection, "
                f"as the server last reported it.") for i in range(3)]
    entries = "".join(f'<dt><a href="/m{i}">{n}</a></dt><dd><p>{d}</p></dd>' for i, (n, d) in enumerate(members))
    intro = ("The Socket object gives the interface for opening a connection to a server and for sending and "
             "receiving data on it. A page makes one with its constructor, then listens to its events.")
    html = (f"<html><body><div class='doc'><div class='intro'><p>{intro}</p><p>{intro}</p></div>"
            f"<dl>{entries}</dl></div></body></html>")
    text = extract_html(html).text
    assert intro in text and all(d in text for _, d in members)


def test_a_page_of_teasers_alone_keeps_them() -> None:
    # A listing: the teasers are all the page's prose, so they are its content.
    column = _linked_teasers()
    html = (f"<html><body><div class='top'><a href='/'>Home</a> <a href='/news'>News</a></div>"
            f"<div class='weather'>Valley weather: 12 C</div><div class='column'>{column}</div></body></html>")
    assert extract_html(html).text == "\n\n".join(s for _, s in TEASERS)


def test_blurbs_ending_in_read_more_do_not_keep_the_descent_above_the_article() -> None:
    # The other form of a teaser: a title that is not a link, and a summary that ends with its own link to
    # the story. Beside the article, they are other pages' prose.
    column = "".join(f'<div class="item"><h3>{t}</h3><p>{s} <a href="/s{i}">Read more...</a></p></div>'
                     for i, (t, s) in enumerate(TEASERS))
    html = _beside_short_article(column)
    assert extract_html(html).text == "\n\n".join(SHORT_ARTICLE)


def test_script_text_shown_as_text_is_not_the_content() -> None:
    # A script left open shows its code as page text; it is longer than the short article but no prose.
    script = ("var tip = document.getElementById('tip'); function showTip(e) { tip.style.left = e.x + 'px'; } "
              "document.write('<div id=\"tip\">'); var ie = document.all ? 1 : 0; function hideTip() { "
              "tip.style.display = 'none'; } window.onload = function() { document.cookie = 'seen=1'; };")
    html = ("<html><body>" + script + "<div class='page'><div class='story'>"
            + "".join(f"<p>{p}</p>" for p in SHORT_ARTICLE) + "</div></div></body></html>")
    assert extract_html(html).text == "\n\n".join(SHORT_ARTICLE)


def test_links_with_a_line_each_inside_the_text_are_its_own() -> None:
    # A listicle: each entry is a linked name and a line about it, after an introduction in a box of its own.
    # The entries share their element with the text's best paragraphs: they are the text, not a teaser column.
    intro = ["We tried forty note-taking apps this spring, on phones, tablets and an old laptop, and kept the "
             "ones we still used after a month.",
             "Here are the five we would pay for, with what each does best and where it falls short."]
    items = [(f"App number {i}", f"App {i} syncs quickly, opens in a second and keeps notes as plain text, which "
              f"makes them easy to move later.") for i in range(5)]
    html = ("<html><body><article><h1>Five apps</h1><div class='intro'>" + "".join(f"<p>{p}</p>" for p in intro)
            + "</div>" + "".join(f'<p><a href="/a{i}">{t}</a></p><p>{d}</p>' for i, (t, d) in enumerate(items))
            + "</article></body></html>")
    text = extract_html(html).text
    assert all(p in text for p in intro) and all(d in text for _, d in items)


def test_an_authors_biography_box_is_not_the_text() -> None:
    bio = ("<div class='author-bio'><h4>About Anna</h4><p>Anna is a freelance writer who lives by the river. "
           "Besides writing about bridges, she coaches the rowing club and collects old maps of the town.</p></div>")
    assert extract_html(_post_with(bio)).text == "\n\n".join(["New bridge", *SHORT_ARTICLE])


def test_a_pictures_credit_line_is_not_the_text() -> None:
    credit = "<img src='bridge.jpg'><div class='credit image'>Al Goldis, Associated Press</div>"
    assert extract_html(_post_with(credit, 1)).text == "\n\n".join(["New bridge", *SHORT_ARTICLE])
    # "credit" alone also names a byline, which the text keeps
    byline = "<p class='credit'>Posted by Anna Reporter</p>"
    assert extract_html(_post_with(byline, 0)).text == "\n\n".join(["New bridge", "Posted by Anna Reporter",
                                                                     *SHORT_ARTICLE])


def test_a_forum_posts_signature_is_not_the_text() -> None:
    posts = [("I replaced the pump last week and the noise is gone, but the pressure still drops after an hour "
              "of running. Has anyone seen this with the older valves, and did a new seal help?"),
             ("Yes, the seal on the old valves wears out after a few years. Replace it together with the spring; "
              "the kit is cheap and it took me twenty minutes with the usual tools.")]
    sig = "<div class='signature'>My garden railway: <a href='/r'>photos</a> | Keep calm and carry on</div>"
    html = ("<html><body><div class='thread'>" + "".join(f"<div class='msg'><p>{p}</p>{sig}</div>" for p in posts)
            + "</div></body></html>")
    assert extract_html(html).text == "\n\n".join(posts)


def test_what_the_print_style_sheet_leaves_out_is_not_the_text() -> None:
    box = ("<div class='noprint'><p>Our readers in the valley can also follow the council's meetings live on the "
           "radio every Tuesday evening, from seven until the end of the session.</p></div>")
    assert extract_html(_post_with(box, 1)).text == "\n\n".join(["New bridge", *SHORT_ARTICLE])


def test_a_posts_line_of_facts_is_not_the_text() -> None:
    meta = "<div class='entry-meta'>Posted by anna at 04:29 PM | Permalink | Comments (3)</div>"
    posts = "".join(f"<div class='post'><h2>Bridge, day {i}</h2><p>{p}</p>{meta}</div>"
                    for i, p in enumerate(SHORT_ARTICLE))
    html = "<html><body><div class='blog'>" + posts + "</div></body></html>"
    assert extract_html(html).text == "\n\n".join(x for i, p in enumerate(SHORT_ARTICLE) for x in (f"Bridge, day {i}", p))


def test_the_footer_of_an_article_is_not_the_text() -> None:
    footer = ("<div class='article-footer'><p>Have your say on the latest news of the valley in our forums, "
              "and receive our free newsletter every morning.</p></div>")
    assert extract_html(_post_with(footer, cls="article")).text == "\n\n".join(["New bridge", *SHORT_ARTICLE])


def test_code_with_linked_names_is_kept() -> None:
    # A reference's sample: most of its characters are links to the types' pages, and it is still the text.
    code = "<pre>{\n  \"Type\" : " + ", ".join(f"<a href='/t{i}'>TypeName{i}</a>" for i in range(12)) + "\n}</pre>"
    html = ("<html><body><main><h1>Function</h1>" + "".join(f"<p>{p}</p>" for p in SHORT_ARTICLE) + code
            + "<p>" + SHORT_ARTICLE[0] + "</p></main></body></html>")
    text = extract_html(html, Options(judge=False)).text
    assert "TypeName11" in text


def _intro_page(intro: str, times: int = 3) -> str:
    # A category page: an intro of its own wrapper above the body, whose paragraphs are most of the prose.
    body = "".join(f"<p>{p}</p>" for p in SHORT_ARTICLE * times)
    side = "<div class='more'><ul>" + "".join(f"<li><a href='/s{i}'>Another story {i}</a></li>" for i in range(8))
    return (f"<html><body><div class='page'><div class='top'>{intro}</div><div class='list'>{body}</div></div>"
            f"{side}</ul></div></body></html>")


def test_an_intro_in_a_wrapper_before_the_container_is_kept() -> None:
    intro = ("<p>Bridges of the county: the crossings the council keeps, from the stone arches of the old town to "
             "the steel spans that the new road needs, and what each of them costs the county to mend every year.</p>"
             "<p>This guide lists the works planned for the year, the closures they bring and the detours that the "
             "buses will take while the crews are at work on the decks and the railings.</p>")
    text = extract_html(_intro_page(intro), Options(judge=False)).text
    assert "Bridges of the county" in text and "This guide lists" in text
    assert SHORT_ARTICLE[2][:40] in text and "Another story" not in text


def test_a_run_of_short_paragraphs_before_the_container_is_kept() -> None:
    # Four paragraphs of prose and nothing else, before a long body: under a fifth of its prose, still its start.
    intro = "".join(f"<p>{t}</p>" for t in (
        "The county keeps forty bridges, and most of them are older than the roads that cross them.",
        "Each spring the engineers walk every deck and write down what the winter has done to it.",
        "This year the list is longer than usual, because the floods in March reached the arches.",
        "What follows is the plan for the works, in the order the council agreed on last week."))
    text = extract_html(_intro_page(intro, times=6), Options(judge=False)).text
    assert "The county keeps forty bridges" in text and "agreed on last week" in text
    assert "Another story" not in text


def test_the_first_paragraphs_each_in_its_own_element_are_kept() -> None:
    # A template that gives each of the text's first paragraphs its own element, beside the element that holds the
    # rest: one paragraph each is too little alone, the run of them is the text's start. The title above stays out.
    intro = "<h1>Bridges of the county</h1>" + "".join(f"<div class='par'><p>{t}</p></div>" for t in (
        "The county keeps forty bridges, and most of them are older than the roads that cross them; the oldest "
        "of them, the packhorse bridge at the mill, was already there when the town got its charter.",
        "Each spring the engineers walk every deck and write down what the winter has done to it, from the "
        "cracks in the parapets to the stones that the frost has pushed out of the arches.",
        "This year the list is longer than usual, because the floods in March reached the arches of six of "
        "them, and two had to be closed for a week while divers looked at their footings."))
    body = "".join(f"<p>{p}</p>" for p in SHORT_ARTICLE * 2)
    side = "<div class='more'><ul>" + "".join(f"<li><a href='/s{i}'>Another story {i}</a></li>" for i in range(8))
    page = (f"<html><body><div class='page'>{intro}<div class='rest'>{body}</div></div>{side}</ul></div>"
            "</body></html>")
    text = extract_html(page, Options(judge=False)).text
    assert "The county keeps forty bridges" in text and "divers looked at their footings" in text
    assert SHORT_ARTICLE[2][:40] in text and "Another story" not in text and "Bridges of the county" not in text


def test_a_box_of_teasers_before_the_container_is_no_intro() -> None:
    # The same place, but a box of teasers (a linked title and a line of summary, twice) is no first part of the text.
    intro = "".join(f"<p><a href='/t{i}'>Teaser title number {i} about the ferry and the harbour works</a> The "
                    f"ferry company said on Monday that the crossing would stop for {i + 2} weeks.</p>" for i in range(3))
    text = extract_html(_intro_page(intro), Options(judge=False)).text
    assert "Teaser title" not in text and SHORT_ARTICLE[2][:40] in text


def _standfirst_page(outer: str, lede: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in SHORT_ARTICLE * 2)
    side = "<div class='more'><ul>" + "".join(f"<li><a href='/s{i}'>Another story {i}</a></li>" for i in range(8))
    return (f"<html><body><{outer} class='page'><h1>Bridges of the county</h1><div class='lede'><p>{lede}</p></div>"
            f"<div class='rest'>{body}</div></{outer}>{side}</ul></div></body></html>")


STANDFIRST = ("Forty bridges, most older than the roads that cross them, and a flood in March that reached the "
              "arches of six: the county's engineers have a long spring ahead of them.")


def test_the_standfirst_of_an_article_is_kept() -> None:
    # The article's one opening paragraph in a box of its own above the body: inside the same <article> as the
    # body, it is the text's start. The title above stays out; so does the same paragraph outside any <article>
    # (golds differ there), and a teaser cut short with an ellipsis.
    text = extract_html(_standfirst_page("article", STANDFIRST), Options(judge=False)).text
    assert STANDFIRST in text and SHORT_ARTICLE[2][:40] in text
    assert "Bridges of the county" not in text and "Another story" not in text
    text = extract_html(_standfirst_page("div", STANDFIRST), Options(judge=False)).text
    assert STANDFIRST not in text and SHORT_ARTICLE[2][:40] in text
    cut = STANDFIRST[:-1] + "…"
    assert cut not in extract_html(_standfirst_page("article", cut), Options(judge=False)).text


def test_a_text_printed_twice_is_given_once() -> None:
    # A responsive page: the same description in a desktop and a mobile element. The copy is left out; a
    # quotation that repeats one paragraph of the text is kept.
    desc = "".join(f"<p>{p}</p>" for p in SHORT_ARTICLE)
    html = ("<html><body><main><h1>New bridge</h1><div class='desc desktop'>" + desc + "</div>"
            "<div class='desc mobile'>" + desc + "</div></main></body></html>")
    res = extract_html(html)
    assert res.text == "\n\n".join(["New bridge", *SHORT_ARTICLE])
    # The copy left out is reported with its reason (the step records it in the document's removed spans).
    assert res.removed == [("\n\n".join(SHORT_ARTICLE), REPEAT_REASON)]
    quoted = ("<html><body><main><h1>New bridge</h1>" + desc + "<p>As the council put it again later:</p>"
              f"<blockquote><p>{SHORT_ARTICLE[0]}</p><p>{SHORT_ARTICLE[1]}</p></blockquote></main></body></html>")
    res = extract_html(quoted)
    assert res.text.count(SHORT_ARTICLE[0]) == 2 and res.removed == []


def test_a_listing_of_short_entries_is_kept_whole() -> None:
    # A product grid: one sentence of intro, then cards of a name and a price, none of them long enough to be
    # prose. The whole listing is the text, not the intro alone.
    cards = [("Rose Hand Cream", "€20"), ("Cedar Candle", "€45"), ("Lip Balm Trio", "€28"), ("Body Spray", "€35"),
             ("Travel Kit", "€26"), ("Face Mist", "€18")]
    grid = "".join(f"<div class='card'><div class='name'>{n}</div><div class='price'>{p}</div></div>" for n, p in cards)
    intro = "Save on the limited holiday sets while they last this season."
    html = ("<html><body><nav><a href='/'>Home</a> <a href='/shop'>Shop</a></nav><main><div class='intro'>"
            f"<p>{intro}</p></div><div class='grid'>{grid}</div></main></body></html>")
    text = extract_html(html).text
    assert text.startswith(intro)
    assert all(n in text and p in text for n, p in cards)
    assert "Home" not in text


def test_a_close_container_takes_the_prose_after_it_in_its_parent() -> None:
    # The first part of the text holds 2/3 of its parent's prose (just over the 60% the descent needs); after it, in
    # the parent, the text goes on in paragraphs ending like sentences: the parent is the container.
    more = [f"In the {w} the council will ask the residents of both banks what they think of the plans for the "
            f"footpaths, the lighting and the new bus stops on the approach roads." for w in ("spring", "summer")]
    html = ("<html><body><div class='page'><div class='part'>"
            + "".join(f"<p>{p}</p>" for p in SHORT_ARTICLE * 2) + "</div><div class='part2'>"
            + "".join(f"<div class='x'><p>{p}</p></div>" for p in more) + "</div></div>"
            + "<div class='foot'><p>Contact us</p></div></body></html>")
    text = extract_html(html, Options(judge=False)).text
    assert more[0] in text and more[1] in text and SHORT_ARTICLE[0] in text
    # The decision's trace (read by bench/extract_margins.py) says so, and asking for it changes nothing.
    _, c = extract_choice(html, Options(judge=False))
    trace: dict = {}
    assert choose_container(c.walk, c.flags, c.score, 0.6, trace) == c.container == choose_container(
        c.walk, c.flags, c.score, 0.6)
    assert trace["close"] and c.walk.parent[trace["node"]] == c.container and trace["need"][trace["node"]] == 0.6
    # After it a box of link lines and labels: the close call keeps the container.
    box = "".join(f"<div class='x'><p><a href='/s{i}'>Another story about the bridges of the county, number {i}</a>"
                  "</p></div>" for i in range(6))
    html = html.replace("".join(f"<div class='x'><p>{p}</p></div>" for p in more), box + "<p>" + more[0] + "</p>")
    text = extract_html(html, Options(judge=False)).text
    assert SHORT_ARTICLE[0] in text and "Another story" not in text
