"""More cue words for `remove_boilerplate`'s judge (see `cuewords.py`): a round written from knowledge of
real sites' furniture, merged into `CUES` at import."""
from __future__ import annotations

# class -> language -> {"strong": [...], "weak": [...]}
EXTRA: dict[str, dict[str, dict[str, list[str]]]] = {
    "error": {
        "en": {
            "strong": [
                # interjections of 404 pages ("Uh-oh!", "Yikes", "Aw, snap!")
                "uh-oh", "oopsie", "woops", "yikes", "eek", "ouch", "whoa", "huh", "darn", "d'oh", "astray",
                # not found, gone, broken
                "nonexistent", "non-existent", "misspelled", "misspelt", "inaccessible", "unreachable", "apologise",
                # server, CDN and CMS errors ("504 Gateway Timeout", "Error establishing a database connection")
                "timeout", "timed", "misconfigured", "misconfiguration", "akamai", "nginx", "openresty", "varnish",
                "webmaster", "inconvenience", "downtime", "unauthorized", "unauthorised", "maintenance", "loading",
                "redirecting",
                # browser checks and player errors ("Please enable JavaScript", "Video unavailable")
                "captcha", "unsupported", "playback", "uploader",
                # ad blocker walls
                "adblock", "adblocker", "ad-blocker", "whitelist", "allowlist",
                # round vocab4
                "geo-restricted", "geo-blocked", "geoblocked", "iframes", "pdfs", "recaptcha", "cloudfront",
                # round vocab5
                "rate-limited", "ratelimited", "throttled", "geofenced", "geo-restriction", "geo-restrictions",
                "err_connection_timed_out", "dns_probe_finished_nxdomain", "err_name_not_resolved",
                # round vocab6
                "not-found", "errored", "ddos-guard", "incapsula", "imperva", "sucuri", "perimeterx", "datadome",
                "hcaptcha", "fastly", "tomcat", "traceback", "stacktrace", "unhandled", "uncaught", "malformed",
                "unprocessable", "nxdomain", "geoblocking", "geo-blocking", "unpublished", "unlisted", "buffering",
                "codec", "noscript", "whitelisting", "checkbox",
                # round vocab7: shops, recipes, travel, government, jobs, docs, forums, footers
                "restocked", "restock", "restocking", "out-of-stock", "backorder", "backordered", "back-ordered",
                "pre-order", "preorder", "delisted", "sold-out",
            ],
            "weak": [
                # not found: what may have happened, what to do
                "seem", "trouble", "finding", "typing", "retype", "entered", "correct", "correctly", "spelled",
                "double-check", "bookmark", "bookmarked", "wandered", "wander", "snap", "hiccup", "glitch", "criteria",
                "keywords", "query", "unable", "well", "awkward", "reached", "results", "match", "matched",
                "submission",
                # maintenance ("We'll be back soon", "We are performing scheduled maintenance")
                "scheduled", "performing", "undergoing", "upgrade", "upgrading", "improvements", "shortly", "patience",
                "fixing", "resolve", "resolved", "difficulties", "experiencing", "offline", "outage", "under",
                # server errors ("Bad gateway", "Service unavailable", "Too many requests")
                "gateway", "upstream", "proxy", "overloaded", "capacity", "requests", "exceeded", "quota", "bandwidth",
                "administrator", "hosting", "domain", "suspended", "database", "connection", "connect", "connecting",
                "establishing", "critical", "fatal", "exception", "retry", "reload", "reloading", "redirect*", "ray",
                # browser checks ("Checking your browser", "Verify you are human", "Unusual traffic")
                "firewall", "verify", "verifying", "robot", "browser", "enable", "enabled", "disabled", "disable",
                "required", "requires", "supported", "unusual", "automated", "suspicious", "blocked", "blocker",
                "blocking", "cloudflare", "javascript", "human", "continue", "wait",
                # video and geo-blocking ("This video is not available in your country")
                "player", "loaded", "restricted", "restrictions", "embed", "embedding", "plugin", "flash", "video",
                "videos", "private", "media", "failed", "failure", "load", "tag",
                # ad blocker walls ("We noticed you're using an ad blocker")
                "noticed", "using", "ad", "ads",
                # round vocab4
                "archived", "construction", "technical", "played", "html5", "adobe", "webpage", "displayed",
                "external", "stream", "parked", "licensing", "unfortunately", "bot",
                # round vocab5
                "attempts", "out-of-date", "rights", "licence", "license", "region", "country", "location",
                "territory", "invalid", "valid", "session", "minutes", "moment", "traffic", "volume",
                # round vocab6
                "turnstile", "apache", "iis", "php", "trace", "undefined", "runtime", "syntax", "deprecated",
                "parse", "unresponsive", "refused", "ssl", "certificate", "handshake", "tls", "dns", "hostname",
                "cached", "caching", "upgrades", "updating", "migrating", "migration", "servers", "momentarily",
                "temporary", "briefly", "unplanned", "interruptions", "robots", "bots", "crawler",
                "scraper", "scraping", "unblock", "extension", "extensions", "vpn", "ip", "addresses",
                "territories", "withdrawn", "violating", "dmca", "formats", "mime", "decode",
                "autoplay", "livestream", "supports", "refreshing",
                "functionality", "properly", "optimal", "matching", "matches", "searched", "keyword", "broaden",
                "fewer", "filters", "suggestions",
                # round vocab6
                "taken", "retired", "high", "patient", "tune-up",
                "feature", "trying", "playing", "podcast", "episode", "ended", "begin", "works", "turned", "settings",
                "flagged", "detected", "period", "seconds", "respond", "response", "snag", "deactivated",
                "seller", "broader", "limit",
                # round vocab6
                "soon", "online",
                # round vocab6
                "currently",
                # round vocab6
                "fix", "broke", "hang", "tight", "audio", "prove", "verification",
                # round vocab7: shops, recipes, travel, government, jobs, docs, forums, footers
                "sold", "stocked", "discontinued", "listing", "listings", "accepting", "applications", "vacancy",
                "position", "filled", "superseded", "replaced", "historical", "thread", "locked", "obsolete", "ships",
                "variant", "colour", "color", "combination", "quantity", "cart", "basket", "version",
            ],
        },
    },
    "cookie": {
        "en": {
            "strong": [
                # consent managers and the laws they answer
                "ccpa", "cpra", "opt-out", "cookiebot", "onetrust", "didomi", "usercentrics", "quantcast", "trustarc",
                "iubenda", "cmp", "tcf", "beacons", "trackers", "identifiers",
                # round vocab5
                "sourcepoint", "consentmanager", "cookieyes", "complianz", "termly", "osano", "axeptio", "sirdata",
                "borlabs", "klaro", "iab", "gpc",
                # round vocab6
                "adchoices", "non-personalised", "non-personalized", "localstorage", "sessionstorage", "optout",
                "cookiehub", "cookiepro", "cookielaw", "cookiefirst", "cookie-script", "tarteaucitron", "evidon",
                "crownpeak", "truste", "trustcommander", "ensighten",
            ],
            "weak": [
                # buttons ("Accept all", "Reject non-essential", "Agree and proceed", "Save & exit")
                "accepting", "accepted", "agreeing", "disagree", "allowing", "rejecting", "declining", "proceed",
                "dismiss", "understood", "gotcha", "acknowledge", "exit", "choose", "choice", "select", "selected",
                "toggle", "switch", "enable", "disable", "change", "revoke", "object", "objection", "opt", "always",
                "active", "non-essential", "optional", "required",
                # categories ("Strictly necessary", "Functional", "Performance", "Targeting")
                "strictly", "functional", "functionality", "performance", "statistics", "statistical", "targeting",
                "targeted", "ad", "personalised", "personalized", "personalisation", "personalization", "measurement",
                "measure", "audience", "unclassified", "social", "features", "embedded", "preference", "purposes",
                "purpose", "legitimate", "interest", "interests", "vendors", "pixels", "pixel", "local", "storage",
                "stored", "storing", "persistent", "expiry", "duration", "provider", "providers", "type", "declaration",
                # notices ("We value your privacy", "By clicking Accept, you agree to the storing of cookies")
                "care", "ensure", "best", "clicking", "click", "button", "continuing", "browse", "visit", "visiting",
                "visitors", "unique", "standard", "sent", "develop", "products", "identification", "precise",
                "geolocation", "scanning", "characteristics", "profiling", "profile", "content", "third", "party",
                "parties", "list", "statement", "center", "centre", "management", "platform", "powered", "california",
                "residents", "track", "cross-site", "consenting", "consents", "agreement", "accordance", "described",
                "without",
                # TCF purposes ("Select basic ads", "Create profiles for personalised advertising")
                "basic", "profiles", "create", "audiences", "combinations", "sources", "services", "limited",
                # what cookies are for ("to analyse traffic and personalise content")
                "analyse", "analyze", "personalise", "personalize", "enhance", "tailor", "tailored", "relevant",
                # round vocab5
                "devices", "transmitted", "automatically", "actively", "scan", "fraud", "communicate", "combine",
                "ad-free",
                # round vocab6
                "processing", "vendor", "sdk", "sdks", "first-party", "pseudonymised",
                "pseudonymized", "fingerprinting", "opt-in", "do-not-track", "domains",
                "retained", "collect", "collected",
                # round vocab7: shops, recipes, travel, government, jobs, docs, forums, footers
                "block", "later", "remind", "permission",
            ],
        },
    },
    "newsletter": {
        "en": {
            "strong": [
                "unsubscri*", "e-newsletter*", "signups", "sign-ups", "briefings", "digests", "opt-in",
                # round vocab5
                "buttondown", "mailerlite", "emailoctopus",
                # round vocab6
                "klaviyo", "sendinblue", "aweber", "getresponse",
            ],
            "weak": [
                # the form ("Enter your email", "First name", "This field is required")
                "emails", "e-mails", "mailbox", "name", "last", "field", "fields", "invalid", "submitting", "sending",
                "processing", "signing",
                # the promise ("Stay in the know", "Get our best stories straight to your inbox")
                "informed", "connected", "date", "up-to-date", "guide", "curated", "handpicked", "hand-picked",
                "roundup", "round-up", "recap", "essential", "must-read", "insider", "exclusive", "deals", "occasional",
                "communications", "promotional", "edition", "editions", "brief", "alert", "notification", "push",
                "thousands", "monthly", "biweekly", "fortnightly", "twice", "weekday", "weekdays", "tuesday",
                "wednesday", "thursday", "saturday", "inboxes", "favorite", "favourite", "smarter", "notifications",
                # confirmation ("Almost there! Check your spam folder", "You're all set")
                "verify", "verification", "confirmed", "activate", "activation", "folder", "junk", "promotions",
                "contacts", "success", "almost", "finished", "done", "set", "welcome", "aboard",
                # consent under the form
                "agree", "consent", "accept", "read", "understand", "conditions", "policy", "processed", "data",
                "information", "personal", "partners", "sponsors", "footer", "link",
                # form providers
                "mailchimp", "substack", "convertkit", "beehiiv",
                # round vocab4
                "loop", "posts", "notify", "preferences", "forwarded", "promise", "hate", "successfully", "signed",
                "spam-free", "whitelist",
                # round vocab5
                "paid", "support", "work", "consider", "becoming",
                # round vocab6
                "hubspot", "afternoon", "dispatch", "bulletin", "stay", "tuned", "touch", "scoop", "scoops", "insights",
                "tips", "offers", "occasionally", "already", "emailed", "opt-out",
                # round vocab6
                "finish", "form", "app", "turn", "enable", "topic", "picks", "editors",
                # round vocab7: shops, recipes, travel, government, jobs, docs, forums, footers
                "members", "marketers", "founders", "developers", "professionals", "leaders", "fellow", "channel",
                "allow", "block", "instant", "release", "releases", "changelog", "restocked", "restock", "recipes",
                "sms",
            ],
        },
    },
    "share": {
        "en": {
            "strong": [
                # networks, messengers, read-later services and share widgets
                "vkontakte", "qzone", "kakaotalk", "yammer", "threema", "instapaper", "wallabag", "sharethis",
                "addthis", "addtoany", "shareaholic", "retweet", "retweets", "repost", "shortlink", "short-link",
                "diaspora", "myspace", "stumbleupon",
                # round vocab6
                "bsky", "gettr", "kakao", "reshare", "reshares", "reposts",
            ],
            "weak": [
                "tweets", "pin", "like", "likes", "recommend", "embed", "printer", "printable", "printer-friendly",
                "pdf", "download", "bookmark", "bookmarks", "favorites", "favourites", "forward", "colleague",
                "friends", "spread", "word", "network", "opens", "window", "slack", "discord", "signal", "outlook",
                "yahoo", "short", "qr", "icons", "button", "buttons",
                # read later ("Save for later")
                "later",
                # networks and links that prose names too
                "tiktok", "snapchat", "gmail", "permalink",
                # round vocab6
                "shareable", "imessage", "airdrop", "nextdoor", "rss",
                # round vocab6
                "tell", "icon", "channel", "friendly",
                # round vocab7: shops, recipes, travel, government, jobs, docs, forums, footers
                "saved", "pinned", "collection",
            ],
        },
    },
    "login": {
        "en": {
            "strong": [
                "log-in", "sign-in", "sign-up", "signout", "sign-out", "log-out", "logon", "logoff", "passcode",
                "passwordless", "passwords", "2fa", "two-factor", "authentication", "authenticate", "authenticator",
                "otp", "sso", "subscriber-only", "subscribers-only", "members-only", "member-only", "paywalled",
                "unregistered", "patreon", "allowance",
                # round vocab4
                "subscriber-exclusive", "reader-funded",
                # round vocab6
                "signup", "logged-in", "paywalls", "2-step", "two-step", "passphrase", "passkey", "passkeys", "mfa",
                "oauth", "uppercase", "lowercase", "alphanumeric", "inactivity", "auto-renew", "ad-lite",
                "reader-supported", "listener-supported", "member-supported",
                # round vocab7: shops, recipes, travel, government, jobs, docs, forums, footers
                "e-id", "bankid", "mitid", "digid", "itsme", "govuk", "mygov", "myaccount",
            ],
            "weak": [
                # the form ("Lost your password?", "Send me a magic link", "Show password")
                "lost", "recover", "recovery", "retrieve", "change", "confirm", "verify", "verification", "code",
                "resend", "send", "link", "magic", "e-mail", "address", "phone", "number", "mobile", "microsoft",
                "linkedin", "twitter", "github", "amazon", "signed", "signing", "credentials", "show", "hide",
                "characters", "least", "incorrect", "session", "expired", "guest", "customer", "customers", "portal",
                "area", "help", "needed",
                # account links ("Welcome back", "My account", "Dashboard", "Manage subscription")
                "welcome", "back", "dashboard", "settings", "preferences", "edit", "manage", "billing", "subscription",
                "subscriptions", "orders", "wishlist",
                # paywall and metering ("You've reached your limit of free articles", "Cancel anytime")
                "plans", "upgrade", "renew", "cancel", "anytime", "monthly", "weekly", "trials", "limited",
                "introductory", "remaining", "left", "last", "digital", "all-access", "unlocked", "locked",
                "subscribed", "subscribing", "metered", "start", "try", "view",
                # support appeals ("Support independent journalism", "Become a supporter")
                "support", "supporting", "journalism", "independent", "donate", "donation", "contribute", "supporter",
                "supporters",
                # consent under the form ("By creating an account, you agree to our Terms")
                "creating", "agree", "terms", "service", "privacy", "policy",
                # round vocab4
                "ad-free", "redeem", "billed", "checkout", "promo", "patron", "reactivate", "annually", "yearly",
                # round vocab5
                "reply", "replies", "yet", "one", "week", "weeks",
                # round vocab6
                "re-enter", "reenter", "pin", "sms", "one-time", "quota", "complimentary", "gifted", "renews",
                "renewal", "quarterly", "intro", "tier", "downgrade", "perks", "vip", "remainder", "exclusively",
                "notifications", "saved", "bookmarks", "addresses", "payments", "invoices", "deactivate",
                "symbol", "digits", "inbox", "spam", "expire", "expires", "timed", "inactive", "idle", "optional",
                "required", "fields", "recurring", "one-off", "unlocks", "cents",
                # round vocab6
                "openid",
                # round vocab6
                "paying", "gift", "feature", "comment", "ended", "sent",
                "processed", "entire", "archive", "becoming", "price", "months", "offer",
                # round vocab6
                "preview", "human",
                # round vocab7: shops, recipes, travel, government, jobs, docs, forums, footers
                "apply", "candidate", "candidates", "applicant", "applicants", "employer", "employers", "recruiter",
                "resume", "cv", "upload", "alert", "alerts", "save", "jobs", "job", "track", "returning", "identity",
                "identify", "national", "citizen", "tax",
            ],
        },
    },
    "related": {
        "en": {
            "strong": [
                "recommendations", "spotlight", "elsewhere", "must-reads", "must-read", "must-see", "icymi", "picked",
                "handpicked", "hand-picked", "outbrain", "taboola", "revcontent", "mgid", "zergnet",
                # round vocab6
                "most-read", "most-viewed", "most-shared", "most-commented", "most-popular",
                # round vocab7: shops, recipes, travel, government, jobs, docs, forums, footers
                "also-bought", "upsell", "cross-sell",
            ],
            "weak": [
                "liked", "missed", "case", "discussed", "listened", "selected", "choice", "video", "photos", "gallery",
                "galleries", "episodes", "content", "searches", "collection", "guides", "reviews", "updates", "week's",
                "today's", "month", "year", "weekend", "catch", "readers", "partner", "paid", "ads", "shopping",
                "curated", "staff", "editorial", "newest", "best", "all-time", "lately", "previously",
                # round vocab6
                "listen", "hottest", "viral", "buzz",
                # round vocab7: shops, recipes, travel, government, jobs, docs, forums, footers
                "customers", "bought", "browsed", "items", "frequently", "together", "recently", "recipes", "autoplay",
                "deals", "bestsellers", "best-sellers", "jobs", "destinations", "help",
            ],
        },
    },
    "comments": {
        "en": {
            "strong": [
                "disqus", "replying", "upvote", "upvotes", "upvoted", "downvote", "downvotes", "avatar", "gravatar",
                "unwatch", "subforum", "bbcode", "discussions", "conversations",
                # round vocab7: shops, recipes, travel, government, jobs, docs, forums, footers
                "unhelpful",
            ],
            "weak": [
                # the form ("Your email address will not be published", "Save my name in this browser")
                "website", "published", "save", "follow-up", "followup", "via", "posts", "subscribe", "notifications",
                "nickname", "display", "anonymous", "guest", "logged", "must", "characters", "remaining", "edit",
                "delete", "deleted", "preview",
                # moderation ("Your comment is awaiting moderation", "Report abuse")
                "moderation", "moderator", "moderators", "pending", "awaiting", "spam", "flag", "flagged", "abuse",
                "inappropriate", "offensive", "rules", "etiquette", "respectful", "powered",
                # lists and sorting ("Sort by: Most liked", "Show more replies")
                "collapse", "expand", "recent", "popular", "liked", "dislike", "dislikes", "controversial", "reader",
                "readers'", "featured", "discuss", "chat",
                # forums ("Reply with quote", "Thread starter", "Last edited by")
                "quote", "quoted", "joined", "starter", "edited", "poster", "forums", "reaction", "quick",
                "attachments", "attached", "watch", "members", "member", "senior", "junior", "unread", "trackback",
                "pingback", "rating", "ratings", "verified",
                # round vocab6
                "replied", "threads", "reported", "muted", "pinned", "approved", "approve", "submitted", "posting",
                "karma", "hidden", "collapsed", "points",
                # round vocab7: shops, recipes, travel, government, jobs, docs, forums, footers
                "reviewer", "rated", "rate", "stars", "star", "overall", "purchase", "recommend", "recommends",
                "useful", "answers", "answer", "answered", "question", "questions", "ask", "asked", "views", "latest",
                "votes", "vote", "voted", "accepted", "solved", "solution", "topics", "permission", "removed",
                "locked", "archived", "permalink", "helped", "tips", "modifications",
            ],
        },
    },
    "navigation": {
        "en": {
            "strong": [
                "submenu", "sub-menu", "megamenu", "pagination", "prev", "blogroll", "masthead", "imprint", "e-paper",
                "epaper", "e-edition", "wishlist", "checkout", "unmute",
                # galleries
                "slideshow", "enlarge",
                # round vocab6
                "back-to-top", "pager",
                # round vocab7: shops, recipes, travel, government, jobs, docs, forums, footers
                "breadcrumbs", "breadcrumb",
            ],
            "weak": [
                # menus and toggles ("Toggle navigation", "Close menu", "Expand")
                "hamburger", "homepage", "dropdown", "drop-down", "expand", "collapse", "show", "hide", "view", "less",
                "index", "contents", "table", "keyboard", "shortcuts", "screen", "reader", "older", "newer", "posts",
                "entries", "entry", "first", "last", "story", "article", "post", "category", "archive", "tag", "topics",
                "topic", "categories", "archives", "faq", "faqs",
                # footer links ("About us", "Contact us", "Advertise with us", "Careers", "Terms of use")
                "contact", "advertise", "advertising", "careers", "jobs", "corrections", "ethics", "staff", "team",
                "store", "shop", "events", "help", "support", "feedback", "terms", "use", "privacy", "policy",
                "statement", "newsletters", "rss", "podcasts", "reprints", "licensing", "syndication", "directory",
                "locations", "press", "room",
                # galleries and players ("Next slide", "Close gallery", "Mute")
                "slide", "slides", "gallery", "image", "images", "photo", "photos", "exit", "mute", "pause", "play",
                "volume", "captions", "subtitles", "fullscreen",
                # language, theme and shop bars
                "language", "languages", "english", "translate", "dark", "light", "mode", "theme", "font", "text",
                "size", "cart", "basket", "bag",
                # round vocab6
                "columnists", "editorials", "obituaries", "obits", "classifieds", "puzzles",
                "crosswords", "crossword", "horoscopes", "comics",
                "politics",
                "lifestyle",
                # round vocab7: shops, recipes, travel, government, jobs, docs, forums, footers
                "recipes", "ingredients", "instructions", "method", "notes", "equipment", "nutrition", "compare",
                "wish", "quick", "shopping", "filter", "filters", "sort", "refine", "results", "apply", "reset",
                "price", "relevance", "grid", "items", "showing", "delivery", "track", "orders", "gift", "cards",
                "stores", "locator", "guide", "job", "listings", "listing", "vacancies", "save", "saved", "edit",
                "history", "talk", "improve", "suggest", "report", "problem", "useful", "updated", "reviewed",
                "modified", "council", "collection", "planning", "docs", "documentation", "api", "changelog",
                "release", "status", "tutorials", "getting", "started", "overview", "quickstart", "installation",
                "sdk", "github", "version", "versions", "latest",
            ],
        },
    },
    "legal": {
        "en": {
            "strong": [
                "infring*", "syndicat*", "construed", "solicit*", "noderivatives", "noderivs", "sharealike",
                "noncommercial", "auto-generated", "advertisement", "advertisements", "ipso", "cfds", "dyor",
                "attorney-client", "unedited",
                # the words of legal notices
                "constitutes", "hereby", "thereof", "whatsoever", "notwithstanding", "expressly", "foregoing",
                # round vocab4
                "businesswire", "globenewswire", "prnewswire", "ai-generated", "misstated", "misidentified",
                "fact-checked", "gambleaware", "begambleaware", "1-800-gambler", "988lifeline",
                # round vocab5
                "mstv", "rstv", "repossessed", "t&cs", "t&c", "gambler", "machine-translated", "ai-assisted",
                # round vocab6
                "merchantability", "non-infringement", "eula", "dmca", "brandvoice", "brandpost",
                "accesswire", "einpresswire", "presswire", "cision", "prweb", "newsfile", "forward-looking",
                "cross-posted", "crossposted", "misquoted", "misattributed", "misreported", "howsoever", "hereunder",
                "thereto", "severability", "inaccuracies", "typographical", "photocopying",
                "gamcare", "gamstop", "sipc", "nmls", "nfa", "skimlinks", "sovrn", "viglink", "awin",
                "inoagent", "tax-deductible",
                # round vocab6
                "unaffiliated", "non-affiliated", "attribution-sharealike", "attribution-noncommercial",
                "attribution-noderivs", "attribution-noncommercial-sharealike", "attribution-noncommercial-noderivs",
                # round vocab6
                "programmatically", "factset", "motley", "injurious",
                # round vocab7: shops, recipes, travel, government, jobs, docs, forums, footers
                "excl", "incl", "nif", "cnpj", "siret", "ust-idnr", "kvk", "ogrn", "handelsregister", "amtsgericht",
                "eori", "drinkaware", "drinkiq", "ncpg", "problem-gambling", "gamblingtherapy", "pegi", "esrb",
                "copyleft", "gfdl",
            ],
            "weak": [
                # affiliate notes ("We may earn a commission from qualifying purchases")
                "earns", "earned", "receive", "fee", "fees", "portion", "revenue", "sales", "qualifying", "associate",
                "associates", "amazon", "bought", "selected", "editors", "chosen", "featured", "cost", "extra", "price",
                "prices", "retailer", "retailers", "merchant", "merchants", "promotion", "promotional", "ad", "ads",
                "brand", "branded", "studio", "created", "collaboration", "presented", "brought", "supported", "funded",
                "funding", "grant", "foundation", "editorial", "control", "independence", "independent", "continues",
                "below", "contain", "contains",
                # syndication ("This article was originally published on", "Read the original article")
                "original", "generated", "feed", "edited", "staff", "wire", "wires", "contributed", "contributor",
                "contributors", "reporting", "afp", "ap", "dpa", "pa", "bloomberg", "licence", "attribution",
                "reprinted",
                # not advice ("Past performance is no guarantee of future results", "Consult your doctor")
                "offer", "investors", "investor", "invest", "past", "performance", "indicative", "results", "capital",
                "lose", "losing", "retail", "accounts", "trading", "crypto", "cryptocurrency", "volatile",
                "speculative", "high-risk", "fiduciary", "attorney", "lawyer", "relationship", "diagnose", "diagnosis",
                "treatment", "treat", "cure", "prevent", "physician", "healthcare", "provider", "medication",
                "condition", "evaluated", "statements", "fda", "administration", "seek", "always", "relied",
                # the views of authors ("Opinions expressed by contributors are their own")
                "author's", "belong", "solely", "contents", "reliability", "timeliness", "verify",
                # company notes and credits ("Registered in England and Wales", "Photo: Getty Images")
                "office", "number", "vat", "incorporated", "plc", "subsidiary", "division", "regulated", "conduct",
                "authority", "powered", "wordpress", "theme", "designed", "developed", "hosted", "conditions",
                "privacy", "cookie",
                # round vocab4
                "courtesy", "illustrative", "illustration", "representational", "supplied", "handout", "translated",
                "translation", "independently", "respective", "agency", "agencies", "inputs", "investments",
                "involves", "incorrectly", "outdated", "commentary", "guest", "assistance", "gamble", "gambling",
                "issuer", "reviewed", "corrected", "correction", "clarification", "archives", "lifeline", "helpline",
                "writer's", "medically",
                # round vocab5
                "first", "version", "editor", "curated", "accurate", "availability", "publishing", "time", "change",
                "subject", "purchases", "leverage", "risk", "responsibly", "representative", "apr", "repayment",
                "repayments", "england", "wales", "authorised", "authorized",
                # round vocab6
                "foreign-agent", "non-exhaustive", "tos", "suitability", "consequential", "incidental",
                "punitive", "arising", "limitation", "limitations", "inaccurate", "erroneously", "amended", "editor's",
                "misspelled", "corrections", "reprints", "excerpt", "abridged", "wagering",
                "bettors", "sportsbook", "helplines", "disregard", "practitioner", "clinician", "pharmacist",
                "dietitian", "supplements", "advisers", "advisors", "brokerage", "fca", "finra", "prospectus",
                "accredited", "uncertainties", "notices", "applicable",
                "permitted", "transmit", "transmitted", "retrieval", "mechanical", "copying", "modify", "modifications",
                "discontinue", "discretion", "acceptance", "accessing", "governing", "arbitration", "waiver",
                "pursuant", "whereby", "logos", "proprietary", "holders", "inquiries", "enquiries", "op-ed",
                "underwritten", "underwriting", "underwriter", "underwriters", "vetted", "photographer",
                "photographers", "credits", "epa", "efe", "ansa", "xinhua", "anadolu", "sipa", "zuma", "imago",
                "pti", "ians", "upi", "pexels", "pixabay", "depositphotos", "dreamstime", "state-affiliated",
                "state-controlled", "state-funded", "government-funded", "opt-out", "personally", "identifiable",
                # round vocab6
                "getty", "istock", "istockphoto", "newswire",
                # round vocab6
                "intended", "rely", "notice", "accordance", "clarity", "condensed", "lightly", "wager", "wagers",
                "affiliation", "affiliations", "creation", "apply",
                "professionals", "suitable", "substantial", "audiences", "state-owned", "broadcaster", "updated",
                # round vocab6
                "shutterstock", "alamy", "unsplash",
                # round vocab6
                "wikimedia",
                # round vocab6
                "inclusion", "imply", "external", "websites", "convenience", "vary", "third-party", "strictly",
                "adverts", "3rd", "consented", "editing", "compiled", "desk", "manufacturer", "sample", "input",
                "residents",
                # round vocab6
                "reuse", "permissions", "linking", "represent", "illustrate", "usage", "quotes", "delayed", "real-time",
                "nasdaq", "squarespace", "wix", "stated", "positions", "recommends", "nicotine", "addictive",
                # round vocab7: shops, recipes, travel, government, jobs, docs, forums, footers
                "registration", "scotland", "ireland", "northern", "tax", "identification", "address", "charity",
                "reg", "drink", "drinking", "alcohol", "pregnant", "pregnancy", "smoking", "vaping", "warning",
                "warnings", "excluding", "exclude", "delivery", "handling", "taxes", "duties", "postage", "valid",
                "while", "supplies", "last", "exclusions", "redemption", "minimum", "spend", "eligible",
                "participating", "nutritional", "nutrition", "calculated", "calculator", "ingredients", "approximate",
                "estimates", "licensed", "unported", "except", "gnu", "apache", "trademark", "trademarks", "owners",
                "wikipedia", "non-profit", "nonprofit", "organization", "organisation", "charitable", "compensation",
                "compensated", "sponsor", "sponsorship", "gifted", "pr", "samples", "artificial", "intelligence",
                "generative", "advisory", "advisories", "travel", "entry", "requirements", "destination", "embassy",
                "consulate", "gov", "https", "padlock", "archived", "superseded", "withdrawn", "historical",
                "accessibility", "compliance", "wcag", "standards", "gmbh", "pty", "affiliate", "affiliates",
                "complimentary", "estimate", "estimated", "approximation", "abn", "acn", "gst", "hst", "gstin",
            ],
        },
    },
}

# Words every class may hold that are no cue (articles, pronouns, prepositions, auxiliaries).
FUNCTION_EXTRA: list[str] = [
    # en: pronouns and determiners
    "yours", "ours", "yourself", "those", "each", "both", "how", "when",
    # en: auxiliaries and contractions
    "am", "were", "shall", "won't", "isn't", "aren't", "wasn't", "weren't", "haven't", "hasn't", "hadn't", "didn't",
    "shouldn't", "mustn't", "we'll", "you'll", "i'll", "i've", "i'd", "you'd", "we'd", "there's", "what's", "who's",
    "where's", "how's", "let",
    # en: adverbs, prepositions and conjunctions
    "very", "even", "then", "still", "ever", "often", "once", "over", "off", "until", "since", "because", "etc",
    # round vocab6: relatives, pronouns, quantifiers and prepositions of notices and forms
    "whose", "where", "they", "them", "their", "they're", "they've",
    "same", "either", "nor", "whether", "within", "upon", "through", "above", "after", "too",
    "many", "much", "due", "few", "it'll", "anything", "someone", "down", "away",
    # round vocab7: modals, relatives, quantifiers and adverbs
    "ourselves", "they'll", "they'd", "here's", "y'all", "again", "already",
]
