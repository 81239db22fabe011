"""Boilerplate pattern tables: data, one table per language, one entry per boilerplate class.

Each pattern is a regular expression that must match a whole *normalized* line: lower-cased,
inner whitespace collapsed, typographic apostrophes made straight, and leading/trailing
punctuation, bullets and arrows stripped (see `boilerplate.normalize_line`). So "Sorry!!" is
matched as "sorry" and "» Read also: Foo" as "read also: foo".

- `strong`: the line is boilerplate wherever it stands.
- `weak`: the line is boilerplate only beside other boilerplate or at the top/bottom edge of the
  document (a lone "Comments" or "Accept" inside an article stays).
- `header` (class `related` only): a block title; a line that is only the title starts a list, and
  the short headline-like lines under it go with it. A title followed by ": text" is removed alone.

`COMMON` holds rules that cross languages (status codes, "©", cookie consent); `_MORE` holds a
second round of per-language phrases, merged into `PATTERNS` at import. Adding a language means adding
a table here; no code changes.
"""
from __future__ import annotations

from tamis.clean import phrases_en, phrases_gmc, phrases_rom


def extend_tables(into: dict, extra: dict) -> None:
    """Add a round of table entries, three levels of keys down to lists (language or class, then
    class or language, then strength), to `into`."""
    for k1, level2 in extra.items():
        for k2, level3 in level2.items():
            for k3, items in level3.items():
                into.setdefault(k1, {}).setdefault(k2, {}).setdefault(k3, []).extend(items)


# Boilerplate classes and the most words a line of that class may have (longer lines are never
# matched: cookie notices and disclaimers are long, buttons and crumbs short).
MAX_WORDS: dict[str, int] = {
    "error": 40,
    "cookie": 90,
    "legal": 90,
    "newsletter": 40,
    "share": 16,
    "comments": 24,
    "navigation": 30,
    "related": 24,
    "login": 24,
}

# Social networks and share actions: a line made only of these (2 or more) is a share bar.
NETWORKS = [
    "facebook", "twitter", "x", "linkedin", "whatsapp", "pinterest", "reddit", "email", "e-mail",
    "mail", "print", "telegram", "tumblr", "flipboard", "messenger", "copy link", "copy url",
    "share", "tweet", "pin", "pin it", "vk", "vkontakte", "xing", "pocket", "threads", "bluesky",
    "mastodon", "instagram", "youtube", "tiktok", "viber", "weibo", "wechat",
    "odnoklassniki", "одноклассники", "вконтакте", "ok.ru", "google+", "digg", "stumbleupon", "myspace", "delicious", "imprimer",
    "drucken", "stampa", "imprimir", "afdrukken", "печать", "teilen", "partager", "compartir",
    "condividi", "partilhar", "compartilhar", "delen", "поделиться", "whats app",
    "mix", "evernote", "feedly", "truth social", "gmail", "outlook", "outlook.com", "instapaper", "sms",
    "text message", "snapchat", "skype", "line", "kakaotalk", "livejournal", "жж", "вайбер", "вк", "kwai",
    "hacker news", "slack", "discord", "yahoo mail", "naver", "qzone", "renren", "douban",
]

# First item of a breadcrumb ("Home > News > Local").
HOME_WORDS = [
    "home", "homepage", "home page", "start", "startseite", "accueil", "inicio", "portada",
    "pagina iniziale", "início", "página inicial", "startpagina", "главная", "главная страница",
]

# Menu items: a line of 3+ short items split by | • · / where one of them is one of these is a menu.
NAV_WORDS = [
    "home", "about", "about us", "contact", "contact us", "news", "blog", "sitemap", "site map",
    "privacy", "privacy policy", "terms", "terms of use", "terms of service", "imprint", "faq",
    "help", "login", "log in", "sign in", "register", "search", "advertise", "careers", "jobs",
    "impressum", "datenschutz", "kontakt", "über uns", "agb", "accueil", "contact", "mentions légales",
    "à propos", "confidentialité", "inicio", "contacto", "aviso legal", "privacidad", "quiénes somos",
    "chi siamo", "contatti", "privacy", "sobre", "sobre nós", "contato", "contacto", "over ons",
    "privacybeleid", "главная", "контакты", "о нас", "о компании", "реклама", "войти",
]

# A metered paywall's counter ("You have 1 free article left this month", "Ti resta 1 articolo gratuito
# questo mese"): a short line with a number and a word of each of these three kinds ("free" and "item":
# prefix stems; "month": whole words, one month or week, so that "3 free months of ..." is an offer).
METER_WORDS: dict[str, list[str]] = {
    "free": ["free", "gratis", "gratuit", "offert", "kostenlos", "gratuito", "gratuita", "grátis", "бесплатн"],
    "item": ["article", "artikel", "artículo", "articolo", "articoli", "artigo", "matéria", "reportage", "story",
             "stories", "stück", "beitr", "текст", "стат", "материал"],
    "month": ["month", "monat", "mois", "mes", "mese", "mês", "maand", "месяц", "месяце", "месяца", "week", "woche",
              "semaine", "semana", "settimana", "неделю", "неделе"],
}

# Words that show a paragraph under a "Disclaimer" title is legal text (stems, lower case).
LEGAL_CUES = [
    # en
    "warrant", "liabil", "liable", "responsib", "accuracy", "accurate", "as is", "endorse",
    "advice", "copyright", "opinion", "views expressed", "not necessarily", "informational",
    "information purposes", "disclaim", "indemn", "third part", "reproduc", "consult",
    # de
    "haftung", "gewähr", "verantwort", "urheberrecht", "keine anlageberatung", "meinung",
    # fr
    "responsabilit", "garantie", "exactitude", "droits d'auteur", "conseil", "avis",
    # es / pt / it
    "responsabilidad", "garantía", "exactitud", "derechos de autor", "asesoramiento", "opinión",
    "responsabilidade", "garantia", "direitos autorais", "direitos de autor", "opinião",
    "responsabilità", "garanzia", "accuratezza", "diritti d'autore", "consulenza",
    # nl
    "aansprakelijk", "verantwoordelijk", "garantie", "auteursrecht", "advies",
    # ru
    "ответственност", "гаранти", "точност", "авторск", "мнение", "рекомендаци",
    # sponsored and partner content, affiliate links, trademarks (under "Advertorial", "Trademark notice:")
    "sponsor", "paid for by", "paid content", "partner", "advertis", "trademark", "respective owner",
    "affiliate", "commission", "editorial staff", "editorial team", "newsroom",
    "anzeige", "gesponsert", "werbung", "redaktion", "warenzeichen", "provision",
    "partenaire", "rédaction", "publicit", "marque déposée",
    "patrocinad", "redacción", "publicidad", "marca registrada", "comisión",
    "sponsorizzat", "redazione", "pubblicit", "marchi registrati", "commissione",
    "parceiro", "parceria", "redação", "publicidade", "comissão",
    "gesponsord", "betaald", "redactie", "advertentie", "handelsmerk",
    "реклам", "партнер", "партнёр", "редакци", "спонсор", "товарный знак",
    # validity notes ("correct at the time of publication", "subject to change without notice")
    "time of publication", "time of writing", "subject to change", "without notice", "estimate only",
    "zeitpunkt der veröffentlichung", "ohne vorankündigung", "änderungen vorbehalten",
    "moment de la publication", "sans préavis", "momento de la publicación", "sin previo aviso",
    "momento della pubblicazione", "senza preavviso", "momento da publicação", "sem aviso prévio",
    "moment van publicatie", "onder voorbehoud", "на момент публикации", "без предварительного уведомления",
]

# Words that make a title legal by itself ("Legal notice", "Haftungsausschluss"), unlike "Note".
LEGAL_HEAD_WORDS = ["disclaim", "legal", "disclosure", "légal", "legale", "juridi", "haftung", "ausschluss",
                    "responsab", "отказ", "правов"]

# Words of a short title ending in ":" that may head a legal paragraph like the titles below
# ("Risk warning:", "Trademark notice:", "Editor's note:"): the paragraph must read as legal text.
NOTICE_WORDS = [
    "note", "notice", "warning", "disclosure", "disclaimer", "attention", "transparency", "important",
    "hinweis", "anmerkung", "warnung", "achtung", "transparenzhinweis", "risikohinweis",
    "avis", "avertissement", "remarque", "mention", "nota", "aviso", "advertencia", "atención", "avviso",
    "avvertenza", "attenzione", "atenção", "advertência", "noot", "opmerking", "waarschuwing", "kennisgeving",
    "примечание", "внимание", "предупреждение", "уведомление",
    # advisories, alerts and reminders
    "advisory", "alert", "caution", "reminder", "vorsicht", "warnhinweis", "erinnerung", "rappel", "alerte",
    "alerta", "precaución", "recordatorio", "allerta", "promemoria", "cuidado", "lembrete", "melding",
    "herinnering", "осторожно", "напоминание",
]

# Titles that may head a legal paragraph ("Notice:", "Avertissement :"): removed only together
# with a following paragraph that reads as legal text (see LEGAL_CUES).
LEGAL_TITLES = [
    "disclaimer", "legal disclaimer", "important notice", "legal notice", "notice", "disclosure", "note",
    "important", "hinweis", "rechtlicher hinweis", "haftungsausschluss", "wichtiger hinweis", "avertissement",
    "avis", "avis important", "mention légale", "aviso", "aviso legal", "aviso importante", "nota",
    "avvertenza", "avviso", "avviso legale", "nota legale", "nota importante", "let op", "belangrijk",
    "juridische mededeling", "отказ от ответственности", "внимание", "важно", "примечание",
]

_NET = "(?:facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|e-?mail|telegram|tumblr|flipboard|vk)"

PATTERNS: dict[str, dict[str, dict[str, list[str]]]] = {
    "en": {
        "error": {
            "strong": [
                (r"(?:http |error |status )?(?:4[01]\d|5\d\d)(?: error)?(?: [-:]? ?(?:page )?(?:not found|"
                r"forbidden|unauthori[sz]ed|bad request|internal server error|service (?:temporarily )?"
                r"unavailable|bad gateway|gateway time-?out|gone|access denied|file not found))"),
                r"(?:http )?error (?:4[01]\d|5\d\d)|(?:http|status)(?: error| code)? ?(?:4[01]\d|5\d\d)",
                (r"(?:(?:oops|sorry|we're sorry|hmm|uh-?oh|whoops)[,!. ]+)?(?:the |this |that )?(?:page|url)"
                r"(?: you (?:were|are) (?:looking|searching) for| you requested)? (?:can't|cannot|can not|could"
                r" not|couldn't) be (?:found|located|displayed).*"),
                (r"(?:(?:oops|sorry|we're sorry|hmm|uh-?oh|whoops)[,!. ]+)?(?:but )?we (?:can't|cannot|couldn't|"
                r"could not) (?:seem to )?(?:find|locate) (?:the|that|this|any) (?:page|url|content)(?: you[^.]{0,40})?\W{0,3}"),
                r"nothing (?:was |has been )?found(?: at this (?:location|address|url)| here)?",
                (r"(?:\S+[,!.] )?(?:it )?(?:looks|seems) like (?:this|that|the) page .*"),
                *(rf"(?:\S+[,!.] )?(?:the|this|that) {noun}\b (?:you(?:'re| are| were)? (?:\S+ ){{0,4}}"
                  r")?(?:seems to have |appears to have |has |may have |might have )?(?:moved|been moved|been removed|"
                  r"been deleted|gone missing|went missing|is missing|does not exist|doesn't exist|no longer exists|"
                  r"is no longer available|is not available|isn't available|is unavailable|could not be (?:found|"
                  r"located)|cannot be (?:found|located)|can't be (?:found|located)).*" for noun in ("page", "article",
                                                                                                     "link", "url")),
                r"page (?:unavailable|missing|not available|no longer available|gone)",
                r"(?:error[: ]+)?(?:page|file|document|article|content) (?:was )?not found",
                (r"(?:oops[,!. ]+|sorry[,!. ]+|we're sorry[,!. ]+|we are sorry[,!. ]+)?(?:but )?(?:the |this )?"
                r"(?:page|article|content|file|resource|url|link)(?: or file)? (?:you (?:were|are|have been)"
                r" (?:looking|searching) for|you requested|you tried to (?:access|reach|open)|requested)"
                r" (?:could not|cannot|can't|couldn't|can ?not) be (?:found|located|displayed)"
                r"(?: on this server)?.*"),
                (r"(?:oops[,!. ]+|sorry[,!. ]+|we're sorry[,!. ]+|we are sorry[,!. ]+)?(?:but )?(?:the |this )?"
                r"(?:page|article|content|file|url|link) (?:you (?:were|are|have been) (?:looking|searching)"
                r" for|you requested|you tried to (?:access|reach|open)|requested)"
                r" (?:doesn't|does not|did not|didn't|no longer) exists?.*"),
                (r"(?:oops[,!. ]+|sorry[,!. ]+|we're sorry[,!. ]+|we are sorry[,!. ]+)?(?:but )?(?:the |this )?"
                r"(?:page|article|content|file|url|link) (?:you (?:were|are|have been) (?:looking|searching)"
                r" for|you requested|requested)? ?(?:is|was|has been) (?:no longer available|not available|"
                r"unavailable|removed|deleted|moved|not found|expired).*"),
                (r"(?:oops|sorry|we're sorry|we are sorry|uh oh)[,!. ]+(?:but )?(?:we )?(?:can't|cannot|"
                r"couldn't|could not) (?:seem to )?(?:find|locate) (?:the|that|this|what) .*"),
                r"(?:sorry[,!. ]+)?(?:this|that) page (?:isn't|is not|doesn't|does not) (?:available|exist).*",
                r"the requested url(?: .*)? was not found on this server.*",
                r"you don't have permission to access .*",
                r"you do not have permission to (?:access|view) this (?:page|resource|content).*",
                r"access (?:to this page )?(?:denied|forbidden)",
                                r"internal server error",
                r"service (?:temporarily )?unavailable",
                r"(?:that's|this is) an error",
                r"lost\? .*(?:home ?page|search).*",
            ],
            "weak": [
                r"4[01]\d|5\d\d|forbidden",
                (r"sorry|we're sorry|we are sorry|oops|oh no|uh-? ?oh|whoops|hmm+|whoa|yikes|oh dear|ouch|darn|"
                r"uh oh|well,? this is embarrassing"), r"error",
                r"(?:visit|go to|back to|return to) (?:our|the) (?:home ?page|home|front page|main page)|head (?:back )?home",
                r"search (?:our|the) (?:site|website)(?: instead)?.*",
                r".*\bmay be broken\b.*", r".*\bmight be broken\b.*",
                r".*\bmay have been (?:removed|moved|deleted|renamed)\b.*",
                r".*\bmight have been (?:removed|moved|deleted|renamed)\b.*",
                r"not found", r"something went wrong.*",
                (r"(?:go|head|take me|return|get) (?:back )?(?:to )?(?:the )?(?:home ?page|home|main page|"
                r"front page|start page)"),
                r"back to (?:the )?(?:home ?page|home|main page|front page)",
                r"(?:please )?try (?:searching|a search|again|searching for (?:it|what you need)).*",
                r"(?:you may|you can|try to)? ?search (?:for it|our site|the site|below).*",
                r"(?:please )?(?:check|double-check) the (?:url|address|spelling).*",
                r"(?:it|the page) (?:may|might) have been (?:moved|removed|deleted|renamed).*",
                r"(?:here are )?some (?:helpful|useful) links.*",
            ],
        },
        "cookie": {
            "strong": [
                (r"(?:this|our) (?:web ?site|site|website|page|portal) (?:uses|use|is using|stores|places)"
                r" (?:cookies|cookie).*"),
                r"we (?:and our partners )?(?:use|are using|store|place|utili[sz]e) (?:cookies|cookie).*",
                r"(?:by (?:continuing|clicking|using|browsing)|if you continue).*(?:cookies|cookie policy).*",
                (r"(?:accept|allow|reject|decline|refuse) (?:all )?(?:cookies|optional cookies|"
                r"non-essential cookies)"),
                (r"(?:manage|customi[sz]e|change|update|review) (?:your )?(?:cookie|cookies|consent|"
                r"privacy|tracking) ?(?:settings|preferences|options|choices|consent)?"),
                r"cookie (?:settings|preferences|policy|notice|consent|banner|declaration)",
                r"(?:we|this site) value[s]? your privacy.*",
                # A notice about the reader's cookies: a site/consent word and "cookie" in a sentence that
                # starts by addressing the reader (so a recipe's "we baked cookies" is not one).
                (r"(?:we|our|this|by|you|your|if you|nous|ce|en|notre|vous|wir|diese|unsere|mit|durch|sie|este|"
                r"esta|utilizamos|usamos|si|al|questo|utilizziamo|noi|continuando|nós|ao|deze|wij|door|мы|этот|"
                r"наш|продолжая)\b(?=.*\b(?:web ?site|browser|device|consent|partners|personali[sz]e|"
                r"analytics|advertising|browsing|webseite|website|zustimmung|navigation|navegación|navigazione|"
                r"navegação|consentimento|consenso|consentimiento|toestemming|сайт\w*)\b).*\bcookies?\b.*"),
                (r"(?:essential|necessary|functional|analytics|marketing|performance|strictly necessary)"
                r" cookies"),
                r"(?:you can|you may) (?:change|withdraw|manage) your (?:consent|cookie|preferences).*cookie.*",
            ],
            "weak": [
                r"(?:accept|allow|agree|reject|decline|refuse|deny)(?: all| and (?:close|continue))?",
                r"i (?:accept|agree|understand)", r"ok(?:ay)?|got it|understood|confirm my choices",
                r"(?:privacy|cookie) settings|settings|preferences", r"(?:more|further) info(?:rmation)?",
                r"learn more|find out more|read more about cookies|details", r"privacy policy|privacy notice",
                r"close|dismiss|save(?: and exit| and close| settings| preferences)?|continue without accepting",
                (r"(?:manage|customi[sz]e|change|edit|update|adjust|show) (?:your |my |all )?(?:settings|"
                r"preferences|choices|options|purposes|vendors|partners)"),
            ],
        },
        "legal": {
            "strong": [
                (r"(?:legal |important |general |editorial |financial |investment )?(?:disclaimer|"
                r"disclosure)(?: notice| statement)?(?:[:\-–—].*)?"),
                r"(?:copyright ?)?© ?.{0,160}",
                r"copyright (?:\(c\) ?)?(?:\d{4}|\(c\)).*",
                r"\(c\) ?(?:\d{4}).*",
                r".*\ball rights (?:are )?reserved\b.*",
                (r"(?:this|the) (?:material|article|content|story|report) (?:may|must) not be (?:published|"
                r"reproduced|redistributed|copied|rewritten|broadcast).*"),
                (r"the views (?:and opinions )?expressed (?:in this|herein|here|above|by).*(?:do not|are"
                r" those|don't) .*"),
                (r"(?:this|the) (?:article|content|information|material|post)s? (?:is|are|was) (?:provided )?"
                r"(?:for|intended for) (?:general )?(?:information(?:al)?|educational) purposes only.*"),
                (r"(?:nothing (?:in|on) this|the information on this) .*(?:constitutes?|should be construed"
                r" as) .*advice.*"),
                (r"(?:any )?(?:reproduction|redistribution|republication|copying)\b.{0,90}\b(?:is |are )?"
                r"(?:strictly )?(?:prohibited|forbidden|not permitted)\b.*"),
            ],
            "weak": [r"privacy policy", r"terms(?: (?:of use|of service|and conditions))?(?: and privacy policy)?", r"legal notice|legal|imprint|impressum"],
        },
        "newsletter": {
            "strong": [
                (r"(?:sign up|subscribe|register|signup|opt in)(?: now| today| here)? (?:for|to) (?:our|my|free|a free|"
                 r"the free)\b.{0,60}\b(?:newsletters?|updates|e-?mails?|mailing list|alerts|digest|briefing|bulletin)"
                 r"\b.*"),
                (r"(?:sign up|subscribe|register|signup|opt in)(?: now| today| here)? (?:for|to) (?:the|this) (?:\S+ ){0,3}"
                 r"(?:newsletter|mailing list|digest|briefing|bulletin)\b.*"),
                r".*\bnewsletters?\b.*\b(?:sign up|subscribe|inbox|register)\b.*",
                r"(?:.{0,60})\b(?:sign up|subscribe|register|join)\b.{0,40}\bnewsletter(?:s?\b.{0,40})",
                r".*\bunsubscribe\b(?: \S+){0,3} (?:any ?time|at any time)\b.*",
                r".*\bopt out\b(?: \S+){0,3} (?:any ?time|at any time)\b.*",
                r"(?:enter|type|add|provide|your) (?:your )?e-?mail(?: address)?(?: here| below)?(?: to .{0,60})?",
                r"(?:get|receive|have) .*(?:delivered|sent|straight)? (?:to|in|into) your inbox.*",
                r"(?:thanks?|thank you) for (?:signing up|subscribing|registering).*",
                (r"by (?:signing up|subscribing|clicking subscribe|entering your email).*(?:agree|consent|"
                r"accept).*"),
                r".*(?:you can |you may )?(?:unsubscribe|opt out) at any time\b.*",
                (r"(?:don't|do not|never) miss (?:a|an|the|out on)? ?.*(?:story|update|issue|post|news|"
                r"article)s?.*(?:subscribe|sign up|inbox|newsletter).*"),
                r"subscribe(?: now| today| here| for free)?",
                r"(?:join|follow) (?:our|the) (?:mailing list|newsletter|email list).*",
                r"(?:daily|weekly|free|our) newsletter",
            ],
            "weak": [r"sign up|signup|join now|join|sign me up|count me in|i'm in", r"newsletter",
                     r"e-?mail(?: address)?",
                     r"first name|last name|name", r"submit|send|go|continue"],
        },
        "share": {
            "strong": [
                r"share (?:this|the|our) (?:article|story|post|page|video|link|item)(?: on .*| with .*| via .*)?",
                r"share(?: this)? (?:on|via|to|with) " + _NET + r".*",
                r"(?:share|tweet|post|send)(?: this)? (?:on|via|to) " + _NET,
                r"click to (?:share|email|print|tweet).*",
                r"(?:e-?mail|print|send|tweet|share|save) (?:this|the) (?:article|story|page|post|link)",
                r"(?:spread the word|share the love|sharing is caring)",
                r"(?:copy|copied) (?:the )?link(?: to clipboard)?",
            ],
            "weak": [r"share(?: this| it| now| article| story)?", r"tweet|pin it|print|email|e-mail|copy url|copy link",
                     _NET, r"(?:\d+ )?shares?"],
        },
        "comments": {
            "strong": [
                r"no comments?(?: yet| so far)?(?:[.!:;]+ (?:be the first|start|add|leave|post|write|click|share|why not).*)?",
                r"(?:\d+|no|zero|one) (?:comments?|responses?|replies|reactions)(?: so far)?(?: on .*)?",
                r"(?:comments?|responses?|replies|reactions) ?\(\d+\)",
                (r"(?:leave|post|add|write|submit|make)(?: a| your| the first)? (?:comment|reply|response)s?"
                r"(?: below| here)?(?: on .*)?"),
                r"(?:be|was) the first to (?:comment|respond|reply|review|leave a comment).*",
                r"you must be (?:logged|signed) in to (?:post|leave|add) a (?:comment|reply).*",
                r"(?:log|sign) in to (?:comment|reply|join the (?:discussion|conversation)).*",
                r"comments? (?:are|is|have been) (?:closed|disabled|turned off).*",
                r"(?:join|start|continue) the (?:discussion|conversation)",
                r"(?:view|show|load|see|read|hide)(?: all| more)? (?:\d+ )?comments?(?: \(\d+\))?",
                r"comment policy.*|community guidelines",
                r"your email address will not be published.*",
                r"required fields are (?:marked|indicated).*",
                r"cancel reply|post comment|submit comment|notify me of (?:follow-up|new) (?:comments|posts).*",
                r"what do you think\?? (?:leave|share|tell|let) .*",
            ],
            "weak": [r"comments?|discussion|reactions|responses|replies|reply|report|like|respond",
                     r"(?:\d+ )?(?:likes?|votes?)", r"(?:sort|sorted) by.*|newest|oldest|best|top|most popular"],
        },
        "navigation": {
            "strong": [
                r"skip to (?:main )?(?:content|navigation|search|footer|main content)",
                r"jump to (?:navigation|search|content|main content)",
                r"(?:toggle|open|close|show|hide) (?:navigation|menu|main menu|search)",
                r"(?:back|return|scroll) to top", r"main (?:menu|navigation)",
                r"(?:previous|next|older|newer) (?:article|post|page|story|entry|posts|entries|stories)",
                r"you are here.*",
            ],
            "weak": [r"menu|navigation|search|home|close|more|all sections|sections|previous|next|top"],
        },
        "related": {
            "header": [
                (r"related(?: articles?| posts?| stories| news| content| coverage| reading| links| topics|"
                r" videos?| items| searches)?"),
                (r"(?:more|other|latest|recent|top|trending|popular|featured|recommended)(?: articles?| posts?|"
                r" stories| news| reads| for you| videos| headlines)"),
                (r"(?:editor's picks?|editors' picks?|trending now|trending|recommended for you|top stories|"
                r"latest news|recent posts|more stories|more news)"),
                r"(?:you|readers) (?:may|might|will|could) also (?:like|enjoy|be interested in|want to read)",
                r"(?:more|read more|also read|see more) (?:from|on|in|about) (?:this|the|our) .{0,40}",
                r"more (?:from|in) [^.!?]{1,30}",
                r"more (?:stories|articles|posts|news|videos)? ?like this",
                r"most (?:read|popular|viewed|shared|commented|emailed|recent)(?: articles?| stories| posts| news)?",
                r"(?:read more|see also|also read|also see|read also|don't miss|must read|recommended reading|more to read)",
                r"(?:tags?|topics?|categor(?:y|ies)|filed under|posted in|keywords?)",
                (r"(?:what to read next|read next|up next|further reading|around the web|from the web|"
                r"sponsored(?: content| stories| links)?|promoted(?: stories)?|in case you missed it)"),
            ],
        },
        "login": {
            "strong": [
                (r"(?:log ?in|sign ?in)(?: (?:or|/|\|) (?:register|sign ?up|create (?:an |your )?account|"
                r"subscribe))?"),
                r"(?:log ?in|sign ?in) to (?:your account|continue|read|access|view|save).*",
                r"forgot(?:ten)? (?:your )?(?:password|username|login details)\??",
                r"(?:create|register) (?:an |your |a free )?(?:free )?account",
                r"(?:don't|do not|doesn't) have an account(?: yet)?(?:\?.*)?",
                r"(?:already|are you) (?:have an account|a (?:member|subscriber|registered user))(?:\?.*)?",
                r"(?:not a (?:member|subscriber)|new (?:here|user|to .{1,30}))(?:\? .*)?",
                r"register(?: now| here| for free)?", r"remember me|keep me (?:logged|signed) in",
                r"my account|my profile|log ?out|sign ?out",
                (r"(?:you have|you've) (?:reached|used) (?:your|all your) (?:free )?(?:article|story)(?: limit|"
                r" views)?.*"),
                r"(?:to continue reading|continue reading),? .*(?:subscribe|log ?in|sign ?in|register).*",
                (r"(?:this (?:article|content|story) is (?:for|available to|exclusive to) "
                r"(?:subscribers|members|premium members|registered users)).*"),
                r"subscribe to (?:continue|keep) reading.*|already a subscriber(?:\? .*)?",
            ],
            "weak": [r"username|user name|password|e-?mail or username|sign up|subscribe"],
        },
    },
    "de": {
        "error": {
            "strong": [
                r"(?:fehler ?)?(?:4[01]\d|5\d\d)?[ -:]*(?:die )?seite (?:wurde )?nicht gefunden",
                r"fehler (?:4[01]\d|5\d\d)|fehlerseite",
                (r"(?:.{0,40}[,!. ]+)?(?:die |diese )?(?:von ihnen )?(?:angeforderte|gesuchte|aufgerufene)?"
                r" ?\bseite (?:existiert (?:leider )?nicht(?: mehr)?|(?:konnte|kann) (?:leider )?nicht gefunden"
                r" werden|wurde (?:leider )?nicht gefunden|ist (?:leider )?nicht (?:mehr )?(?:verfügbar|"
                r"erreichbar)).*"),
                r"(?:es )?tut uns leid[,!. ]+.*seite.*", r"zugriff verweigert",
                r"(?:diese|die) seite (?:gibt es|existiert) (?:leider )?nicht(?: mehr)?.*",
                (r"(?:leider )?(?:konnten|können|kann) wir (?:die|diese) (?:gesuchte |angeforderte )?seite (?:leider )?"
                 r"nicht finden.*"),
            ],
            "weak": [r"hoppla|ups|entschuldigung|oh nein|leider", r"zur(?:ück zur)? startseite|zurück",
                     r"(?:bitte )?(?:versuchen sie es|probieren sie es) (?:erneut|später|noch einmal).*",
                     r"(?:nutzen sie|verwenden sie) (?:die|unsere) suche.*"],
        },
        "cookie": {
            "strong": [
                (r"(?:diese|unsere) (?:web)?(?:seite|site|website) (?:verwendet|nutzt|benutzt|setzt)"
                r" (?:\w+ )?cookies.*"),
                r"wir (?:und unsere partner )?(?:verwenden|nutzen|setzen|benutzen) (?:\w+ )?cookies.*",
                (r"(?:mit der|durch die) (?:weiteren )?nutzung (?:dieser|unserer|der) (?:web)?(?:seite|site|"
                r"website).*(?:cookies|einverstanden|zu).*"),
                r"(?:alle )?cookies? (?:akzeptieren|zulassen|ablehnen|erlauben)",
                r"cookie-?(?:einstellungen|richtlinie|hinweis|zustimmung)",
                r"(?:einstellungen|präferenzen) (?:verwalten|anpassen)",
            ],
            "weak": [r"(?:alle )?(?:akzeptieren|zulassen|ablehnen|zustimmen)|einverstanden|verstanden",
                     (r"einstellungen|mehr (?:erfahren|informationen)|datenschutzerklärung|"
                     r"auswahl (?:speichern|bestätigen)|schließen")],
        },
        "legal": {
            "strong": [
                r"(?:rechtlicher hinweis|haftungsausschluss|disclaimer|risikohinweis)(?:[:\-–—].*)?",
                r".*\balle rechte vorbehalten\b.*",
                (r"(?:nachdruck|vervielfältigung|weiterverbreitung) (?:nur )?(?:mit|ohne) .*(?:genehmigung|"
                r"erlaubnis|untersagt).*"),
            ],
            "weak": [r"impressum|datenschutz|agb|rechtliche hinweise|nutzungsbedingungen"],
        },
        "newsletter": {
            "strong": [
                r".*\bnewsletter\b.*(?:abonnieren|anmelden|bestellen|registrieren|e-?mail|postfach).*",
                r"(?:jetzt )?(?:für (?:den|unseren) newsletter )?(?:anmelden|registrieren) und .*",
                r"(?:ihre|deine) e-?mail-?adresse(?: .{0,40})?",
                r"(?:jetzt|gratis|kostenlos) (?:abonnieren|anmelden)",
                r"(?:vielen )?dank für (?:ihre|deine) anmeldung.*",
                r"(?:sie können sich|abmeldung) jederzeit .*abmelden.*|jederzeit (?:wieder )?abbestellbar.*",
                r".*\bjederzeit\b.*\b(?:abmeldung|abbestellung|abmelden|abbestellen|kündbar|abbestellbar)\b.*",
                r".*\b(?:abmeldung|abbestellung)\b.*\bjederzeit\b.*",
                r"(?:melden sie sich|melde dich|tragen sie sich|trag dich|abonnieren sie|abonniere) .*\bnewsletter\b.*",
            ],
            "weak": [r"abonnieren|anmelden|newsletter|absenden"],
        },
        "share": {
            "strong": [r"(?:diesen |den )?(?:artikel|beitrag|seite|link) (?:teilen|empfehlen|drucken|versenden)",
                       r"(?:auf|via|per|bei) " + _NET + r" teilen", r"teilen (?:auf|via|per|bei) " + _NET],
            "weak": [r"teilen|drucken|versenden|empfehlen|link kopieren"],
        },
        "comments": {
            "strong": [
                r"(?:keine|\d+) kommentare?(?: vorhanden| bisher)?", r"noch keine kommentare.*",
                r"kommentare? \(\d+\)",
                r"(?:einen |ihren |deinen )?kommentar (?:schreiben|verfassen|hinterlassen|abgeben|absenden)",
                r"(?:schreiben sie|schreibe|hinterlassen sie|hinterlasse) (?:einen|den ersten) kommentar.*",
                r"(?:seien sie|sei) der erste,? der .*",
                r"(?:kommentare|alle kommentare) (?:anzeigen|laden|einblenden|lesen)",
                r"(?:die )?kommentarfunktion (?:ist|wurde) .*(?:geschlossen|deaktiviert).*",
            ],
            "weak": [r"kommentare|antworten|diskussion|melden"],
        },
        "navigation": {
            "strong": [r"(?:direkt )?zum (?:hauptinhalt|inhalt|hauptmenü) springen|zum inhalt",
                       r"(?:nach oben|zurück nach oben|seitenanfang)",
                       r"(?:vorheriger|nächster|vorheriger|älterer|neuerer) (?:artikel|beitrag)"],
            "weak": [r"(?:haupt)?menü|navigation|suche|startseite|zurück|weiter|mehr"],
        },
        "related": {
            "header": [
                (r"(?:ähnliche|verwandte|weitere|passende|neueste|beliebte) (?:artikel|beiträge|themen|"
                r"nachrichten|meldungen|news)"),
                r"(?:das|dies) (?:könnte|dürfte) (?:sie|dich) (?:auch )?interessieren",
                r"meistgelesen(?:e)?(?: artikel| beiträge)?|meist gelesen|top-?themen",
                r"auch interessant|mehr zum thema|lesen sie (?:auch|mehr)|lies auch|auch lesenswert",
                r"schlagw(?:ö|o)rter|stichw(?:ö|o)rter|themen|kategorien?|tags",
            ],
        },
        "login": {
            "strong": [r"(?:anmelden|einloggen|login)(?: (?:oder|/|\|) registrieren)?",
                       r"passwort vergessen\??", r"(?:konto|benutzerkonto) (?:erstellen|anlegen)",
                       r"noch kein (?:konto|benutzerkonto)(?:\?.*)?", r"(?:mein konto|abmelden|ausloggen)",
                       r"registrieren|angemeldet bleiben"],
            "weak": [r"benutzername|passwort|e-?mail"],
        },
    },
    "fr": {
        "error": {
            "strong": [
                r"(?:erreur ?)?(?:4[01]\d|5\d\d)?[ -:]*page (?:introuvable|non trouvée|inexistante)",
                r"erreur (?:4[01]\d|5\d\d)",
                (r"(?:.{0,40}[,!. ]+)?la page (?:que vous (?:recherchez|cherchez|avez demandée)|demandée)"
                r" (?:n'existe pas|n'existe plus|est introuvable|n'a pas été trouvée|n'est (?:plus )?"
                r"disponible|a été (?:supprimée|déplacée)).*"),
                r"(?:désolé|nous sommes désolés|oups)[,!. ]+.*page.*", r"accès refusé|accès interdit",
                r"(?:nous )?n'avons pas (?:pu )?trouv(?:é|er) (?:cette|la) page.*",
                (r"(?:\S+[,!.] )?cette page (?:n'existe (?:pas|plus)|est introuvable|a été (?:supprimée|déplacée)|n'est (?:plus )?"
                r"disponible).*"),
            ],
            "weak": [r"oups|désolé|erreur", r"retour(?:ner)? à l'accueil|revenir à (?:la page d')?accueil",
                     r"(?:veuillez )?(?:réessayer|essayez) .*"],
        },
        "cookie": {
            "strong": [
                r"(?:ce site|notre site|nous)(?: web)? (?:utilise|utilisons|dépose|déposons)(?: des)? cookies.*",
                r"en (?:poursuivant|continuant) (?:votre )?navigation.*", (r".*(?:accepte[zr]|consente[zr]).*"
                r"(?:l'utilisation|l'usage|le dépôt) (?:des|de) cookies\b.*"),
                r"(?:tout )?(?:accepter|refuser)(?: et (?:fermer|continuer)| les cookies| tout)",
                r"(?:paramétrer|gérer|personnaliser) (?:les |mes |vos )?(?:cookies|préférences|choix)",
                r"paramètres (?:des )?cookies|politique (?:de|des|relative aux) cookies",
                r"continuer sans accepter",
            ],
            "weak": [(r"(?:tout )?(?:accepter|refuser)|j'accepte|d'accord|ok|personnaliser|paramètres|"
                     r"en savoir plus|fermer")],
        },
        "legal": {
            "strong": [(r"(?:avertissement légal|clause de non-responsabilité|avis de non-responsabilité|"
                       r"mentions légales)(?:[:\-–—].*)?"),
                       r".*\btous droits réservés\b.*",
                       r"(?:toute )?reproduction\b.{0,60}\b(?:interdite|prohibée)\b.*"],
            "weak": [(r"politique de confidentialité|conditions générales(?: d'utilisation)?|cgu|"
                     r"données personnelles")],
        },
        "newsletter": {
            "strong": [rf".*\b{verb} (?:à|a) (?:notre|la|nos) (?:newsletter|lettre d'information|infolettre|lettres?).*"
                       for verb in ("inscrivez-vous", "abonnez-vous", "inscription")] + [
                       r"recevez (?:notre|la|nos|gratuitement) .*(?:newsletter|lettre|e-?mail|boîte).*",
                       r"(?:votre|saisissez votre|entrez votre) (?:adresse )?e-?mail(?: .{0,40})?",
                       r"je m'abonne|je m'inscris|s'abonner à la newsletter",
                       r"(?:merci|merci pour votre inscription).*inscri.*",
                       r".*vous (?:pouvez|pourrez) vous désinscrire à tout moment.*"],
            "weak": [r"s'inscrire|s'abonner|newsletter|valider|envoyer"],
        },
        "share": {
            "strong": [r"partager (?:cet |l'|cette |la )?(?:article|page|vidéo|info|publication)|partager sur " + _NET,
                       r"(?:envoyer|imprimer) (?:cet |l')article"],
            "weak": [r"partager|imprimer|envoyer"],
        },
        "comments": {
            "strong": [r"(?:aucun|\d+|pas de) (?:commentaires?|réactions?)", r"commentaires? \(\d+\)",
                       r"(?:laisser|ajouter|écrire|poster|publier|rédiger) (?:un|votre) commentaire",
                       r"soyez (?:le premier|la première) à (?:commenter|réagir).*",
                       r"vous devez être (?:connecté|identifié) pour (?:publier|poster|laisser) un commentaire.*",
                       r"(?:voir|afficher|lire) (?:les|tous les) commentaires",
                       r"votre adresse (?:e-?mail|de messagerie) ne sera pas publiée.*"],
            "weak": [r"commentaires|répondre|réagir|signaler"],
        },
        "navigation": {
            "strong": [r"aller (?:au|directement au) contenu(?: principal)?|passer au contenu",
                       r"retour en haut(?: de (?:la )?page)?|haut de page",
                       r"article (?:précédent|suivant)"],
            "weak": [r"menu|accueil|rechercher?|fermer|précédent|suivant"],
        },
        "related": {
            "header": [r"(?:articles?|sujets?|contenus?) (?:similaires|liés|associés|connexes|recommandés)",
                       r"(?:à lire|lire) (?:aussi|également)|voir aussi|à découvrir aussi",
                       r"vous (?:aimerez|pourriez aimer|pourriez être intéressé par) (?:aussi|également)?",
                       r"(?:les )?plus (?:lus|populaires|partagés)|sur le même sujet|dans la même rubrique",
                       r"mots[- ]clés|tags?|thèmes?|catégories?"],
        },
        "login": {
            "strong": [r"(?:se connecter|connexion|s'identifier)(?: (?:/|ou|\|) (?:s'inscrire|inscription))?",
                       r"créer (?:un|mon) compte|mot de passe oublié\s?\??", r"mon compte|se déconnecter",
                       r"pas encore (?:de compte|inscrit|abonné)\s?(?:\?.*)?"],
            "weak": [r"s'inscrire|inscription|mot de passe|identifiant"],
        },
    },
    "es": {
        "error": {
            "strong": [
                r"(?:error ?)?(?:4[01]\d|5\d\d)?[ -:]*página no (?:encontrada|existe|disponible)",
                r"error (?:4[01]\d|5\d\d)",
                (r"(?:.{0,40}[,!. ]+)?la página (?:que (?:buscas|busca|estás buscando|está buscando|has"
                r" solicitado|ha solicitado)|solicitada) (?:no existe|no (?:se )?(?:ha )?(?:podido|pudo|puede)"
                r" (?:ser )?encontrar(?:se)?|no (?:está|se encuentra) disponible|ya no existe|ha sido"
                r" (?:eliminada|movida)).*"),
                r"lo sentimos[,!. ]+.*página.*", r"acceso denegado",
                r"(?:\S+[,!.] )?esta página (?:no existe|ya no existe|no está disponible|ha sido (?:eliminada|movida)).*",
                r"(?:\S+[,!.] )?no (?:hemos|se ha|pudimos|podemos) (?:podido )?encontrar? (?:la|esta|esa) página.*",
            ],
            "weak": [r"lo sentimos|ups|vaya|error", r"(?:volver|ir|regresar) (?:a la página (?:de inicio|principal)|al inicio|a inicio|a la portada)"],
        },
        "cookie": {
            "strong": [
                r"(?:este (?:sitio|sitio web|portal)|esta (?:página|web)) (?:utiliza|usa|emplea) (?:\w+ )?cookies.*",
                r"(?:utilizamos|usamos|empleamos) (?:\w+ )?cookies.*",
                r"si (?:continúa|continúas|sigue|sigues) navegando.*",
                r"aceptar (?:todas?(?: las cookies)?|cookies|y cerrar|y continuar)",
                r"rechazar (?:todas?|cookies)|configurar cookies|configuración de cookies",
                r"política de cookies"],
            "weak": [r"aceptar|rechazar|configurar|acepto|de acuerdo|más información|cerrar|configuración"],
        },
        "legal": {
            "strong": [r"(?:aviso legal|descargo de responsabilidad|exención de responsabilidad)(?:[:\-–—].*)?",
                       r".*\btodos los derechos reservados\b.*",
                       r"(?:queda )?prohibida (?:la|su) reproducción.*"],
            "weak": [r"política de privacidad|términos y condiciones|condiciones de uso"],
        },
        "newsletter": {
            "strong": [rf".*\b{verb} (?:a|en|al) (?:nuestro|nuestra|el|la|nuestros)? ?(?:newsletter|boletín|boletines).*"
                       for verb in ("suscríbete", "suscribirse", "regístrate", "apúntate", "suscríbase")] + [
                       r"recib[ea] .*(?:newsletter|boletín|correo|bandeja de entrada).*",
                       (r"(?:tu|su|introduce tu|escribe tu) (?:correo(?: electrónico)?|e-?mail|dirección de "
                       r"correo)(?: .{0,40})?"),
                       r"(?:gracias por suscribirte|puedes darte de baja en cualquier momento).*"],
            "weak": [r"suscribirse|suscríbete|suscribirme|enviar|newsletter|boletín"],
        },
        "share": {
            "strong": [r"compartir (?:este artículo|esta noticia|en " + _NET + r"|en (?:las )?redes(?: sociales)?)",
                       r"(?:comparte|compártelo) en " + _NET],
            "weak": [r"compartir|comparte|imprimir|enviar"],
        },
        "comments": {
            "strong": [r"(?:sin|no hay|\d+|cero) comentarios?", r"comentarios? \(\d+\)",
                       r"(?:deja|dejar|escribe|escribir|añadir|añade|publicar|publica) (?:un|tu|su) comentario",
                       r"sé (?:el|la) primer[oa] en comentar.*",
                       r"(?:debes|tienes que) (?:iniciar sesión|estar registrado) para (?:comentar|publicar).*",
                       r"(?:ver|mostrar) (?:los |todos los )?comentarios",
                       r"tu (?:dirección de )?correo (?:electrónico )?no será publicad[oa].*"],
            "weak": [r"comentarios|responder|denunciar"],
        },
        "navigation": {
            "strong": [r"(?:ir|saltar|pasar) al contenido(?: principal)?", r"volver arriba|ir arriba",
                       r"(?:artículo|noticia|entrada) (?:anterior|siguiente)"],
            "weak": [r"menú|inicio|buscar|cerrar|anterior|siguiente"],
        },
        "related": {
            "header": [r"(?:artículos?|noticias|entradas|contenidos?) (?:relacionad[oa]s|similares|recomendad[oa]s)",
                       r"(?:te|le) (?:puede|podría) (?:interesar|gustar)|también (?:te|le) puede interesar",
                       r"(?:lo )?más (?:leído|visto|popular)s?|(?:lee|leer|ver|vea) también|más noticias",
                       r"etiquetas|temas|categorías?|tags?"],
        },
        "login": {
            "strong": [r"(?:iniciar|inicia) sesión(?: (?:o|/) (?:regístrate|registrarse))?|acceder|entrar",
                       r"(?:registrarse|regístrate|crear (?:una )?cuenta)",
                       r"¿?(?:olvidaste|ha olvidado|has olvidado) (?:tu|su) contraseña\??",
                       r"mi cuenta|cerrar sesión", r"¿?no tienes (?:una )?cuenta(?:\?.*)?"],
            "weak": [r"usuario|contraseña|nombre de usuario"],
        },
    },
    "it": {
        "error": {
            "strong": [
                r"(?:errore ?)?(?:4[01]\d|5\d\d)?[ -:]*pagina non (?:trovata|esistente|disponibile)",
                r"errore (?:4[01]\d|5\d\d)",
                (r"(?:.{0,40}[,!. ]+)?la pagina (?:che (?:stai cercando|cerchi|hai richiesto)|richiesta)"
                r" (?:non esiste(?: più)?|non è (?:stata trovata|disponibile|più disponibile)|è stata"
                r" (?:rimossa|spostata)).*"),
                r"(?:ci dispiace|spiacenti)[,!. ]+.*pagina.*", r"accesso negato",
            ],
            "weak": [r"ops|spiacenti|ci dispiace|errore", r"torna (?:alla|in) (?:home(?:page)?|pagina iniziale)"],
        },
        "cookie": {
            "strong": [r"questo sito(?: web)? (?:utilizza|usa) (?:\w+ )?cookie.*",
                       r"(?:noi )?(?:utilizziamo|usiamo) (?:\w+ )?cookie.*",
                       r"accetta (?:tutti(?: i cookie)?|i cookie|e chiudi)|rifiuta (?:tutti|i cookie)",
                       (r"gestisci (?:le )?(?:preferenze|cookie|impostazioni)|informativa (?:sui )?cookie|"
                       r"cookie policy")],
            "weak": [r"accetta|rifiuta|accetto|personalizza|chiudi|maggiori informazioni|impostazioni"],
        },
        "legal": {
            "strong": [r"(?:disclaimer|esclusione di responsabilità|note legali|avvertenza legale)(?:[:\-–—].*)?",
                       r".*\btutti i diritti (?:sono )?riservati\b.*", r"riproduzione riservata.*"],
            "weak": [r"privacy policy|termini e condizioni|condizioni d'uso"],
        },
        "newsletter": {
            "strong": [r".*(?:iscriviti|iscrizione|registrati) (?:alla|a|alle) (?:nostra |nostre )?newsletter\b.*",
                       r"ricevi .*(?:newsletter|notizie|aggiornamenti).*(?:e-?mail|casella).*",
                       r"(?:la tua|il tuo|inserisci la tua|inserisci il tuo) (?:e-?mail|indirizzo e-?mail)(?: .{0,40})?",
                       r"iscriviti(?: ora| gratis)?"],
            "weak": [r"iscriviti|invia|newsletter"],
        },
        "share": {
            "strong": [r"condividi (?:questo articolo|l'articolo|su " + _NET + r")"],
            "weak": [r"condividi|stampa|invia"],
        },
        "comments": {
            "strong": [r"(?:nessun|\d+) comment[oi]", r"commenti \(\d+\)",
                       r"(?:lascia|scrivi|aggiungi|invia) (?:un|il tuo) commento",
                       r"sii (?:il|la) prim[oa] a commentare.*",
                       (r"devi (?:essere|effettuare il) (?:loggato|connesso|login) per (?:commentare|"
                       r"inviare un commento).*"),
                       r"(?:mostra|vedi|leggi) (?:i |tutti i )?commenti"],
            "weak": [r"commenti|rispondi|segnala"],
        },
        "navigation": {
            "strong": [r"vai al contenuto(?: principale)?|salta al contenuto", r"torna su|torna in alto",
                       r"articolo (?:precedente|successivo)"],
            "weak": [r"menu|home|cerca|chiudi|precedente|successivo"],
        },
        "related": {
            "header": [r"articoli (?:correlati|simili)|notizie correlate|potrebbe interessarti(?: anche)?",
                       r"(?:ti )?potrebbero? (?:interessarti|piacerti)(?: anche)?",
                       r"(?:i )?più lett[ie]|leggi anche|vedi anche|tag|argomenti|categori[ae]"],
        },
        "login": {
            "strong": [r"accedi(?: (?:o|/) registrati)?|registrati|login", r"password dimenticata\??",
                       r"crea (?:un )?account|il mio account|esci|non hai un account(?:\?.*)?"],
            "weak": [r"nome utente|password"],
        },
    },
    "pt": {
        "error": {
            "strong": [
                r"(?:erro ?)?(?:4[01]\d|5\d\d)?[ -:]*página não (?:encontrada|existe|disponível)",
                r"erro (?:4[01]\d|5\d\d)",
                (r"(?:.{0,40}[,!. ]+)?a página (?:que (?:procura|procuras|você (?:está procurando|procura)|"
                r"solicitou|tentou acessar)|solicitada) (?:não existe|não (?:foi|pôde ser|pode ser) "
                r"encontrada|não está (?:mais )?disponível|foi (?:removida|movida)).*"),
                r"(?:desculpe|lamentamos)[,!. ]+.*página.*", r"acesso negado",
            ],
            "weak": [r"ops|desculpe|erro|lamentamos", r"voltar (?:para a|à) página inicial|ir para o início"],
        },
        "cookie": {
            "strong": [r"(?:este (?:site|sítio|portal))(?: web)? (?:utiliza|usa) (?:\w+ )?cookies.*",
                       r"(?:nós )?(?:utilizamos|usamos) (?:\w+ )?cookies.*",
                       r"ao (?:continuar|navegar|utilizar).*(?:cookies|concorda).*",
                       r"aceitar (?:todos(?: os cookies)?|cookies|e fechar)|rejeitar (?:todos|cookies)",
                       (r"política de cookies|(?:gerir|gerenciar|configurar) cookies|"
                       r"(?:configurações|definições) de cookies")],
            "weak": [r"aceitar|aceito|rejeitar|recusar|concordo|fechar|saiba mais|configurações|definições"],
        },
        "legal": {
            "strong": [r"(?:aviso legal|isenção de responsabilidade|termo de responsabilidade)(?:[:\-–—].*)?",
                       r".*\btodos os direitos reservados\b.*", r"(?:é )?proibida a reprodução.*"],
            "weak": [r"política de privacidade|termos de uso|termos e condições"],
        },
        "newsletter": {
            "strong": [rf".*\b{verb} (?:a|na|em|no|nossa) ?(?:nossa )?(?:newsletter|boletim).*"
                       for verb in ("assine", "inscreva-se", "subscreva", "cadastre-se")] + [
                       r"receba .*(?:no seu e-?mail|newsletter|na sua caixa).*",
                       r"(?:seu|o seu|digite seu|insira o seu) (?:e-?mail|endereço de e-?mail)(?: .{0,40})?",
                       r"assine(?: já| agora)?"],
            "weak": [r"assinar|inscrever|enviar|newsletter"],
        },
        "share": {
            "strong": [r"(?:compartilh|partilh)(?:ar|e) (?:este artigo|esta notícia|no " + _NET + r"|"
                       r"n[oa] " + _NET + r")"],
            "weak": [r"compartilhar|compartilhe|partilhar|partilhe|imprimir"],
        },
        "comments": {
            "strong": [r"(?:sem|nenhum|\d+) comentários?", r"comentários? \(\d+\)",
                       r"(?:deixe|deixar|escreva|adicionar|adicione) (?:um|seu|o seu) comentário",
                       r"seja o primeiro a comentar.*",
                       r"(?:ver|mostrar) (?:os |todos os )?comentários",
                       r"o seu (?:endereço de )?e-?mail não será publicado.*"],
            "weak": [r"comentários|responder|denunciar"],
        },
        "navigation": {
            "strong": [r"(?:ir|pular|saltar) para o conteúdo(?: principal)?", r"voltar ao topo|ir para o topo",
                       r"(?:artigo|notícia|post) (?:anterior|seguinte|próxim[oa])"],
            "weak": [r"menu|início|buscar|pesquisar|fechar|anterior|próximo"],
        },
        "related": {
            "header": [r"(?:artigos|notícias|posts|matérias) (?:relacionad[oa]s|semelhantes|recomendad[oa]s)",
                       r"(?:você )?(?:também )?pode (?:gostar|se interessar)(?: também)?",
                       r"(?:as |os )?mais (?:lidas?|lidos|vistos?)|leia (?:também|mais)|veja também",
                       r"tags|etiquetas|tópicos|categorias?"],
        },
        "login": {
            "strong": [r"entrar|iniciar sessão|fazer login|login",
                       r"registar|registrar|registrar-se|cadastre-se|cadastrar|criar (?:uma )?conta",
                       r"esqueceu (?:a|sua) senha\??|esqueci (?:a )?(?:minha )?senha",
                       r"minha conta|sair", r"não tem (?:uma )?conta(?:\?.*)?"],
            "weak": [r"usuário|utilizador|senha|palavra-passe"],
        },
    },
    "nl": {
        "error": {
            "strong": [
                r"(?:fout ?)?(?:4[01]\d|5\d\d)?[ -:]*pagina niet gevonden",
                r"(?:fout|foutmelding|error) (?:4[01]\d|5\d\d)",
                (r"(?:.{0,40}[,!. ]+)?de (?:opgevraagde |gezochte |door u gezochte )?\bpagina(?: die (?:u|je) "
                r"(?:zoekt|zocht|probeert te (?:bezoeken|openen)))? (?:bestaat niet"
                r"(?: meer)?|kan niet (?:worden )?gevonden(?: worden)?|is niet (?:gevonden|beschikbaar)|"
                r"is (?:verwijderd|verplaatst)).*"),
                r"(?:sorry|helaas|excuses)[,!. ]+.*pagina.*", r"toegang geweigerd",
            ],
            "weak": [r"oeps|helaas|sorry", r"terug naar (?:de )?(?:home(?:page)?|startpagina|voorpagina)"],
        },
        "cookie": {
            "strong": [(r"(?:deze (?:web)?site|wij|we) (?:gebruikt|gebruiken|maakt gebruik van|maken gebruik"
                       r" van|plaatst|plaatsen) (?:\w+ )?cookies.*"),
                       r"(?:alle )?cookies (?:accepteren|toestaan|weigeren)",
                       r"cookie-?(?:instellingen|beleid|verklaring|voorkeuren)|cookiebeleid|cookieverklaring"],
            "weak": [(r"(?:alles )?accepteren|akkoord|weigeren|instellingen(?: aanpassen| wijzigen)?|meer informatie|"
                     r"sluiten")],
        },
        "legal": {
            "strong": [r"(?:disclaimer|vrijwaring|juridische kennisgeving)(?:[:\-–—].*)?",
                       r".*\balle rechten voorbehouden\b.*",
                       r"niets uit deze (?:uitgave|publicatie|website) mag .*"],
            "weak": [r"privacyverklaring|algemene voorwaarden|gebruiksvoorwaarden"],
        },
        "newsletter": {
            "strong": [(r".*(?:schrijf je in|meld je aan|abonneer je|aanmelden) (?:voor|op) (?:onze|de|"
                       r"het)? ?nieuwsbrie(?:f|ven).*"),
                       r"ontvang .*(?:nieuwsbrief|in je inbox|in uw inbox|per e-?mail).*",
                       r"(?:je|uw|vul je|vul uw) e-?mail(?:adres)?(?: .{0,40})?"],
            "weak": [r"inschrijven|aanmelden|verzenden|nieuwsbrief"],
        },
        "share": {
            "strong": [r"(?:deel|delen) (?:dit artikel|dit bericht|via " + _NET + r"|op " + _NET + r")"],
            "weak": [r"deel|delen|printen|afdrukken"],
        },
        "comments": {
            "strong": [r"(?:geen|\d+) reacties?", r"reacties? \(\d+\)",
                       r"(?:plaats|schrijf|laat|geef) (?:een |je |uw )?reactie(?: achter)?",
                       r"wees de eerste die (?:reageert|een reactie plaatst).*",
                       r"(?:bekijk|toon|lees) (?:alle )?reacties",
                       r"je e-?mailadres wordt niet gepubliceerd.*"],
            "weak": [r"reacties|reageer|reageren|beantwoorden"],
        },
        "navigation": {
            "strong": [r"(?:(?:ga|spring|direct) )?naar (?:de )?(?:inhoud|hoofdinhoud)", r"terug naar boven|naar boven",
                       r"(?:vorig|volgend)e? (?:artikel|bericht)"],
            "weak": [r"menu|zoeken|sluiten|vorige|volgende"],
        },
        "related": {
            "header": [r"(?:gerelateerde|vergelijkbare|meer) (?:artikelen|berichten|nieuws)",
                       (r"(?:lees|bekijk) ook|meest gelezen|dit (?:vind|vindt) (?:je|u) misschien ook"
                       r" (?:interessant|leuk)|meer over dit onderwerp"),
                       r"tags|trefwoorden|onderwerpen|categorieën?"],
        },
        "login": {
            "strong": [r"inloggen(?: (?:of|/) registreren)?|registreren|account aanmaken",
                       r"wachtwoord vergeten\??", r"mijn account|uitloggen", r"nog geen account(?:\?.*)?"],
            "weak": [r"gebruikersnaam|wachtwoord"],
        },
    },
    "ru": {
        "error": {
            "strong": [
                r"(?:ошибка ?)?(?:4[01]\d|5\d\d)?[ -:.]*страница не найдена",
                r"ошибка (?:4[01]\d|5\d\d)",
                (r"(?:.{0,40}[,!. ]+)?(?:запрашиваемая |запрошенная |искомая )?\bстраница (?:не найдена|не"
                r" существует|была удалена|удалена|недоступна|не может быть найдена).*"),
                r"(?:извините|к сожалению)[,!. ]+.*страниц.*", r"доступ запрещ[её]н",
            ],
            "weak": [r"упс|извините|ошибка|к сожалению", r"(?:вернуться )?на главную(?: страницу)?"],
        },
        "cookie": {
            "strong": [r"(?:этот |наш )?сайт (?:использует|применяет) (?:файлы )?cookies?.*",
                       r"мы (?:используем|применяем) (?:файлы )?cookies?.*",
                       r"продолжая (?:использовать|пользоваться|просмотр).*(?:cookie|куки).*",
                       r"принять (?:все|cookies?)|настройки cookies?|политика (?:в отношении )?cookies?"],
            "weak": [r"принять|согласен|согласна|понятно|хорошо|отклонить|подробнее|закрыть|настройки"],
        },
        "legal": {
            "strong": [r"(?:отказ от ответственности|правовая информация|дисклеймер)(?:[:\-–—].*)?",
                       r".*\bвсе права защищены\b.*",
                       (r".*(?:при (?:полном или частичном )?(?:использовании|цитировании|копировании)|"
                       r"перепечатка) материалов\b.*(?:ссылка|гиперссылка).*обязательна.*")],
            "weak": [r"политика конфиденциальности|пользовательское соглашение"],
        },
        "newsletter": {
            "strong": [(r".*подпи(?:шитесь|сывайтесь|саться) на (?:нашу |наши |наш )?(?:рассылку|новости|"
                       r"канал|newsletter).*"),
                       r"(?:ваш|введите ваш|введите) (?:e-?mail|адрес (?:электронной почты|e-?mail))(?: .{0,40})?"],
            "weak": [r"подписаться|отправить|рассылка"],
        },
        "share": {
            "strong": [r"поделиться (?:в|статьей|новостью|ссылкой).*"],
            "weak": [r"поделиться|распечатать|печать|вконтакте|одноклассники|телеграм|vk|ok"],
        },
        "comments": {
            "strong": [r"(?:нет|\d+) комментари(?:ев|я|й)", r"комментарии \(\d+\)",
                       r"(?:оставить|добавить|написать|оставьте) комментарий",
                       r"будьте первым,? кто .*", r"(?:показать|смотреть) (?:все )?комментарии",
                       r"(?:чтобы|для того чтобы) (?:оставить|написать) комментарий,? .*"],
            "weak": [r"комментарии|ответить|пожаловаться"],
        },
        "navigation": {
            "strong": [r"перейти к (?:содержимому|основному содержанию|содержанию|контенту)",
                       r"наверх|вверх", r"(?:предыдущая|следующая) (?:статья|новость|запись)"],
            "weak": [r"меню|главная|поиск|закрыть|назад|далее"],
        },
        "related": {
            "header": [r"(?:похожие|связанные|другие|последние) (?:статьи|новости|материалы|записи|публикации)",
                       (r"читайте (?:также|еще|ещё)|смотрите также|по теме|вам (?:также )?может "
                       r"(?:понравиться|быть интересно)"),
                       r"(?:самое )?(?:популярное|читаемое)|популярные (?:статьи|новости)",
                       r"теги|метки|рубрики?|категори[ия]"],
        },
        "login": {
            "strong": [r"(?:войти|вход)(?: ?(?:/|или) ?(?:регистрация|зарегистрироваться))?",
                       r"регистрация|зарегистрироваться", r"забыли пароль\??", r"личный кабинет|выйти",
                       r"нет аккаунта(?:\?.*)?"],
            "weak": [r"логин|пароль|имя пользователя"],
        },
    },
}

# Rules that hold across languages (numbers, symbols, words shared by all the tables' languages);
# used whatever languages are selected.
COMMON: dict[str, dict[str, list[str]]] = {
    "error": {
        "strong": [
            # a short status line: a 4xx/5xx code next to an error word, in any order ("Error code:
            # 404", "404 error", "HTTP Error 410 - Gone"); code in documentation has "{}=;" or more words
            (r"(?:[^\s{}=;]+ )?(?:error|http error|http|error code|status|fehler|fehlercode|erreur|errore|erro|fout|"
             r"ошибка)\W{0,3}(?:4[01]\d|5\d\d)(?:\W{1,3}(?:not found|gone|forbidden|unauthori[sz]ed|bad request|"
             r"(?:internal )?server error|unavailable|page not found|nicht gefunden|introuvable|no encontrada|"
             r"non trovata|não encontrada|niet gevonden|не найдена|error))?\W{0,2}"),
            r"(?:4[01]\d|5\d\d)\W{0,3} ?(?:error|fehler|erreur|errore|erro|fout|ошибка)",
        ],
    },
    "comments": {
        # a feedback widget: a short question and its two buttons on one line ("Was this answer
        # helpful? Yes No", "War dieser Artikel hilfreich? Ja Nein")
        # (one pattern per pair of buttons: each holds its text, tested for before the pattern is tried)
        "strong": [rf"[^?]{{3,80}}\? {b}" for b in ("yes no", "ja nein", "oui non", "si no", "sí no", "sì no",
                                                     "sim não", "ja nee", "да нет")],
    },
    "cookie": {
        "strong": [
            # A cookie notice speaks to the reader about *our* cookies: an addressing word before
            # "cookie" (a tech article's "apps that use cookies" has none), or "cookies help us ...".
            (r".*\b(?:we|our|this (?:site|website)|you|your|by (?:using|continuing|clicking)|nous|notre|vous|wir|"
             r"unsere[rn]?|ihre[rn]?|usamos|utilizamos|nuestr[oa]s?|utilizziamo|usiamo|nostr[oi]|nós|wij|onze|uw|"
             r"мы|наш\w*|вы)\b(?=.*\b(?:website|browser|browsing|device|consent|agree|accept|settings|"
             r"preferences|policy|experience|services|partners|analytics|tracking|traffic|personali[sz]\w*|"
             r"advertis\w*|ads|webseite|seite|zustimm\w*|einwillig\w*|einstellungen|navigation|consentement|"
             r"accept\w*|paramètres|expérience|sitio|navegación|consentimiento|acept\w*|experiencia|sito|"
             r"navigazione|consenso|accett\w*|esperienza|finalità|navegação|consentimento|aceit\w*|experiência|"
             r"toestemming|accepteren|ervaring|сайт\w*|согласи\w*)\b).*\bcook(?:ies|ie)\b.*"),
            r".*\bcook(?:ies|ie)\b (?:help|helps|allow|allows|enable|enables|let) us\b.*",
            # consent buttons: "Only necessary cookies", "Accept additional cookies", "Nur notwendige Cookies"
            (r"(?:accept|allow|reject|decline|refuse|only|use|view|manage|block|disable|necessary|essential|"
             r"optional|additional|all|nur|alle|notwendige|tous|uniquement|solo|todas|tutti|apenas|alleen|все)"
             r"\b.{0,40}\bcook(?:ies|ie)\b.{0,20}"),
            r"do not sell (?:or share )?my (?:personal )?info(?:rmation)?",
        ],
    },
    "legal": {
        # a short line with ©: a credit or copyright line (a long one is prose that quotes a credit)
        "strong": [r"(?:.{0,60})©.{0,60}"],
    },
    "navigation": {
        # pagination ("Page 2 of 14", "Seite 1 von 5", "Страница 3 из 9"): furniture beside other furniture
        "weak": [
            r"(?:page|seite|pagina|página|pág|страница|стр)\.? ?\d+ ?(?:of|von|van|de|sur|di|из|/) ?\d+",
            # a row of page numbers with a gap ("1 2 3 … 27 Next ›", "« 1 2 … 9")
            # (its first word is named: a pattern that can start with any word is tried on every line)
            (r"(?:(?:prev|previous|back|zurück|vorherige|précédent|anterior|precedente|vorige|назад) )?"
             r"(?:\d+ ){1,6}(?:…|\.\.\.) ?\d+(?: \S+){0,2}"),
            # a row of the first page numbers between "previous" and "next" ("« Anterior 1 2 3 Siguiente »")
            (r"(?:(?:prev|previous|back|zurück|vorherige|précédent|précédente|anterior|precedente|vorige|назад|"
             r"пред|предыдущая) )?1 2 3(?: \d+){0,12}(?: ?(?:…|\.\.\.) ?\d+)?(?: \S+){0,2}"),
            # result counters ("Showing 1–24 of 318 results", "Mostrando 1-20 de 85 resultados")
            (r"(?:showing|viewing|displaying|zeige|anzeige|affichage de|affiche|mostrando|visualizzazione di|"
             r"visualizzati|resultaten|показано|показаны)(?: \S+){0,2} \d+ ?(?:[–—-]|to|through|bis|à|a|al|tot|по)"
             r" ?\d+ ?\(?(?:of|von|sur|de|di|van|из) \d+(?: \S+){0,3}"),
            # sort orders of a listing ("Sort by: Featured", "Ordenar por: Relevancia")
            (r"(?:sort(?:ed)? by|sortieren nach|sortiert nach|trier par|triés par|ordenar por|ordenado por|"
             r"ordina per|ordinati per|sorteren op|сортировать по|сортировка)(?: ?:)?(?: \S+){0,3}"),
        ],
    },
}

# Second-round additions per language (from the misses of held-out junk set 2), merged below.
_MORE: dict[str, dict[str, dict[str, list[str]]]] = {
    "en": {
        "comments": {"strong": [r"(?:there are |there is )?no comments?(?: yet| so far| for now| here)?",
                                r"(?:leave a (?:reply|comment) )?cancel reply"]},
        "error": {
            "strong": [(r"(?:.{0,60})\b(?:couldn't|could not|can't|cannot|can not) (?:seem to )?(?:find|locate) (?:this|"
                       r"that|the|your) page\b(?: you[^.]{0,40})?\W{0,3}"),
                       r"there(?:'s| is) nothing (?:here|at this address)(?:,? sorry)?",
                       r"(?:4[01]\d|5\d\d)\W{0,3} ?(?:that's|this is) an error.*"],
            "weak": [r"bad request|not found|forbidden|gone|unauthori[sz]ed|service unavailable",
                     r"try (?:a new|another|a different) search|(?:go|return|head) (?:back )?home"],
        },
        "legal": {"strong": [(rf"(?:.{{0,60}})\b(?:this|the|our) (?:site|website|publisher|publication|newspaper|"
                              rf"editors?)\b.{{0,40}}\b(?:is|are) not {w}\b.{{0,80}}") for w in ("responsible", "liable")]},
        "newsletter": {"strong": [rf".{{0,40}}\b{v}\b.{{0,60}}\b(?:newsletter|digest|briefing|bulletin|updates|"
                                  rf"alerts|mailing list)\b.*"
                                  for v in ("subscribe to our", "sign up for our", "sign up to our", "register for our",
                                            "subscribe to the", "sign up for the")]},
        "share": {"weak": [r"(?:tweet|pin|email|print|share|save) this"]},
        "cookie": {"weak": [r"yes,? i (?:accept|agree)|no,? thanks?|no thank you"]},
    },
    "de": {
        "comments": {"strong": [r"(?:bisher |noch )?keine kommentare(?: vorhanden| bisher)?"]},
        "newsletter": {"strong": [r"e-?mail-?adresse(?: eingeben)?"]},
        "cookie": {"weak": [r"anpassen|nur notwendige"]},
    },
    "fr": {
        "comments": {"strong": [r"(?:aucun|pas de|pas encore de) commentaires?(?: pour (?:le moment|l'instant))?",
                                r"réagir à (?:cet |l')article"]},
        "cookie": {"weak": [r"je refuse(?: tout)?|j'accepte(?: tout)?"]},
        "error": {"strong": [(r"(?:.{0,40}[,!.] )?(?:la |cette )?page (?:\S+ ){0,4}?(?:n'existe (?:pas|plus)|est introuvable|"
                             r"n'a pas été trouvée).*")]},
    },
    "es": {
        "comments": {"strong": [r"(?:todavía |aún )?no hay comentarios(?: todavía| aún)?"]},
        "error": {"strong": [(r"(?:.{0,40}[,!.] )?(?:la |esta )?página (?:\S+ ){0,4}?(?:no existe|no se (?:ha )?encontr\w*|"
                             r"no está disponible).*")]},
    },
    "it": {
        "comments": {"strong": [r"(?:ancora )?nessun commento(?: ancora)?"]},
        "error": {"strong": [(r"(?:.{0,40}[,!.] )?(?:la |questa )?pagina (?:\S+ ){0,4}?(?:non esiste|non è (?:stata trovata|"
                             r"disponibile)|è stata (?:rimossa|spostata)).*")]},
        "share": {"weak": [r"condividi(?: su)?"]},
    },
    "pt": {
        "comments": {"strong": [r"(?:ainda )?não há comentários(?: ainda)?"]},
        "error": {"strong": [(r"(?:.{0,40}[,!.] )?(?:a |esta )?página (?:\S+ ){0,4}?(?:não existe|não (?:foi|pôde ser) "
                             r"encontrada|não está disponível).*")],
                  "weak": [r"voltar ao início|voltar para o início"]},
    },
    "nl": {
        "comments": {"strong": [r"(?:nog )?geen reacties(?: geplaatst)?"]},
    },
    "ru": {
        "comments": {"strong": [r"(?:пока )?(?:нет|ещё нет|еще нет) комментариев"]},
        "error": {"strong": [r"(?:такой |этой |запрашиваемой )?страницы (?:нет|не существует).*"]},
    },
}
extend_tables(PATTERNS, _MORE)

# Whole lines written down as they are: language -> class -> strength -> lines. The matcher puts
# them straight into its dict of exact lines (parsing ten thousand of them as patterns would cost
# most of a second per process); list titles are also looked up before a separator ("Title: headline").
LINES: dict[str, dict[str, dict[str, list[str]]]] = {}
for _module in (phrases_en, phrases_gmc, phrases_rom):
    extend_tables(LINES, _module.PHRASES)

LANGUAGES: tuple[str, ...] = tuple(PATTERNS)
