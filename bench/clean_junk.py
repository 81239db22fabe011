"""Junk generator for the cleaning bench: inserts page furniture into clean article texts.

Written apart from src/tamis/clean/patterns.py and on purpose not from it: the phrases below are
what such furniture says on real sites (recalled from browsing, in 8 languages), with casing,
punctuation, counts and order varied at random, and including wordings the step's tables were
not written from. Each inserted line is labelled with its class so the bench can tell junk words
removed from article words lost.
"""
from __future__ import annotations

import random

LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "ru"]

ERROR = {
    "en": [["404", "Error 404", "HTTP 404", "403", "403 Forbidden", "Error 500", "404 - Page Not Found",
            "Page not found", "Not Found", "Oops!", "Sorry!!", "Whoops!", "Uh-oh.", "Hmm..."],
           ["We're sorry, but the page you were looking for doesn't exist.",
            "The page you requested could not be found.",
            "Sorry, we couldn't find the page you were looking for.",
            "This page doesn't exist or has been moved.",
            "The link you followed may be broken, or the page may have been removed.",
            "Oops! That page can't be found.",
            "We can't seem to find the page you're looking for.",
            "The requested URL was not found on this server.",
            "You don't have permission to access this resource.",
            "Nothing was found at this location."],
           ["Go back to the homepage", "Return to home page", "Try searching for what you need.",
            "Back to Home", "Please check the URL and try again.", "Take me home"]],
    "de": [["404", "Fehler 404", "Seite nicht gefunden", "Hoppla!", "Ups!"],
           ["Die angeforderte Seite konnte leider nicht gefunden werden.",
            "Diese Seite existiert leider nicht mehr.",
            "Es tut uns leid, aber die von Ihnen gesuchte Seite ist nicht verfügbar.",
            "Die gesuchte Seite wurde nicht gefunden."],
           ["Zur Startseite", "Zurück zur Startseite"]],
    "fr": [["404", "Erreur 404", "Page introuvable", "Oups !"],
           ["La page que vous recherchez n'existe pas.", "Désolé, cette page est introuvable.",
            "La page demandée n'a pas été trouvée.", "Cette page n'existe plus ou a été déplacée."],
           ["Retour à l'accueil", "Revenir à la page d'accueil"]],
    "es": [["404", "Error 404", "Página no encontrada", "¡Ups!"],
           ["Lo sentimos, la página que buscas no existe.", "La página solicitada no está disponible.",
            "La página que estás buscando ya no existe."],
           ["Volver al inicio", "Ir a la página de inicio"]],
    "it": [["404", "Errore 404", "Pagina non trovata", "Ops!"],
           ["La pagina che stai cercando non esiste.", "Ci dispiace, la pagina richiesta non è disponibile.",
            "La pagina richiesta non è stata trovata."],
           ["Torna alla homepage", "Torna alla pagina iniziale"]],
    "pt": [["404", "Erro 404", "Página não encontrada", "Ops!"],
           ["A página que você está procurando não existe.", "Desculpe, a página solicitada não foi encontrada.",
            "A página que procura não está disponível."],
           ["Voltar para a página inicial", "Ir para o início"]],
    "nl": [["404", "Fout 404", "Pagina niet gevonden", "Oeps!"],
           ["De pagina die u zoekt bestaat niet.", "Helaas, deze pagina kan niet worden gevonden.",
            "De opgevraagde pagina is niet gevonden."],
           ["Terug naar de homepage", "Terug naar de startpagina"]],
    "ru": [["404", "Ошибка 404", "Страница не найдена", "Упс!"],
           ["Запрашиваемая страница не найдена.", "К сожалению, такой страницы не существует.",
            "Извините, страница была удалена или перемещена."],
           ["Вернуться на главную", "На главную страницу"]],
}

LEGAL = {
    "en": [("Legal Disclaimer:", ("The information in this press release is provided by a third party and is "
            "distributed as is, without warranty of any kind. We accept no responsibility or liability for its "
            "accuracy, completeness or legality. Please contact the provider with any complaints.")),
           ("Disclaimer:", ("The views and opinions expressed in this article are those of the author and do "
            "not necessarily reflect the official position of this publication.")),
           ("Disclaimer", ("This article is for informational purposes only and should not be considered "
            "financial or investment advice. Always consult a qualified professional.")),
           (None, "© 2023 Northwind Media Group. All rights reserved."),
           (None, ("Copyright 2021 The Daily Ledger. All Rights Reserved. This material may not be published, "
            "broadcast, rewritten or redistributed.")),
           (None, "Copyright © 2019 Bay Area Publishing LLC"),
           (None, "All rights reserved."),
           (None, "Reproduction in whole or in part without written permission is prohibited.")],
    "de": [("Haftungsausschluss:", ("Für die Richtigkeit und Vollständigkeit der Angaben übernehmen wir keine "
            "Gewähr und keine Haftung.")),
           (None, "© 2022 Verlagsgruppe Nord GmbH. Alle Rechte vorbehalten."),
           ("Rechtlicher Hinweis:", ("Dieser Beitrag stellt keine Anlageberatung dar; die Verantwortung liegt beim "
            "Leser."))],
    "fr": [("Avertissement :", ("Les informations publiées sont fournies à titre indicatif ; l'éditeur décline "
            "toute responsabilité quant à leur exactitude.")),
           (None, "© 2020 Éditions du Sud. Tous droits réservés."),
           (None, "Toute reproduction, même partielle, est interdite.")],
    "es": [("Aviso legal:", ("La información se ofrece sin garantía alguna y el editor no asume ninguna "
            "responsabilidad por su exactitud.")),
           (None, "© 2024 Grupo Prensa Ibérica. Todos los derechos reservados.")],
    "it": [("Disclaimer:", ("Le informazioni sono fornite senza alcuna garanzia e l'editore declina ogni "
            "responsabilità per eventuali errori.")),
           (None, "© 2021 Edizioni Lago S.p.A. Tutti i diritti riservati. Riproduzione riservata.")],
    "pt": [("Aviso legal:", ("As informações são fornecidas sem qualquer garantia e o editor não assume "
            "responsabilidade pela sua exatidão.")),
           (None, "© 2023 Grupo Folha Nova. Todos os direitos reservados.")],
    "nl": [("Disclaimer:", ("Aan de inhoud van dit bericht kunnen geen rechten worden ontleend; de uitgever is "
            "niet aansprakelijk voor eventuele fouten.")),
           (None, "© 2022 Mediahuis Noord. Alle rechten voorbehouden.")],
    "ru": [("Отказ от ответственности:", ("Редакция не несет ответственности за точность информации, "
            "предоставленной третьими лицами.")),
           (None, "© 2021 ООО «Медиа Групп». Все права защищены."),
           (None, "При использовании материалов сайта ссылка на источник обязательна.")],
}

COOKIE = {
    "en": [[("We use cookies to improve your experience on our website. By continuing to browse, you agree to our "
            "use of cookies."),
            "This website uses cookies to ensure you get the best experience on our website.",
            ("We and our partners store and access information on your device, such as cookies, to personalise "
            "content and ads."),
            "Our site uses cookies and similar technologies. You can manage your preferences at any time.",
            "By clicking “Accept All Cookies”, you agree to the storing of cookies on your device."],
           ["Accept", "Accept all", "Accept All Cookies", "I agree", "Got it!", "OK", "Reject all", "Decline",
            "Manage preferences", "Cookie Settings", "Learn more", "Customize settings", "Allow all"]],
    "de": [["Diese Website verwendet Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten.",
            "Wir nutzen Cookies, um unsere Inhalte zu personalisieren und Zugriffe zu analysieren.",
            "Mit der Nutzung dieser Seite stimmen Sie der Verwendung von Cookies zu."],
           ["Alle akzeptieren", "Akzeptieren", "Ablehnen", "Einstellungen", "Einverstanden", "Mehr erfahren"]],
    "fr": [["Ce site utilise des cookies pour améliorer votre expérience de navigation.",
            "Nous utilisons des cookies afin de vous proposer des contenus adaptés.",
            "En poursuivant votre navigation, vous acceptez l'utilisation de cookies."],
           ["Tout accepter", "Accepter", "Refuser", "Paramétrer les cookies", "Continuer sans accepter"]],
    "es": [["Este sitio web utiliza cookies para mejorar su experiencia.",
            "Utilizamos cookies propias y de terceros para analizar el tráfico.",
            "Si continúa navegando, consideramos que acepta su uso."],
           ["Aceptar", "Aceptar todas", "Rechazar", "Configurar cookies", "Más información"]],
    "it": [["Questo sito utilizza cookie tecnici e di profilazione.",
            "Utilizziamo i cookie per offrirti la migliore esperienza sul nostro sito."],
           ["Accetta", "Accetta tutti", "Rifiuta", "Personalizza", "Chiudi"]],
    "pt": [["Este site utiliza cookies para melhorar a sua experiência.",
            "Utilizamos cookies para personalizar conteúdos e analisar o tráfego."],
           ["Aceitar", "Aceitar todos", "Rejeitar", "Definições de cookies", "Saiba mais"]],
    "nl": [["Deze website maakt gebruik van cookies om uw ervaring te verbeteren.",
            "Wij gebruiken cookies om de website goed te laten werken."],
           ["Accepteren", "Alles accepteren", "Weigeren", "Instellingen", "Akkoord"]],
    "ru": [["Этот сайт использует файлы cookie для улучшения работы.",
            "Мы используем cookie, чтобы сайт работал удобнее для вас."],
           ["Принять", "Принять все", "Отклонить", "Настройки", "Понятно"]],
}

SHARE = {
    "en": [["Share this article", "Share this story", "Share on Facebook", "Share:", "SHARE", "Share this:",
            "Click to share on Twitter (Opens in new window)", "Share via Email", "Share this post"],
           ["Facebook", "Twitter", "LinkedIn", "WhatsApp", "Email", "Pinterest", "Reddit", "Print", "Copy link",
            "X", "Telegram", "Flipboard"]],
    "de": [["Artikel teilen", "Diesen Artikel teilen", "Teilen:", "Auf Facebook teilen"],
           ["Facebook", "Twitter", "WhatsApp", "E-Mail", "Drucken", "Xing", "LinkedIn"]],
    "fr": [["Partager cet article", "Partager :", "Partager sur Facebook"],
           ["Facebook", "Twitter", "LinkedIn", "E-mail", "Imprimer", "WhatsApp"]],
    "es": [["Compartir este artículo", "Compartir:", "Compartir en Twitter"],
           ["Facebook", "Twitter", "WhatsApp", "Email", "Imprimir", "LinkedIn"]],
    "it": [["Condividi questo articolo", "Condividi:", "Condividi su Facebook"],
           ["Facebook", "Twitter", "WhatsApp", "Email", "Stampa", "LinkedIn"]],
    "pt": [["Compartilhe este artigo", "Compartilhar:", "Partilhar no Facebook"],
           ["Facebook", "Twitter", "WhatsApp", "E-mail", "Imprimir", "LinkedIn"]],
    "nl": [["Deel dit artikel", "Delen:", "Deel via WhatsApp"],
           ["Facebook", "Twitter", "WhatsApp", "E-mail", "LinkedIn", "Afdrukken"]],
    "ru": [["Поделиться", "Поделиться в соцсетях", "Поделиться статьей"],
           ["ВКонтакте", "Telegram", "Одноклассники", "WhatsApp", "Email"]],
}

COMMENTS = {
    "en": [["Comments", "No comment", "No comments yet", "0 Comments", "3 comments", "Leave a Reply",
            "Leave a comment", "Be the first to comment", "Post a comment", "Comments (12)", "Join the discussion",
            "Add a comment", "Comments are closed.", "View comments", "One response",
            "You must be logged in to post a comment.",
            "Your email address will not be published. Required fields are marked *",
            "Start the conversation", "Show comments (4)"]],
    "de": [["Kommentare", "Keine Kommentare", "Kommentar schreiben", "Noch keine Kommentare vorhanden.",
            "Schreiben Sie den ersten Kommentar!", "5 Kommentare", "Kommentare anzeigen"]],
    "fr": [["Commentaires", "Aucun commentaire", "Laisser un commentaire", "Soyez le premier à commenter",
            "2 commentaires", "Ajouter un commentaire"]],
    "es": [["Comentarios", "Sin comentarios", "Deja un comentario", "Sé el primero en comentar",
            "4 comentarios", "Escribe un comentario"]],
    "it": [["Commenti", "Nessun commento", "Lascia un commento", "Sii il primo a commentare", "3 commenti"]],
    "pt": [["Comentários", "Sem comentários", "Deixe um comentário", "Seja o primeiro a comentar",
            "5 comentários"]],
    "nl": [["Reacties", "Geen reacties", "Plaats een reactie", "Laat een reactie achter", "2 reacties"]],
    "ru": [["Комментарии", "Нет комментариев", "Оставить комментарий", "Добавить комментарий",
            "7 комментариев"]],
}

RELATED = {
    "en": ["Related articles", "Related Stories", "Most Read", "You may also like", "Read more:", "More from News",
           "Recommended for you", "Trending Now", "Related", "Also read", "Most popular", "Don't miss",
           "Tags:", "More stories", "Latest News", "You might also like", "Popular posts", "Read next"],
    "de": ["Weitere Artikel", "Das könnte Sie auch interessieren", "Meistgelesen", "Mehr zum Thema",
           "Lesen Sie auch", "Ähnliche Artikel", "Schlagwörter:"],
    "fr": ["Articles similaires", "À lire aussi", "Les plus lus", "Vous aimerez aussi", "Sur le même sujet",
           "Mots-clés :"],
    "es": ["Noticias relacionadas", "Te puede interesar", "Lo más leído", "Lee también", "Artículos relacionados",
           "Etiquetas:"],
    "it": ["Articoli correlati", "Potrebbe interessarti anche", "I più letti", "Leggi anche"],
    "pt": ["Notícias relacionadas", "Leia também", "Mais lidas", "Você também pode gostar", "Veja também"],
    "nl": ["Gerelateerde artikelen", "Lees ook", "Meest gelezen", "Meer nieuws"],
    "ru": ["Читайте также", "Похожие новости", "Популярное", "Вам может понравиться", "Теги:"],
}

NEWSLETTER = {
    "en": ["Sign up for our newsletter", "Subscribe to our daily newsletter for the latest headlines.",
           "Get the best stories delivered straight to your inbox.", "Enter your email address",
           "Subscribe", "Sign up", "By signing up, you agree to our Terms of Use and Privacy Policy.",
           "You can unsubscribe at any time.", "Never miss a story — subscribe to our newsletter.",
           "Thanks for signing up!", "Join our mailing list", "Your email"],
    "de": ["Newsletter abonnieren", "Melden Sie sich für unseren Newsletter an und verpassen Sie nichts mehr.",
           "Ihre E-Mail-Adresse", "Jetzt abonnieren", "Die Abmeldung ist jederzeit möglich."],
    "fr": ["Inscrivez-vous à notre newsletter", "Recevez chaque matin notre newsletter par e-mail.",
           "Votre adresse e-mail", "Je m'abonne", "Vous pourrez vous désinscrire à tout moment."],
    "es": ["Suscríbete a nuestro boletín", "Recibe las noticias más importantes en tu correo.",
           "Tu correo electrónico", "Suscribirse"],
    "it": ["Iscriviti alla nostra newsletter", "La tua email", "Iscriviti"],
    "pt": ["Assine a nossa newsletter", "Receba as principais notícias no seu e-mail.", "Seu e-mail", "Assinar"],
    "nl": ["Schrijf je in voor onze nieuwsbrief", "Ontvang het laatste nieuws in je inbox.", "Je e-mailadres",
           "Inschrijven"],
    "ru": ["Подпишитесь на нашу рассылку", "Ваш e-mail", "Подписаться"],
}

NAVIGATION = {
    "en": ["Home > News > Local", "Home » World » Europe", "Home | About | Contact | Privacy Policy",
           "Skip to main content", "Menu", "Home / Business / Markets", "Back to top",
           "News | Sport | Weather | Business | Culture", "Previous article", "Next article", "Main menu",
           "Toggle navigation", "You are here: Home > Blog"],
    "de": ["Startseite > Politik > Inland", "Zum Inhalt springen", "Nach oben", "Startseite | Impressum | Kontakt"],
    "fr": ["Accueil > Actualités > Monde", "Aller au contenu principal", "Retour en haut de la page",
           "Accueil | Contact | Mentions légales"],
    "es": ["Inicio > Noticias > Deportes", "Ir al contenido", "Volver arriba", "Inicio | Contacto | Aviso legal"],
    "it": ["Home > Cronaca > Roma", "Vai al contenuto", "Torna su", "Home | Chi siamo | Contatti"],
    "pt": ["Início > Notícias > Brasil", "Ir para o conteúdo", "Voltar ao topo", "Início | Sobre | Contato"],
    "nl": ["Home > Nieuws > Binnenland", "Naar de inhoud", "Terug naar boven", "Home | Over ons | Contact"],
    "ru": ["Главная > Новости > Общество", "Перейти к содержимому", "Наверх", "Главная | О нас | Контакты"],
}

LOGIN = {
    "en": ["Log in", "Sign in", "Register", "Log In / Register", "Forgot your password?", "Create an account",
           "Don't have an account? Sign up", "Already a subscriber? Log in", "Remember me", "My Account",
           "Subscribe to continue reading.", "Sign in to save articles"],
    "de": ["Anmelden", "Registrieren", "Passwort vergessen?", "Konto erstellen", "Einloggen"],
    "fr": ["Se connecter", "Créer un compte", "Mot de passe oublié ?", "Connexion"],
    "es": ["Iniciar sesión", "Registrarse", "¿Olvidaste tu contraseña?", "Crear cuenta"],
    "it": ["Accedi", "Registrati", "Password dimenticata?", "Crea un account"],
    "pt": ["Entrar", "Criar conta", "Esqueceu sua senha?", "Cadastre-se"],
    "nl": ["Inloggen", "Registreren", "Wachtwoord vergeten?", "Account aanmaken"],
    "ru": ["Войти", "Регистрация", "Забыли пароль?", "Личный кабинет"],
}

FALLBACK_HEADLINES = [
    "City approves new budget after months of debate", "Five things to know before the markets open",
    "Storm leaves thousands without power", "Local team clinches playoff spot in overtime",
    "How one startup plans to rethink grocery delivery", "Opinion: The case for longer school days",
    "Museum reopens with a new wing devoted to modern art", "Prices for used cars fall for third month",
]


def _vary(s: str, rng: random.Random) -> str:
    """Casing and trailing punctuation vary on real pages."""
    r = rng.random()
    if r < 0.12:
        s = s.upper()
    elif r < 0.2:
        s = s.lower()
    elif r < 0.3 and s[-1:].isalnum():
        s += rng.choice([":", "!", " »", " >", "..."])
    return s


def _lang(rng: random.Random, table: dict) -> str:
    return "en" if rng.random() < 0.4 and "en" in table else rng.choice(sorted(table))


def junk_block(cls: str, rng: random.Random, headlines: list[str]) -> list[str]:
    """The lines of one junk block of a class."""
    tables = {"error": ERROR, "legal": LEGAL, "cookie": COOKIE, "share": SHARE, "comments": COMMENTS,
              "related": RELATED, "newsletter": NEWSLETTER, "navigation": NAVIGATION, "login": LOGIN}
    lang = _lang(rng, tables[cls])
    if cls == "error":
        st, msg, act = ERROR[lang]
        out = [rng.choice(st)] if rng.random() < 0.8 else []
        out.append(rng.choice(msg))
        if rng.random() < 0.5:
            out.append(rng.choice(act))
        return [_vary(x, rng) if len(x) < 30 else x for x in out]
    if cls == "legal":
        title, body = rng.choice(LEGAL[lang])
        return ([_vary(title, rng)] if title else []) + [body]
    if cls == "cookie":
        notes, buttons = COOKIE[lang]
        out = [rng.choice(notes)]
        out += [_vary(b, rng) for b in rng.sample(buttons, rng.randint(0, min(3, len(buttons))))]
        return out
    if cls == "share":
        heads, nets = SHARE[lang]
        picks = rng.sample(nets, rng.randint(2, min(5, len(nets))))
        style = rng.random()
        if style < 0.4:
            out = [rng.choice(heads)] + picks
        elif style < 0.7:
            out = [rng.choice(heads)] + [rng.choice([" ", " | ", " · ", ", "]).join(picks)]
        else:
            out = [" ".join(picks)] if rng.random() < 0.5 else [rng.choice(heads)]
        return [_vary(x, rng) for x in out]
    if cls == "comments":
        items = COMMENTS[lang][0]
        return [_vary(x, rng) for x in rng.sample(items, rng.randint(1, min(3, len(items))))]
    if cls == "related":
        head = rng.choice(RELATED[lang])
        if head.endswith(":") and rng.random() < 0.5:
            # inline form: "Read more: <headline>" / "Tags: a, b, c"
            tail = rng.choice(headlines) if not head.lower().startswith(("tag", "schlag", "mots", "etiq", "теги"))\
                else ", ".join(w.strip(",.") for w in rng.sample(rng.choice(headlines).split(), 2))
            return [f"{head} {tail}"]
        n = rng.randint(2, 6)
        out = [_vary(head, rng)] + rng.sample(headlines, min(n, len(headlines)))
        return out
    if cls == "newsletter":
        items = NEWSLETTER[lang]
        return [_vary(x, rng) if len(x) < 30 else x for x in rng.sample(items, rng.randint(1, min(3, len(items))))]
    if cls == "navigation":
        return [rng.choice(NAVIGATION[lang])]
    if cls == "login":
        items = LOGIN[lang]
        return [_vary(x, rng) for x in rng.sample(items, rng.randint(1, 2))]
    raise ValueError(cls)


# Where each class tends to sit on a page: top, bottom or anywhere.
PLACE = {"error": "top", "navigation": "top", "cookie": "edge", "login": "edge", "comments": "bottom",
         "legal": "bottom_or_any", "share": "any", "related": "any", "newsletter": "any"}
CLASSES = list(PLACE) + ["duplicate"]


def make_junked(article: str, rng: random.Random, headlines: list[str] | None = None,
                n_blocks: tuple[int, int] = (2, 5)) -> tuple[list[str], list[str | None]]:
    """Article lines with junk blocks inserted; returns (lines, label per line: None or class)."""
    lines = article.split("\n")
    labels: list[str | None] = [None] * len(lines)
    heads = headlines or FALLBACK_HEADLINES
    classes = rng.sample(CLASSES, rng.randint(*n_blocks))
    # Paragraph gaps: positions between lines (blank lines keep the text's own layout).
    for cls in classes:
        if cls == "duplicate":
            long_lines = [s for s in lines if len(s.split()) >= 8 and s not in ("",)]
            if not long_lines:
                continue
            if rng.random() < 0.25:
                copy = [s for s, lab in zip(lines, labels) if lab is None]
                lines = lines + [""] + copy
                labels = labels + [None] + ["duplicate" if s.strip() else None for s in copy]
                continue
            for s in rng.sample(long_lines, min(len(long_lines), rng.randint(1, 3))):
                first = lines.index(s)
                pos = rng.randint(first + 1, len(lines))
                lines.insert(pos, s)
                labels.insert(pos, "duplicate")
            continue
        block = junk_block(cls, rng, heads)
        place = PLACE[cls]
        if place == "top" or (place == "edge" and rng.random() < 0.5):
            pos = 0
        elif place == "bottom" or (place in ("edge", "bottom_or_any") and rng.random() < 0.5):
            pos = len(lines)
        else:
            pos = rng.randint(1, max(1, len(lines) - 1))
        sep = [""] if rng.random() < 0.5 else []
        new = sep + block + sep
        lines[pos:pos] = new
        labels[pos:pos] = [cls if s.strip() else None for s in new]
    return lines, labels


# Held-out phrasings: written after the step's tables were tuned on the misses of the lists above,
# and measured once, as they are (`clean_bench.py --heldout`). Same classes, new wordings.
HELDOUT = {
    "error": {
        "en": [["Error code: 404", "404 error", "HTTP Error 410 - Gone", "Whoa!", "Page Unavailable"],
               ["Looks like this page went missing.", "We couldn't find that page.",
                "This content is no longer available.", "The page you are trying to reach does not exist.",
                "Hmm, the page you were looking for seems to have moved."],
               ["Head back home", "Visit our homepage", "Search our site instead"]],
        "de": [["Fehler 404"], ["Leider konnten wir die Seite nicht finden.", "Diese Seite gibt es nicht mehr."],
               ["Zurück zur Startseite"]],
        "fr": [["Erreur 404"], ["Oups, cette page n'existe pas.", "Nous n'avons pas trouvé cette page."],
               ["Retour à l'accueil"]],
        "es": [["Error 404"], ["Vaya, esta página no existe.", "No hemos encontrado la página."], ["Volver al inicio"]],
    },
    "cookie": {
        "en": [["Your privacy matters to us. We use cookies and similar tools to run this site and measure traffic.",
                "To give you the best possible experience, this site uses cookies.",
                "Cookies help us deliver our services. By using our services, you agree to our use of cookies."],
               ["Accept and close", "Only necessary cookies", "Agree", "Manage options", "Do not sell my info"]],
        "it": [["Noi e terze parti selezionate utilizziamo cookie per finalità tecniche."], ["Accetta", "Rifiuta"]],
        "nl": [["Wij gebruiken cookies om onze website te verbeteren."], ["Akkoord", "Instellingen aanpassen"]],
    },
    "legal": {
        "en": [("Disclaimer:", ("This post may contain affiliate links; we may receive a commission at no extra cost "
                "to you. Content is not a substitute for professional advice.")),
               (None, "© Copyright 2024 Coastline Radio Ltd. All rights reserved."),
               (None, "All content © 2018 Harbor Times, unless otherwise noted."),
               ("Important:", ("Past performance is no guarantee of future results; we accept no liability for "
                "losses arising from reliance on this information."))],
        "de": [(None, "© 2023 Stadtanzeiger GmbH – Alle Rechte vorbehalten")],
        "pt": [(None, "Todos os direitos reservados © 2022 Jornal do Litoral")],
    },
    "newsletter": {
        "en": [["Want more stories like this? Sign up for our free newsletter.",
                "Get our morning briefing in your inbox", "Your email address", "Sign me up",
                "We respect your privacy. Unsubscribe anytime."]],
        "fr": [["Abonnez-vous à notre newsletter gratuite", "Votre adresse e-mail", "S'abonner"]],
    },
    "share": {
        "en": [["Share this page", "Share on X", "Email this article", "Share via WhatsApp"],
               ["Facebook", "X", "LinkedIn", "Email", "Copy URL"]],
        "es": [["Compartir en redes"], ["Facebook", "WhatsApp", "Telegram"]],
    },
    "comments": {
        "en": [["17 Comments", "Leave a comment below", "Comments are closed for this article.",
                "What do you think? Leave a comment below.", "Read 23 comments", "Post your comment"]],
        "de": [["3 Kommentare", "Kommentar verfassen"]],
        "ru": [["12 комментариев", "Написать комментарий"]],
    },
    "related": {
        "en": ["More from this author", "Further reading", "Related coverage", "More stories like this",
               "Recommended stories", "Editors' picks"],
        "it": ["Leggi anche"], "es": ["Noticias relacionadas"], "de": ["Mehr zum Thema"],
    },
    "navigation": {
        "en": ["Home › Opinion › Columns", "Skip to navigation", "Back to top ↑", "Home / Tech / Gadgets"],
        "fr": ["Accueil › Sport › Football"], "pt": ["Início › Esportes"],
    },
    "login": {
        "en": ["Sign in to your account", "Register for free", "Log out", "Already have an account? Log in"],
        "fr": ["Mon compte", "Se connecter"],
    },
}


def use_heldout(which: int = 1) -> None:
    """Swap the phrase lists for a held-out set (1-4, 6-8), or development set 5 (same classes and placement)."""
    h = {1: HELDOUT, 2: HELDOUT2, 3: HELDOUT3, 4: HELDOUT4, 5: HELDOUT5, 6: HELDOUT6, 7: HELDOUT7, 8: HELDOUT8}[which]
    ERROR.clear()
    ERROR.update(h["error"])
    COOKIE.clear()
    COOKIE.update(h["cookie"])
    LEGAL.clear()
    LEGAL.update(h["legal"])
    NEWSLETTER.clear()
    NEWSLETTER.update({k: v[0] for k, v in h["newsletter"].items()})
    SHARE.clear()
    SHARE.update(h["share"])
    COMMENTS.clear()
    COMMENTS.update(h["comments"])
    RELATED.clear()
    RELATED.update(h["related"])
    NAVIGATION.clear()
    NAVIGATION.update(h["navigation"])
    LOGIN.clear()
    LOGIN.update(h["login"])
    LANGS[:] = sorted(set().union(*(d.keys() for d in (ERROR, COOKIE, LEGAL, NEWSLETTER, SHARE, COMMENTS,
                                                         RELATED, NAVIGATION, LOGIN))))


# A second held-out set, written before the misses of HELDOUT were looked at; measured once, last
# (`clean_bench.py --heldout 2`).
HELDOUT2 = {
    "error": {
        "en": [["Error 404 (Not Found)", "404. That's an error.", "Page Missing", "Yikes!", "Bad Request"],
               ["The page you're after has been moved, renamed or deleted.",
                "Sorry, this article is no longer available.", "We looked everywhere but couldn't find this page.",
                "The resource you requested could not be located.", "There's nothing here, sorry."],
               ["Go to homepage", "Return home", "Try a new search"]],
        "it": [["Errore 404"], ["Siamo spiacenti, la pagina non esiste più."], ["Torna alla home"]],
        "pt": [["Erro 404"], ["Ops! Esta página não existe."], ["Voltar ao início"]],
        "ru": [["Ошибка 404"], ["Такой страницы нет на сайте."], ["На главную"]],
    },
    "cookie": {
        "en": [["This site uses cookies. Find out more about how we use them in our cookie policy.",
                "We'd like to set additional cookies to understand how you use our site.",
                "Cookies on this website: we use essential cookies to make this site work."],
               ["Yes, I accept", "No, thanks", "Accept additional cookies", "Reject additional cookies",
                "View cookies", "Continue"]],
        "de": [["Wir verwenden Cookies und ähnliche Technologien, um unser Angebot zu verbessern."],
               ["Zustimmen", "Nur notwendige Cookies", "Anpassen"]],
        "es": [["Usamos cookies para darte la mejor experiencia en nuestra web."], ["Aceptar", "Configurar"]],
        "fr": [["Nous utilisons des cookies pour mesurer l'audience de notre site."], ["J'accepte", "Je refuse"]],
    },
    "legal": {
        "en": [(None, "Copyright © 2015–2024 Maple Street Media. All rights reserved."),
               ("Editorial disclaimer:", ("Opinions expressed here are the author's alone and have not been reviewed "
                "or endorsed by any bank or card issuer.")),
               (None, "This article was written by a third party; the site is not responsible for its accuracy.")],
        "fr": [(None, "Copyright © 2021 Radio Littoral. Tous droits réservés.")],
        "it": [(None, "© Riproduzione riservata")],
        "es": [("Aviso legal:", "El contenido de este artículo no constituye asesoramiento financiero.")],
    },
    "newsletter": {
        "en": [["Get the latest news sent straight to your inbox", "Sign up to our newsletter", "Email address",
                "Subscribe now", "Stay informed: subscribe to our weekly digest.", "No spam, unsubscribe at any time."]],
        "de": [["Jetzt Newsletter abonnieren", "E-Mail-Adresse eingeben", "Anmelden"]],
        "es": [["Suscríbete a nuestra newsletter", "Introduce tu e-mail", "Suscribirme"]],
    },
    "share": {
        "en": [["Share this article:", "Share on Facebook", "Share on Twitter", "Tweet this", "Pin this"],
               ["Facebook", "Twitter", "Email", "Print", "WhatsApp", "LinkedIn", "Reddit"]],
        "pt": [["Compartilhe:"], ["Facebook", "Twitter", "WhatsApp"]],
        "it": [["Condividi su:"], ["Facebook", "Twitter", "Email"]],
    },
    "comments": {
        "en": [["Comments (0)", "No comments", "Add your comment", "Load comments", "Leave a Reply Cancel reply",
                "Be the first to comment on this article", "There are no comments yet."]],
        "fr": [["Aucun commentaire pour le moment", "Réagir à cet article", "Commentaires (3)"]],
        "nl": [["Reacties (5)", "Geen reacties"]],
    },
    "related": {
        "en": ["Related content", "Other stories", "More like this", "You may be interested in", "Top stories",
               "See also"],
        "fr": ["À lire aussi"], "pt": ["Leia também"], "ru": ["Читайте также"],
    },
    "navigation": {
        "en": ["Home > Local News", "Skip to main navigation", "Home | News | Sport | Contact us", "Return to top"],
        "de": ["Startseite › Wirtschaft"], "es": ["Portada > Sociedad"],
    },
    "login": {
        "en": ["Log in to comment", "Create a free account", "Sign in / Register", "Forgot password?"],
        "de": ["Jetzt anmelden", "Registrieren"],
    },
}


# A third held-out set, written after set 2 was measured and before its misses were used.
HELDOUT3 = {
    "error": {
        "en": [["Error: 404", "404 | Page not found", "Oh snap!", "Not found (404)", "Something's missing"],
               ["The page you requested is not available.", "Sorry, we can't find what you're looking for.",
                "This link appears to be broken.", "That page has moved or no longer exists.",
                "We couldn't locate the page you requested."],
               ["Back to the home page", "Go home", "Browse our latest stories"]],
        "de": [["404 – Seite nicht gefunden"], ["Die Seite, die Sie suchen, existiert leider nicht."],
               ["Zur Homepage"]],
        "nl": [["Oeps, 404"], ["Deze pagina bestaat niet (meer)."], ["Naar de homepage"]],
    },
    "cookie": {
        "en": [["This website stores cookies on your computer to improve your experience.",
                "We care about your privacy: we and our partners use cookies to measure audience."],
               ["Allow cookies", "Decline all", "Cookie preferences", "Save my choices", "Okay, got it"]],
        "pt": [["Este site usa cookies para garantir a melhor experiência."], ["Aceito", "Recusar"]],
        "ru": [["Мы используем файлы cookie, чтобы улучшить работу сайта."], ["Согласен", "Подробнее"]],
    },
    "legal": {
        "en": [(None, "Copyright 2022 Riverbend Media Inc. All Rights Reserved."),
               ("Legal notice", ("The information on this page is provided without any warranty and the publisher "
                "accepts no liability for errors.")),
               (None, "This material may not be copied or redistributed without permission.")],
        "de": [(None, "Alle Rechte vorbehalten. © Nordkurier 2021")],
        "nl": [(None, "© 2020 Dagblad Oost – alle rechten voorbehouden")],
    },
    "newsletter": {
        "en": [["Subscribe to our newsletter", "Get the morning headlines delivered to your inbox every day.",
                "Enter your email", "Sign up for free", "You can cancel anytime."]],
        "it": [["Iscriviti alla newsletter", "Inserisci la tua email", "Iscriviti"]],
        "pt": [["Receba nossa newsletter", "Digite seu e-mail", "Inscrever-se"]],
    },
    "share": {
        "en": [["Share", "Share this", "Share via email", "Share to Facebook"],
               ["Facebook", "Twitter", "LinkedIn", "Email", "WhatsApp", "Print this page"]],
        "fr": [["Partager l'article"], ["Facebook", "X", "E-mail"]],
    },
    "comments": {
        "en": [["6 comments", "Add comment", "Show all comments", "Comments are closed", "Write a comment",
                "No comments so far"]],
        "es": [["0 comentarios", "Añade tu comentario"]],
        "it": [["Nessun commento", "Scrivi un commento"]],
    },
    "related": {
        "en": ["Related articles", "More news", "Trending", "Recommended", "Popular now", "More in Business"],
        "de": ["Weitere Nachrichten"], "nl": ["Lees ook"],
    },
    "navigation": {
        "en": ["Home > World > Asia", "Skip to content", "Main navigation", "Home | World | Business | Sport"],
        "it": ["Home > Sport > Calcio"],
    },
    "login": {
        "en": ["Sign in", "Create account", "Log in with Google", "Forgot your password?"],
        "es": ["Iniciar sesión", "Crear una cuenta"],
    },
}


# A fourth held-out set, larger and in all 8 languages to cut the variance of the figure; written
# from memory of real sites without reading the step's tables or the sets above (only their shape),
# and measured once, as it is (`clean_bench.py --heldout 4`).
HELDOUT4 = {
    "error": {
        "en": [["Error 404 – File not found", "404 | Not Found", "Page Not Found (404)", "HTTP Status 404",
                "410 Gone", "500 Internal Server Error", "Error 503 Service Unavailable", "Oh no!", "Lost?",
                "Well, this is awkward.", "Houston, we have a problem.", "Dead end"],
               ["The page you are looking for might have been removed, had its name changed, or is temporarily "
                "unavailable.",
                "It looks like nothing was found at this location. Maybe try one of the links below or a search?",
                "Error establishing a database connection",
                "The server encountered an internal error and was unable to complete your request.",
                "Sorry, the page you have requested has either moved or no longer exists.",
                "We can't find the page you're after. It may have been deleted or the address may be misspelled.",
                "This story has expired and is no longer available on our site.",
                "You may have mistyped the address, or the page may have moved.",
                "Something went wrong on our end. Please try again later.",
                "The server is temporarily unable to service your request due to maintenance downtime or capacity "
                "problems.",
                "Access to this page has been denied."],
               ["Return to the front page", "Browse our latest articles", "Go to the home page →", "Search the site",
                "Report a broken link", "Back to previous page", "Contact support", "Refresh this page"]],
        "de": [["Error 404 – Seite nicht vorhanden", "404 – Nicht gefunden", "Oh nein!", "Ein Fehler ist aufgetreten"],
               ["Die von Ihnen aufgerufene Seite existiert nicht oder wurde verschoben.",
                "Hier ist leider nichts zu finden.", "Der gewünschte Inhalt ist nicht mehr verfügbar.",
                "Möglicherweise haben Sie sich bei der Adresse vertippt."],
               ["Zurück zur Übersicht", "Zurück zur vorherigen Seite", "Suche starten"]],
        "fr": [["Erreur 404 – Page non trouvée", "Zut !", "Page non disponible", "Une erreur est survenue"],
               ["La page à laquelle vous tentez d'accéder n'existe pas ou a été supprimée.",
                "Le lien que vous avez suivi est peut-être rompu.", "Cet article n'est plus disponible.",
                "L'adresse saisie est peut-être incorrecte."],
               ["Retourner à la page d'accueil", "Lancer une recherche", "Revenir à la page précédente"]],
        "es": [["Error 404: página no encontrada", "¡Vaya!", "Ups, algo salió mal", "Página no disponible"],
               ["La página a la que intentas acceder no existe o ha sido eliminada.",
                "Es posible que la dirección esté mal escrita o que la página se haya movido.",
                "Este contenido ya no está disponible.", "Lo sentimos, no encontramos lo que buscabas."],
               ["Ir a la portada", "Volver a la página anterior", "Buscar en el sitio"]],
        "it": [["Errore 404 – Pagina inesistente", "Ops, qualcosa è andato storto", "Pagina non disponibile"],
               ["La pagina che hai richiesto non esiste o è stata rimossa.",
                "Il contenuto che cerchi non è più disponibile.",
                "Il link potrebbe essere errato o la pagina potrebbe essere stata spostata."],
               ["Vai alla home page", "Torna alla pagina precedente", "Cerca nel sito"]],
        "pt": [["Erro 404 – Página não existe", "Opa!", "Página indisponível"],
               ["A página que você tentou acessar não existe ou foi removida.",
                "Este conteúdo não está mais disponível.",
                "O endereço pode ter sido digitado incorretamente ou a página mudou de lugar."],
               ["Ir para a página inicial", "Voltar à página anterior", "Fazer uma busca"]],
        "nl": [["Foutmelding 404", "Pagina niet beschikbaar", "Helaas!"],
               ["De pagina die je probeert te bezoeken bestaat niet (meer).",
                "Deze pagina is verplaatst of verwijderd.", "Het artikel dat u zoekt is niet langer beschikbaar.",
                "Mogelijk heeft u een verkeerd adres ingetypt."],
               ["Ga naar de homepage", "Terug naar de vorige pagina", "Zoek op de site"]],
        "ru": [["404 — страница не найдена", "Ой!", "Ошибка 500"],
               ["Страница, которую вы ищете, не существует или была удалена.",
                "Возможно, вы ошиблись при наборе адреса.", "Материал больше недоступен.",
                "Что-то пошло не так. Попробуйте обновить страницу позже."],
               ["Перейти на главную", "Вернуться назад", "Воспользуйтесь поиском по сайту"]],
    },
    "cookie": {
        "en": [["We value your privacy. We and our 847 partners use cookies and other identifiers to store and/or "
                "access information on a device.",
                ("This website stores cookies on your computer. These cookies are used to collect information about "
                 "how you interact with our website."),
                ("We use cookies to personalise content and ads, to provide social media features and to analyse our "
                 "traffic."),
                "This website uses cookies to enhance user experience and to analyze performance and traffic.",
                "By clicking “Accept”, you consent to the use of ALL the cookies.",
                ("We use essential cookies to make our site work. With your consent, we may also use non-essential "
                 "cookies to improve user experience."),
                ("Some of these cookies are essential, while others help us to improve your experience by providing "
                 "insights into how the site is being used."),
                "You can change your cookie settings at any time by clicking “Preferences” at the bottom of the page.",
                ("We use cookies on our website to give you the most relevant experience by remembering your "
                 "preferences and repeat visits."),
                "Privacy preference center: manage consent for the cookies used on this site."],
               ["Accept cookies", "Reject non-essential", "Necessary only", "Save preferences", "Confirm my choices",
                "Allow selection", "Deny", "Cookie Policy", "Privacy settings", "Continue to site", "Accept & continue",
                "Consent"]],
        "de": [["Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Informationen auf Ihrem "
                "Gerät zu speichern und abzurufen.",
                "Diese Webseite nutzt Cookies. Einige sind technisch notwendig, andere helfen uns, die Website zu "
                "verbessern.",
                "Mit Klick auf „Alle akzeptieren“ willigen Sie in die Verarbeitung Ihrer Daten durch Cookies ein.",
                "Sie können Ihre Einwilligung jederzeit in den Datenschutzeinstellungen widerrufen."],
               ["Alle Cookies zulassen", "Nur essenzielle Cookies akzeptieren", "Auswahl speichern",
                "Individuelle Datenschutzeinstellungen", "Verstanden"]],
        "fr": [["Nous et nos partenaires utilisons des cookies pour stocker et accéder à des informations sur votre "
                "appareil.",
                "Ce site utilise des traceurs pour mesurer l'audience et vous proposer des publicités personnalisées.",
                "Vous pouvez modifier vos choix à tout moment via le lien « Gérer mes cookies » en bas de page.",
                "En cliquant sur « Accepter et fermer », vous consentez au dépôt de cookies."],
               ["Accepter et fermer", "Tout refuser", "Personnaliser mes choix", "Gérer mes cookies", "OK pour moi"]],
        "es": [["Este sitio web utiliza cookies propias y de terceros para fines analíticos y para mostrarte "
                "publicidad personalizada.",
                "Puedes aceptar todas las cookies pulsando el botón «Aceptar» o configurarlas o rechazar su uso.",
                "Usamos cookies técnicas necesarias y, con tu consentimiento, cookies de análisis.",
                "Al hacer clic en «Aceptar todo», aceptas el almacenamiento de cookies en tu dispositivo."],
               ["Aceptar todo", "Rechazar todo", "Guardar preferencias", "Política de cookies", "Solo necesarias"]],
        "it": [["Questo sito o gli strumenti terzi da questo utilizzati si avvalgono di cookie necessari al "
                "funzionamento.",
                "Chiudendo questo banner, scorrendo questa pagina o cliccando qualunque suo elemento acconsenti "
                "all'uso dei cookie.",
                "Utilizziamo cookie e tecnologie simili per migliorare la tua esperienza di navigazione e per fini "
                "statistici.",
                "Puoi liberamente prestare, rifiutare o revocare il tuo consenso ai cookie in qualsiasi momento."],
               ["Accetto", "Rifiuta tutto", "Scopri di più e personalizza", "Salva le preferenze",
                "Continua senza accettare"]],
        "pt": [["Usamos cookies para melhorar a sua experiência de navegação e analisar o tráfego do site.",
                "Ao clicar em “Aceitar todos”, você concorda com o armazenamento de cookies no seu dispositivo.",
                "Este site utiliza cookies de acordo com a nossa Política de Privacidade.",
                "Pode alterar as suas preferências de cookies a qualquer momento."],
               ["Aceitar cookies", "Recusar todos", "Gerir preferências", "Apenas necessários", "Entendi"]],
        "nl": [["Deze site gebruikt functionele en analytische cookies en, met jouw toestemming, ook "
                "marketingcookies.",
                "Wij en onze partners gebruiken cookies om content en advertenties te personaliseren.",
                "Door op „Accepteren” te klikken, ga je akkoord met het plaatsen van cookies.",
                "Je kunt je voorkeuren op ieder moment wijzigen via de cookie-instellingen."],
               ["Alle cookies toestaan", "Alleen noodzakelijke cookies", "Voorkeuren opslaan", "Cookiebeleid",
                "Ik ga akkoord"]],
        "ru": [["Мы используем файлы cookie, чтобы анализировать трафик и показывать персонализированную рекламу.",
                "Продолжая пользоваться сайтом, вы соглашаетесь на использование файлов cookie.",
                "Сайт использует cookie и сервисы веб-аналитики. Подробнее — в политике конфиденциальности.",
                "Оставаясь на сайте, вы даёте согласие на обработку персональных данных."],
               ["Ок, понятно", "Хорошо", "Узнать больше", "Закрыть", "Принять cookie"]],
    },
    "legal": {
        "en": [("Affiliate Disclosure:", ("As an Amazon Associate we earn from qualifying purchases. Some links on this "
                "page are affiliate links, which means we may earn a small commission if you buy through them.")),
               ("Medical Disclaimer:", ("The content on this website is not intended to be a substitute for "
                "professional medical advice, diagnosis, or treatment. Always seek the advice of your physician with "
                "any questions you may have regarding a medical condition.")),
               ("Investment Disclaimer", ("Nothing in this article constitutes an offer or solicitation to buy or "
                "sell any security. Cryptocurrency investments are volatile and high risk; do your own research.")),
               (None, ("This article is republished from The Conversation under a Creative Commons license. Read the "
                "original article.")),
               (None, "© 2024 Meridian News Agency. Click for restrictions."),
               (None, ("This story was originally published by Lakeside Public Radio and is reproduced here with "
                "permission.")),
               ("Advertiser Disclosure", ("Some of the offers on this page are from advertisers who compensate us, "
                "which may impact how and where products appear. We do not include all offers available in the "
                "marketplace.")),
               (None, ("Copyright © 2010-2025 Greenfield Interactive, Inc. Use of this site constitutes acceptance of "
                "our User Agreement and Privacy Policy.")),
               ("Terms of use", ("Unauthorized use and/or duplication of this material without express and written "
                "permission from this site's author and/or owner is strictly prohibited.")),
               (None, ("Press release distributed by Newswire Partners. The editorial team was not involved in the "
                "creation of this content.")),
               ("Disclosure:", ("The author holds no position in any of the stocks mentioned and has no business "
                "relationship with any company named in this article."))],
        "de": [("Transparenzhinweis:", ("Dieser Artikel enthält Affiliate-Links. Wenn Sie über diese Links einkaufen, "
                "erhalten wir eine Provision; für Sie ändert sich am Preis nichts.")),
               ("Wichtiger Hinweis:", ("Die Inhalte dieses Artikels ersetzen keinesfalls eine professionelle Beratung "
                "oder Behandlung durch Ärztinnen und Ärzte.")),
               (None, ("Copyright © 2024 Rheinblick Medien. Nachdruck und Weiterverbreitung nur mit schriftlicher "
                "Genehmigung.")),
               (None, "Dieser Artikel erschien zuerst auf dem Partnerportal Nordkurier Digital.")],
        "fr": [("Mentions légales :", ("Cet article ne constitue pas un conseil en investissement. Investir comporte "
                "un risque de perte en capital.")),
               (None, ("Cet article est republié à partir de The Conversation sous licence Creative Commons. Lire "
                "l'article original.")),
               (None, "Copyright © 2023 Groupe Presse Atlantique – Reproduction interdite sans autorisation."),
               ("Information :", ("Cet article contient des liens affiliés ; nous pouvons percevoir une commission "
                "sur vos achats."))],
        "es": [("Advertencia:", ("Este contenido tiene fines exclusivamente informativos y no sustituye la consulta "
                "con un profesional de la salud.")),
               (None, ("Queda prohibida la reproducción total o parcial de este contenido sin autorización expresa "
                "del editor.")),
               (None, "Copyright © 2022 Diario del Valle S.L."),
               ("Divulgación:", ("Este artículo incluye enlaces de afiliados; podemos recibir una comisión por las "
                "compras realizadas."))],
        "it": [("Avvertenza:", ("Le informazioni contenute in questo articolo non costituiscono consulenza "
                "finanziaria né sollecitazione all'investimento.")),
               (None, "Copyright © 2020 Gruppo Editoriale Adriatico. È vietata la riproduzione, anche parziale."),
               (None, "Questo articolo è stato pubblicato originariamente su Il Giornale di Brera."),
               ("Nota:", ("In questo articolo sono presenti link di affiliazione che ci permettono di ottenere una "
                "piccola commissione."))],
        "pt": [("Aviso:", ("O conteúdo deste site tem caráter meramente informativo e não substitui a orientação de "
                "um médico.")),
               (None, "É proibida a reprodução deste conteúdo sem autorização prévia."),
               (None, "Copyright © 2024 Editora Horizonte Ltda."),
               ("Isenção de responsabilidade:", ("As opiniões expressas neste artigo são de responsabilidade "
                "exclusiva do autor e não refletem a posição do veículo."))],
        "nl": [("Let op:", "Beleggen brengt risico's met zich mee. Je kunt (een deel van) je inleg verliezen."),
               (None, ("Copyright © 2023 Uitgeverij Polder. Niets uit deze uitgave mag worden verveelvoudigd zonder "
                "voorafgaande toestemming.")),
               (None, "Dit artikel verscheen eerder op de website van onze partner Stadsblad Digitaal."),
               ("Disclosure:", ("Dit artikel bevat affiliate links; bij aankoop via deze links ontvangen wij een "
                "kleine vergoeding."))],
        "ru": [("Внимание:", ("Материал носит исключительно информационный характер и не является индивидуальной "
                "инвестиционной рекомендацией.")),
               (None, "Полное или частичное копирование материалов запрещено без письменного разрешения редакции."),
               ("Предупреждение:", ("Имеются противопоказания. Перед применением необходимо проконсультироваться со "
                "специалистом.")),
               (None, "© 2020–2024 Сетевое издание «Северный вестник». 18+")],
    },
    "newsletter": {
        "en": [["Subscribe to the Morning Brief", "Don't miss out! Get our weekly roundup delivered every Friday.",
                "Join 50,000+ readers who get our newsletter every week.", "Enter your email to subscribe",
                "Email*", "Yes, sign me up!", "Subscribe for free",
                "Thank you for subscribing! Please check your inbox to confirm your subscription.",
                "We'll never share your email address with anyone.",
                "Like what you're reading? Get it in your inbox.",
                "By subscribing you consent to receive marketing emails from us.", "Newsletter sign-up"]],
        "de": [["Bleiben Sie informiert mit unserem kostenlosen Newsletter",
                "Jeden Morgen die wichtigsten Nachrichten per E-Mail", "E-Mail-Adresse*", "Kostenlos anmelden",
                "Mit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung."]],
        "fr": [["Ne manquez rien de l'actualité : inscrivez-vous à notre lettre d'information",
                "Recevez le meilleur de nos articles chaque semaine", "Saisissez votre e-mail", "Je m'inscris",
                "Merci pour votre inscription !"]],
        "es": [["Recibe cada mañana nuestro resumen de noticias", "Apúntate a la newsletter",
                "Tu dirección de email", "Quiero suscribirme", "Puedes darte de baja cuando quieras."]],
        "it": [["Ricevi ogni giorno le notizie più importanti via email", "Iscriviti gratis alla newsletter",
                "Inserisci il tuo indirizzo email", "Iscrivimi", "Potrai annullare l'iscrizione in qualsiasi momento."]],
        "pt": [["Inscreva-se para receber nossa newsletter gratuita", "Cadastre seu e-mail e receba as novidades",
                "Digite seu melhor e-mail", "Quero receber", "Você pode cancelar a inscrição a qualquer momento."]],
        "nl": [["Meld je aan voor de dagelijkse nieuwsbrief", "Elke ochtend het belangrijkste nieuws in je mailbox",
                "E-mailadres invullen", "Aanmelden", "Afmelden kan altijd."]],
        "ru": [["Подпишитесь на нашу еженедельную рассылку", "Получайте главные новости дня на почту",
                "Введите ваш e-mail", "Подписаться бесплатно", "Отписаться можно в любой момент."]],
    },
    "share": {
        "en": [["Share this with friends", "Spread the word", "Share on LinkedIn", "Share to Reddit", "Post to X",
                "Send to a friend", "Share article", "Share on Bluesky", "Share via", "Share the love"],
               ["Facebook", "Bluesky", "Threads", "Mastodon", "Tumblr", "Pocket", "Messenger", "SMS",
                "Copy to clipboard", "Print article", "Hacker News", "LinkedIn"]],
        "de": [["Beitrag teilen", "Jetzt teilen", "Teilen via", "Per Mail empfehlen"],
               ["Facebook", "Threads", "Bluesky", "Link kopieren", "Pinterest", "Mastodon"]],
        "fr": [["Partagez cet article", "Partager via", "Envoyer par e-mail", "Partager sur X"],
               ["Facebook", "Messenger", "Copier le lien", "Bluesky", "Pinterest"]],
        "es": [["Comparte esta noticia", "Compartir en", "Enviar por correo", "Compártelo"],
               ["Facebook", "X", "Telegram", "Copiar enlace", "Menéame"]],
        "it": [["Condividi la notizia", "Condividi tramite", "Invia per email", "Condividi questo post"],
               ["Facebook", "X", "Telegram", "Copia link", "Pinterest"]],
        "pt": [["Compartilhe esta notícia", "Compartilhar no WhatsApp", "Partilhe este artigo", "Enviar por e-mail"],
               ["Facebook", "X", "Telegram", "Copiar link", "Pinterest"]],
        "nl": [["Deel dit bericht", "Delen op", "Stuur door via e-mail", "Deel op LinkedIn"],
               ["Facebook", "X", "Bluesky", "Kopieer link", "Mail"]],
        "ru": [["Поделиться новостью", "Отправить другу", "Рассказать друзьям", "Поделиться в Telegram"],
               ["ВК", "Telegram", "Дзен", "Одноклассники", "Скопировать ссылку"]],
    },
    "comments": {
        "en": [["42 Comments", "1 Comment", "Discussion (5)", "Load more comments", "View all 31 comments",
                "Have your say", "Jump to comments", "Commenting has been disabled for this article.",
                "comments powered by Disqus", "Cancel reply", "Sort by: Newest",
                "Comment policy: keep it civil. Comments that break our rules will be removed."]],
        "de": [["Kommentare (8)", "Diskutieren Sie mit", "Alle 14 Kommentare anzeigen",
                "Die Kommentarfunktion ist für diesen Artikel deaktiviert.", "Antworten"]],
        "fr": [["Commentaires (6)", "Donnez votre avis", "Afficher les 9 commentaires",
                "Les commentaires sont fermés.", "Répondre"]],
        "es": [["Comentarios (3)", "Únete a la conversación", "Ver los 11 comentarios",
                "Los comentarios están cerrados.", "Responder"]],
        "it": [["Commenti (5)", "Partecipa alla discussione", "Mostra altri commenti", "I commenti sono chiusi.",
                "Rispondi"]],
        "pt": [["Comentários (9)", "Participe da conversa", "Ver todos os 6 comentários",
                "Os comentários estão encerrados.", "Responder"]],
        "nl": [["Reacties (4)", "Praat mee", "Toon alle 10 reacties", "Reageren is niet meer mogelijk.",
                "Beantwoorden"]],
        "ru": [["Комментарии (3)", "Обсуждение", "Показать все 15 комментариев", "Комментарии закрыты.",
                "Ответить"]],
    },
    "related": {
        "en": ["Related reading:", "More in Politics", "Top headlines", "What to read next", "Keep reading", "Around the web",
               "In case you missed it", "Related posts:", "Similar articles", "Popular right now", "More on this topic",
               "Tagged:", "Up next"],
        "de": ["Auch interessant", "Zum Weiterlesen", "Beliebte Artikel", "Passend zum Thema",
               "Empfehlungen der Redaktion"],
        "fr": ["À découvrir aussi", "Nos articles recommandés", "À ne pas manquer", "Dans la même rubrique",
               "Lire aussi :"],
        "es": ["También te puede interesar", "Más noticias", "Recomendados", "Sigue leyendo", "Más sobre este tema"],
        "it": ["Ti potrebbe interessare", "Altre notizie", "Da non perdere", "Articoli più letti", "Approfondimenti"],
        "pt": ["Veja mais", "Recomendado para você", "Relacionadas", "Mais sobre o assunto", "Não perca"],
        "nl": ["Ook interessant", "Meer over dit onderwerp", "Aanbevolen", "Populair", "Lees verder:"],
        "ru": ["Также по теме", "Рекомендуем", "Самое читаемое", "Другие новости раздела", "Ещё по теме"],
    },
    "navigation": {
        "en": ["Home → Lifestyle → Travel", "Home :: Forums :: General Discussion", "Home / Recipes / Desserts / Cakes",
               "Homepage » Sports » Football » Premier League", "Jump to navigation", "Open menu", "Close menu",
               "World · Politics · Business · Tech · Science · Health", "← Older posts", "Newer posts →",
               "Home • Shop • Blog • FAQ • Contact", "Scroll to top"],
        "de": ["Home » Ratgeber » Gesundheit", "Direkt zum Inhalt", "Menü öffnen",
               "Sie befinden sich hier: Startseite / Wirtschaft", "Nachrichten | Sport | Kultur | Wetter"],
        "fr": ["Accueil / Culture / Cinéma", "Passer au contenu", "Ouvrir le menu",
               "Vous êtes ici : Accueil » Économie", "Actualités | Sport | Culture | Météo"],
        "es": ["Portada » Economía » Empresas", "Saltar al contenido", "Abrir menú", "Estás en: Inicio / Cultura",
               "Noticias | Deportes | Opinión | Tecnología"],
        "it": ["Home » Sport » Serie A", "Salta al contenuto principale", "Apri il menu",
               "Ti trovi in: Home / Economia", "Cronaca | Politica | Sport | Spettacoli"],
        "pt": ["Página inicial » Economia » Mercado", "Pular para o conteúdo", "Abrir menu",
               "Você está aqui: Início / Saúde", "Notícias | Esporte | Entretenimento | Política"],
        "nl": ["Home » Sport » Voetbal", "Direct naar de inhoud", "Menu openen", "U bent hier: Home / Economie",
               "Nieuws | Sport | Cultuur | Weer"],
        "ru": ["Главная / Статьи / Здоровье", "Перейти к основному содержанию", "Открыть меню",
               "Вы здесь: Главная » Экономика", "Новости | Спорт | Культура | Погода"],
    },
    "login": {
        "en": ["Continue with Facebook", "Log in with your email", "Don't have an account yet? Register now",
               "Reset password", "Welcome back! Please sign in.", "Username or email address", "Password",
               "Keep me signed in", "Subscriber login", "Create a free account", "Member login",
               "Not a member? Join today"],
        "de": ["Mit Google anmelden", "Benutzername oder E-Mail", "Angemeldet bleiben",
               "Noch kein Konto? Jetzt registrieren", "Abmelden"],
        "fr": ["Connectez-vous avec Google", "Identifiant ou adresse e-mail", "Se souvenir de moi",
               "Pas encore de compte ? Inscrivez-vous", "Se déconnecter"],
        "es": ["Acceder con Google", "Usuario o correo electrónico", "Recordarme", "¿No tienes cuenta? Regístrate",
               "Cerrar sesión"],
        "it": ["Accedi con Google", "Nome utente o email", "Ricordami", "Non hai un account? Registrati ora", "Esci"],
        "pt": ["Entrar com o Google", "Usuário ou e-mail", "Lembrar de mim", "Ainda não tem conta? Cadastre-se grátis",
               "Sair"],
        "nl": ["Inloggen met Google", "Gebruikersnaam of e-mailadres", "Ingelogd blijven",
               "Nog geen account? Registreer je nu", "Uitloggen"],
        "ru": ["Войти через Google", "Логин или e-mail", "Запомнить меня", "Нет аккаунта? Зарегистрируйтесь", "Выйти"],
    },
}


# A fifth set, for development: the step may be tuned against it (`clean_bench.py --heldout 5`).
# Written from memory of real sites (CMS error pages, consent managers, paywalls, footers) in all
# 8 languages, in new wordings, without reading the step's tables or set 4.
HELDOUT5 = {
    "error": {
        "en": [["404 Not Found", "410 Gone", "500 Internal Server Error", "503 Service Unavailable",
                "Error 404: Page not found", "Page not found – 404", "Lost?", "Dead end!", "Oops, something went wrong",
                "Nothing here"],
               ["The page you're looking for can't be found. It may have been moved or deleted.",
                "It looks like nothing was found at this location. Maybe try a search?",
                "The server encountered an internal error and was unable to complete your request.",
                "The service is temporarily unavailable. Please try again later.",
                "This article has been removed or is temporarily unavailable.",
                "Sorry, the page you tried to visit cannot be found.",
                ("The page you are looking for might have been removed, had its name changed, or is temporarily "
                 "unavailable."),
                "Apologies, but the page you requested could not be found.",
                "This story is no longer available on our website.",
                "Access denied. You are not authorized to view this page."],
               ["Perhaps searching will help.", "Go to the front page", "Search this site", "Report a broken link",
                "Try one of the links below", "Click here to return to the homepage", "Visit our sitemap",
                "Contact us if the problem persists.", "Head to our homepage", "Refresh the page"]],
        "de": [["Seite nicht verfügbar", "404 – Nicht gefunden", "Fehler 500", "Zugriff verweigert", "Oh nein!", "Huch!"],
               ["Die von Ihnen aufgerufene Seite existiert nicht oder wurde verschoben.",
                "Leider ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.",
                "Der gewünschte Artikel ist nicht mehr verfügbar.",
                "Unter dieser Adresse ist keine Seite vorhanden.",
                "Die Seite ist vorübergehend nicht erreichbar.",
                "Sie haben keine Berechtigung, diese Seite aufzurufen."],
               ["Zur Suche", "Weiter zur Homepage", "Nutzen Sie unsere Suchfunktion.", "Zurück zur vorherigen Seite",
                "Überprüfen Sie die Schreibweise der Adresse."]],
        "fr": [["Erreur 404 - Page non trouvée", "Page non trouvée", "Mince !", "Erreur 500", "Accès refusé", "Aïe !"],
               ["La page que vous cherchez est introuvable ou a été supprimée.",
                "Cet article n'est plus disponible.",
                "Une erreur est survenue. Veuillez réessayer plus tard.",
                "Il semble que rien n'ait été trouvé à cet emplacement.",
                "Le lien que vous avez suivi est peut-être cassé.",
                "Vous n'avez pas l'autorisation d'accéder à cette page."],
               ["Retourner sur la page d'accueil", "Faire une recherche", "Revenir à la page précédente",
                "Consultez le plan du site", "Aller à l'accueil"]],
        "es": [["Error 404 - No encontrado", "Página no disponible", "¡Vaya!", "Error interno del servidor", "Acceso denegado",
                "¡Oh, no!"],
               ["La página que buscas no se encuentra disponible o ha sido eliminada.",
                "Parece que no hay nada en esta dirección.",
                "El enlace que has seguido puede estar roto.",
                "Se ha producido un error. Inténtalo de nuevo más tarde.",
                "Este contenido ya no está disponible.",
                "No tienes permiso para acceder a esta página."],
               ["Ir a la portada", "Realiza una nueva búsqueda", "Volver a la página anterior", "Ir a la home",
                "Consulta el mapa del sitio"]],
        "it": [["404 - Pagina non trovata", "Errore 500", "Accesso negato", "Ops, qualcosa è andato storto", "Oh no!"],
               ["La pagina che cerchi non esiste o è stata spostata.",
                "Questo contenuto non è più disponibile.",
                "Il link che hai seguito potrebbe essere errato.",
                "Si è verificato un errore. Riprova più tardi.",
                "Sembra che non ci sia nulla a questo indirizzo.",
                "Non hai i permessi per visualizzare questa pagina."],
               ["Vai alla home page", "Prova a fare una ricerca", "Torna indietro", "Torna alla pagina precedente",
                "Visita la mappa del sito"]],
        "pt": [["Erro 404 - Página não encontrada", "Ops, algo deu errado", "Erro 500", "Acesso negado", "Opa!"],
               ["A página que você procura não existe ou foi removida.",
                "Este conteúdo não está mais disponível.",
                "O link que você acessou pode estar quebrado.",
                "Ocorreu um erro. Tente novamente mais tarde.",
                "Parece que não há nada neste endereço.",
                "Você não tem permissão para acessar esta página."],
               ["Ir para a página inicial", "Faça uma nova busca", "Voltar à página anterior", "Voltar para a home",
                "Veja o mapa do site"]],
        "nl": [["Foutmelding 404", "Pagina niet beschikbaar", "Oeps, er ging iets mis", "Fout 500", "Geen toegang",
                "Helaas!"],
               ["De pagina die je zoekt is verplaatst of verwijderd.",
                "Dit artikel is niet langer beschikbaar.",
                "Er is een fout opgetreden. Probeer het later opnieuw.",
                "De link die je hebt gevolgd werkt mogelijk niet meer.",
                "We kunnen de pagina die je zoekt niet vinden.",
                "Je hebt geen toegang tot deze pagina."],
               ["Ga terug naar de voorpagina", "Probeer het zoekveld", "Ga terug naar de vorige pagina",
                "Bekijk de sitemap", "Naar de voorpagina"]],
        "ru": [["404 — страница не найдена", "Ошибка 500", "Ошибка 403", "Доступ запрещён", "Ой!",
                "Что-то пошло не так"],
               ["Страница, которую вы ищете, не существует или была удалена.",
                "Неправильно набран адрес или такой страницы на сайте больше не существует.",
                "Материал недоступен или был снят с публикации.",
                "Произошла ошибка. Попробуйте позже.",
                "У вас нет прав для просмотра этой страницы.",
                "Возможно, вы перешли по устаревшей ссылке."],
               ["Перейти на главную", "Воспользуйтесь поиском по сайту", "Вернуться назад", "Карта сайта",
                "Сообщить об ошибке"]],
    },
    "cookie": {
        "en": [[("We value your privacy. We and our partners use cookies and similar technologies to store and access "
                 "personal data such as browsing data for personalised advertising and content measurement."),
                ("This website uses cookies to analyse traffic and to provide social media features. You consent to "
                 "our cookies if you continue to use our website."),
                ("We use necessary cookies to make our site work. We'd also like to set optional analytics cookies "
                 "to help us improve it."),
                ("Click “Allow all” to consent to analytics and marketing cookies, or choose which categories you "
                 "accept."),
                "Cookie Notice: this site uses cookies to provide you with a great user experience.",
                ("We use cookies to personalise content and ads, to provide social media features and to analyse "
                 "our traffic."),
                ("Some of these cookies are essential, while others help us improve your experience by providing "
                 "insights into how the site is being used."),
                "You can change your cookie settings at any time by clicking “Privacy preferences” in the footer.",
                ("This site, like many others, uses small files called cookies to help us improve and customise "
                 "your experience."),
                ("Our partners process data such as IP addresses and device identifiers to show you relevant ads. "
                 "Read our Cookie Policy.")],
               ["Allow all cookies", "Allow selection", "Use necessary cookies only", "Deny", "I Accept",
                "Reject non-essential cookies", "More options", "Confirm my choices", "Show details",
                "Privacy settings", "Dismiss", "Accept recommended settings"]],
        "de": [[("Wir und unsere Partner speichern und/oder greifen auf Informationen auf Ihrem Gerät zu, "
                 "beispielsweise Cookies, und verarbeiten personenbezogene Daten."),
                ("Diese Webseite nutzt Cookies. Einige sind technisch notwendig, andere helfen uns, die Website "
                 "zu verbessern."),
                ("Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und die Zugriffe auf unsere "
                 "Website zu analysieren."),
                "Ihre Einwilligung können Sie jederzeit über die Datenschutzeinstellungen widerrufen.",
                "Datenschutzeinstellungen: Wir benötigen Ihre Einwilligung, bevor Sie unsere Website weiter besuchen "
                "können.",
                ("Wenn Sie unter 16 Jahre alt sind und Ihre Zustimmung zu freiwilligen Diensten geben möchten, "
                 "müssen Sie Ihre Erziehungsberechtigten um Erlaubnis bitten.")],
               ["Alle Cookies akzeptieren", "Nur essenzielle Cookies akzeptieren", "Auswahl speichern", "Alle ablehnen",
                "Individuelle Datenschutzeinstellungen", "Akzeptieren und schließen", "Details anzeigen"]],
        "fr": [[("Nous et nos partenaires stockons et/ou accédons à des informations sur un appareil, telles que les "
                 "cookies, et traitons des données personnelles."),
                "Ce site utilise des traceurs pour mesurer l'audience et vous proposer des publicités personnalisées.",
                ("Vos choix ne seront appliqués qu'à ce site. Vous pouvez les modifier à tout moment via le lien "
                 "« Gestion des cookies »."),
                ("Avec votre accord, nous utilisons des cookies ou technologies similaires pour stocker et accéder à "
                 "des informations personnelles."),
                "Le respect de votre vie privée est notre priorité."],
               ["Accepter et fermer", "Tout refuser", "Personnaliser", "Gérer mes choix", "OK pour moi",
                "Enregistrer mes préférences"]],
        "es": [[("Utilizamos cookies propias y de terceros para fines analíticos y para mostrarte publicidad "
                 "personalizada en base a un perfil elaborado a partir de tus hábitos de navegación."),
                ("Nosotros y nuestros socios almacenamos o accedemos a información en un dispositivo, como las "
                 "cookies, y procesamos datos personales."),
                "Puedes obtener más información y configurar tus preferencias en nuestra Política de cookies.",
                ("Esta web usa cookies técnicas necesarias para su funcionamiento y, con tu consentimiento, cookies "
                 "de análisis."),
                "Tu privacidad es importante para nosotros."],
               ["Aceptar todo", "Rechazar todo", "Configuración de cookies", "Aceptar y cerrar", "Guardar preferencias",
                "Solo las necesarias"]],
        "it": [[("Noi e i nostri partner archiviamo e/o accediamo a informazioni su un dispositivo, come i cookie, e "
                 "trattiamo dati personali."),
                "Questo sito utilizza cookie di terze parti per inviarti pubblicità in linea con le tue preferenze.",
                ("Chiudendo questo banner, scorrendo questa pagina o cliccando qualunque suo elemento acconsenti "
                 "all'uso dei cookie."),
                "Puoi liberamente prestare, rifiutare o revocare il tuo consenso in qualsiasi momento.",
                ("Informativa: questo sito o gli strumenti terzi da questo utilizzati si avvalgono di cookie "
                 "necessari al funzionamento.")],
               ["Accetta e chiudi", "Rifiuta tutto", "Scopri di più e personalizza", "Continua senza accettare",
                "Salva e chiudi", "Impostazioni cookie"]],
        "pt": [[("Nós e os nossos parceiros armazenamos e/ou acedemos a informações num dispositivo, tais como "
                 "cookies."),
                ("Usamos cookies para personalizar anúncios e melhorar a sua experiência no site. Ao continuar "
                 "navegando, você concorda com a nossa Política de Privacidade."),
                "Este website utiliza cookies próprios e de terceiros para fins analíticos.",
                "Você pode alterar suas preferências de cookies a qualquer momento.",
                "A sua privacidade é importante para nós."],
               ["Aceitar e fechar", "Rejeitar todos", "Gerir preferências", "Prosseguir", "Entendi",
                "Configurações de cookies"]],
        "nl": [[("Wij en onze partners slaan informatie op een apparaat op en/of openen deze, zoals cookies, en "
                 "verwerken persoonsgegevens."),
                "Deze site gebruikt functionele en analytische cookies en, met jouw toestemming, ook tracking cookies.",
                ("Door op 'Akkoord' te klikken ga je akkoord met het plaatsen van cookies voor advertenties en "
                 "social media."),
                "Je kunt je voorkeuren op elk moment wijzigen via de cookie-instellingen onderaan de pagina.",
                "Wij vragen je toestemming voor het gebruik van cookies."],
               ["Alles toestaan", "Alleen noodzakelijke cookies", "Voorkeuren opslaan", "Alles weigeren",
                "Ja, ik ga akkoord", "Cookie-instellingen"]],
        "ru": [["Продолжая пользоваться сайтом, вы соглашаетесь с использованием файлов cookie.",
                "Мы используем куки для сбора обезличенных данных о посетителях и улучшения работы сайта.",
                "Сайт использует файлы cookie и сервис Яндекс.Метрика для анализа посещаемости.",
                ("Оставаясь на сайте, вы даёте согласие на обработку персональных данных в соответствии с политикой "
                 "конфиденциальности."),
                "Подробнее о том, как мы используем cookie, читайте в Политике конфиденциальности."],
               ["Хорошо", "Я согласен", "Закрыть", "Принять и закрыть", "Отказаться", "Настроить"]],
    },
    "legal": {
        "en": [(None, "© 2025 Lakeshore Daily Press, a subsidiary of Kestrel Media Holdings. All rights reserved."),
               ("Affiliate disclosure:", ("Some of the links in this article are affiliate links. If you buy through "
                "them, we may earn a small commission.")),
               ("Advertiser Disclosure", ("This site is compensated by some of the companies whose products appear "
                "here. This may influence how and where products appear.")),
               ("Not investment advice.", ("Nothing in this article constitutes a recommendation to buy or sell any "
                "security. Do your own research before investing.")),
               ("Medical disclaimer:", ("This content is for general information only and is not a substitute for "
                "advice from your doctor or other qualified health professional.")),
               (None, "This article originally appeared in Harbour Review and is republished here with permission."),
               (None, "Originally published by Pine Valley Courier. Republished under a Creative Commons license."),
               (None, ("Copyright © Greenfield Radio 2024. No part of this site may be reproduced without our "
                "written consent.")),
               ("Sponsored content", ("This article was paid for by a sponsor and produced by our commercial team; "
                "the newsroom was not involved.")),
               (None, ("Content on this site is for personal, non-commercial use only. Unauthorised redistribution "
                "is prohibited."))],
        "de": [(None, "© Nordwest Medien GmbH & Co. KG 2024 – Vervielfältigung nur mit Genehmigung"),
               ("Transparenzhinweis:", ("Dieser Artikel enthält Affiliate-Links. Kaufen Sie über einen dieser Links "
                "ein, erhalten wir eine kleine Provision; für Sie ändert sich am Preis nichts.")),
               ("Hinweis:", ("Dieser Artikel ersetzt keine ärztliche Beratung. Bei gesundheitlichen Beschwerden "
                "wenden Sie sich bitte an Ihren Arzt.")),
               (None, "Dieser Beitrag erschien zuerst in der Rheinischen Landeszeitung."),
               ("Risikohinweis:", ("Der Handel mit Kryptowährungen ist mit hohen Risiken verbunden und kann zum "
                "Totalverlust des eingesetzten Kapitals führen.")),
               ("Anzeige", "Dieser Inhalt entstand in Kooperation mit unserem Werbepartner.")],
        "fr": [(None, "© Le Courrier de l'Ouest 2023 - Reproduction interdite sans autorisation"),
               ("Liens affiliés :", ("Cet article contient des liens d'affiliation ; si vous effectuez un achat via "
                "ces liens, nous pouvons percevoir une commission.")),
               ("Avertissement santé :", ("Les informations de cet article ne remplacent pas l'avis d'un médecin ou "
                "d'un professionnel de santé.")),
               (None, "Cet article a été initialement publié sur le site de La Gazette des Vallées."),
               ("Avertissement sur les risques :", ("Investir comporte des risques de perte en capital. Les "
                "performances passées ne préjugent pas des performances futures.")),
               (None, "Tous droits de reproduction et de représentation réservés. © Presse Azur 2022")],
        "es": [(None, ("© Diario del Valle S.L. 2024. Queda prohibida la reproducción total o parcial sin "
                "autorización.")),
               ("Enlaces de afiliados:", ("Este artículo incluye enlaces de afiliación por los que podemos recibir "
                "una comisión, sin coste adicional para ti.")),
               ("Aviso médico:", ("Este contenido es meramente informativo y no sustituye la consulta con un "
                "profesional sanitario.")),
               (None, "Este artículo se publicó originalmente en Revista Altamar."),
               ("Advertencia de riesgo:", ("Invertir conlleva riesgos, incluida la pérdida del capital invertido. "
                "Rentabilidades pasadas no garantizan rentabilidades futuras.")),
               (None, "Contenido patrocinado. Este artículo ha sido elaborado en colaboración con una marca.")],
        "it": [(None, "© Gazzetta del Lago 2023 - P.IVA 01234560789 - Riproduzione vietata"),
               ("Link affiliati:", ("Questo articolo contiene link di affiliazione: se acquisti tramite questi link "
                "potremmo ricevere una commissione.")),
               ("Avvertenza:", "Le informazioni riportate non sostituiscono in alcun modo il parere del medico."),
               (None, "Questo articolo è stato pubblicato originariamente su Il Corriere delle Valli."),
               ("Avvertenza sui rischi:", ("Gli investimenti comportano rischi di perdita del capitale; i rendimenti "
                "passati non sono indicativi di quelli futuri.")),
               (None, "Tutti i diritti sono riservati. È vietata la riproduzione anche parziale dei contenuti.")],
        "pt": [(None, "© 2024 Diário do Planalto. É proibida a reprodução total ou parcial sem autorização."),
               ("Divulgação:", ("Este artigo contém links de afiliados; podemos receber uma comissão pelas compras "
                "realizadas através deles.")),
               ("Aviso:", "Este conteúdo tem caráter informativo e não substitui a orientação de um médico."),
               (None, "Este texto foi publicado originalmente no portal Gazeta da Serra."),
               ("Aviso de risco:", ("Investimentos envolvem riscos e rentabilidade passada não é garantia de "
                "rentabilidade futura.")),
               (None, "Conteúdo patrocinado produzido em parceria com o anunciante.")],
        "nl": [(None, ("© 2024 Friese Dagkrant. Niets uit deze uitgave mag worden verveelvoudigd zonder toestemming "
                "van de uitgever.")),
               ("Affiliate-links:", ("Dit artikel bevat affiliate links. Als je via deze links iets koopt, ontvangen "
                "wij mogelijk een kleine commissie.")),
               ("Let op:", ("Dit artikel is geen vervanging voor medisch advies. Raadpleeg bij klachten altijd je "
                "huisarts.")),
               (None, "Dit artikel verscheen eerder in Het Zuiderblad."),
               ("Risicowaarschuwing:", ("Let op! Beleggen brengt risico's met zich mee. Je kunt (een deel van) je "
                "inleg verliezen.")),
               (None, "Gesponsorde inhoud: dit artikel is tot stand gekomen in samenwerking met een adverteerder.")],
        "ru": [(None, "© 2024 «Вечерний Город». Полное или частичное копирование материалов запрещено."),
               ("Сведения о СМИ:", "Свидетельство о регистрации СМИ Эл № ФС77-12345 выдано Роскомнадзором."),
               ("Внимание!", ("Информация носит ознакомительный характер и не является медицинской рекомендацией. "
                "Перед применением проконсультируйтесь со специалистом.")),
               (None, "Материал впервые опубликован в журнале «Северный край»."),
               (None, "Не является индивидуальной инвестиционной рекомендацией."),
               (None, "Реклама. ООО «Ромашка», ИНН 7701234567. erid: 2VtzqvXyZ1")],
    },
    "newsletter": {
        "en": [["Get our free weekly newsletter", "The best of our journalism, every Sunday morning.",
                "Don't miss out! Sign up for breaking news alerts.", "Email*",
                "Subscribe to our newsletter and get 10% off your first order.", "I want to receive the newsletter",
                "Please enter a valid email address.", "Check your inbox to confirm your subscription.",
                "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
                "Join 50,000 readers who get our briefing every morning.", "Free. Weekly. No spam."]],
        "de": [["Der Newsletter für Ihre Region", "Täglich das Wichtigste aus Politik und Wirtschaft per E-Mail.",
                "Bitte bestätigen Sie Ihre Anmeldung über den Link in der E-Mail.",
                "Mit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung.", "Kostenlos anmelden", "E-Mail*"]],
        "fr": [["Recevez notre lettre d'information",
                "Chaque vendredi, le meilleur de la semaine dans votre boîte mail.",
                "Inscription gratuite", "Merci ! Votre inscription a bien été prise en compte.",
                "En vous inscrivant, vous acceptez notre politique de confidentialité.", "Adresse e-mail *"]],
        "es": [["Apúntate a nuestra newsletter", "Recibe cada mañana un resumen con lo más importante.",
                "Quiero suscribirme", "Al suscribirte aceptas nuestra política de privacidad.",
                "¡Gracias por suscribirte!", "Correo electrónico *"]],
        "it": [["Ricevi la nostra newsletter gratuita",
                "Ogni mattina le notizie più importanti nella tua casella di posta.",
                "Iscriviti ora", "Ho letto e accetto l'informativa sulla privacy", "Grazie per esserti iscritto!",
                "Indirizzo email"]],
        "pt": [["Inscreva-se na nossa newsletter", "Receba as notícias mais importantes do dia no seu e-mail.",
                "Quero receber", "Ao se inscrever, você concorda com nossa Política de Privacidade.",
                "Obrigado por se inscrever!", "Endereço de e-mail"]],
        "nl": [["Meld je aan voor de nieuwsbrief", "Elke ochtend het belangrijkste nieuws in je mailbox.",
                "Aanmelden", "Je kunt je op elk moment afmelden.", "Bedankt voor je aanmelding!", "E-mailadres"]],
        "ru": [["Подпишитесь на рассылку", "Самые важные новости недели — на вашу почту.", "Электронная почта",
                "Подписываясь, вы соглашаетесь на обработку персональных данных.", "Спасибо за подписку!",
                "Получать новости на почту"]],
    },
    "share": {
        "en": [["Share this article on", "Share on LinkedIn", "Share on WhatsApp", "Copy article link",
                "Send to a friend", "Share options", "Share article", "Spread the word", "Gift this article",
                "Share via:"],
               ["Facebook", "X (Twitter)", "Threads", "Bluesky", "Mastodon", "Messenger", "Tumblr", "Pocket", "SMS",
                "Hacker News", "Mail", "Buffer"]],
        "de": [["Beitrag teilen", "Seite teilen", "Artikel per E-Mail versenden", "Jetzt teilen", "Link kopieren",
                "Teilen auf"],
               ["Facebook", "X", "Threads", "Mail", "Flipboard", "Pinterest", "Pocket"]],
        "fr": [["Partager la page", "Partager sur X", "Envoyer par e-mail", "Copier le lien", "Partager via",
                "Partagez cet article"],
               ["Facebook", "X", "Messenger", "Bluesky", "Pinterest", "Telegram"]],
        "es": [["Comparte esta noticia", "Compartir en Facebook", "Enviar por correo", "Copiar enlace", "Comparte:",
                "Compartir en WhatsApp"],
               ["Facebook", "X", "Telegram", "Correo", "Copiar enlace", "Bluesky"]],
        "it": [["Condividi la notizia", "Condividi su WhatsApp", "Invia per email", "Copia link",
                "Condividi l'articolo"],
               ["Facebook", "X", "Telegram", "Threads", "Copia link", "Pinterest"]],
        "pt": [["Compartilhe esta notícia", "Partilhe este artigo", "Compartilhar no WhatsApp", "Enviar por e-mail",
                "Copiar link"],
               ["Facebook", "X", "Telegram", "Threads", "Pinterest", "Copiar link"]],
        "nl": [["Deel dit bericht", "Delen op Facebook", "Deel via e-mail", "Kopieer link", "Artikel delen"],
               ["Facebook", "X", "LinkedIn", "Bluesky", "Threads", "Mail"]],
        "ru": [["Поделиться новостью", "Поделиться ссылкой", "Отправить в Telegram", "Скопировать ссылку",
                "Рассказать друзьям"],
               ["ВК", "OK.ru", "Telegram", "Viber", "Мой Мир", "Twitter"]],
    },
    "comments": {
        "en": [["Comments (7)", "2 Responses", "Discussion (14)", "Sort by: Newest", "Show more comments",
                "Log in to leave a comment", "Commenting has been disabled for this article.",
                "Comments are moderated and will appear after approval.", "Load more comments",
                "What are your thoughts?", "Notify me of follow-up comments by email.",
                "Save my name, email, and website in this browser for the next time I comment."]],
        "de": [["Kommentare (3)", "Kommentar abgeben", "Diskutieren Sie mit!",
                "Die Kommentarfunktion für diesen Artikel ist geschlossen.", "Es gibt noch keine Kommentare.",
                "Weitere Kommentare laden"]],
        "fr": [["Commentaires (2)", "Donnez votre avis", "Les commentaires sont fermés.",
                "Votre adresse e-mail ne sera pas publiée.", "Afficher les commentaires",
                "Il n'y a pas encore de commentaires."]],
        "es": [["Comentarios (5)", "Deja una respuesta", "Los comentarios están cerrados.",
                "Tu dirección de correo electrónico no será publicada.", "Ver comentarios", "Aún no hay comentarios"]],
        "it": [["Commenti (4)", "Lascia una risposta", "I commenti sono chiusi.",
                "Il tuo indirizzo email non sarà pubblicato.", "Mostra commenti", "Ancora nessun commento"]],
        "pt": [["Comentários (3)", "Deixe uma resposta", "Os comentários estão encerrados.",
                "O seu endereço de email não será publicado.", "Ver comentários", "Ainda não há comentários"]],
        "nl": [["12 reacties op dit artikel", "Reageren is niet meer mogelijk.",
                "Je e-mailadres wordt niet gepubliceerd.",
                "Bekijk alle reacties", "Wees de eerste die reageert", "Reageer op dit artikel"]],
        "ru": [["Комментарии: 0", "Комментарии (3)", "Обсуждение закрыто", "Ваш адрес email не будет опубликован.",
                "Показать все комментарии", "Комментариев пока нет"]],
    },
    "related": {
        "en": ["Related Posts", "More on this story", "What to read next", "Around the web", "Sponsored Stories",
               "Up next", "Keep reading", "From our partners", "Topics:", "Filed under:", "In case you missed it",
               "Explore more"],
        "de": ["Auch interessant", "Zum Weiterlesen", "Verwandte Themen", "Empfehlungen der Redaktion",
               "Mehr aus dem Ressort", "Themen:"],
        "fr": ["Lire aussi :", "Nos articles sur le même thème", "À découvrir", "Dans la même rubrique",
               "Sélectionné pour vous", "Sujets :"],
        "es": ["Más noticias", "También te puede interesar", "Lo último", "Contenido recomendado", "Más en Deportes",
               "Temas:"],
        "it": ["Ti potrebbe interessare", "Altre notizie", "Le ultime notizie", "Dalla stessa sezione",
               "Consigliati per te", "Argomenti:"],
        "pt": ["Mais notícias", "Veja mais", "Recomendados para você", "Últimas notícias", "Conteúdo relacionado",
               "Tópicos:"],
        "nl": ["Lees meer", "Ook interessant", "Meer over dit onderwerp", "Aanbevolen", "Het laatste nieuws",
               "Onderwerpen:"],
        "ru": ["Ещё по теме", "Материалы по теме", "Рекомендуем", "Последние новости", "Самое читаемое",
               "Другие новости раздела"],
    },
    "navigation": {
        "en": ["Skip to primary navigation", "Jump to content", "Home » Blog » Recipes", "Home › Travel",
               "Home / Sports / Football / Premier League", "Home → Guides → Getting started", "Back to Top ▲",
               "Scroll to top", "☰ Menu", "Close menu", "← Previous post", "Next post →",
               "Home :: Articles :: Reviews"],
        "de": ["Direkt zum Inhalt", "Zur Navigation springen", "Startseite » Sport » Fußball",
               "Sie sind hier: Startseite / Ratgeber / Gesundheit", "Nach oben scrollen", "Menü öffnen",
               "Zurück zur Übersicht"],
        "fr": ["Aller au menu", "Passer au contenu", "Accueil » Société » Justice", "Vous êtes ici : Accueil / Culture",
               "Haut de page", "Ouvrir le menu", "Article précédent"],
        "es": ["Saltar al contenido principal", "Inicio » Economía » Empresas", "Estás en: Portada / Cultura",
               "Ir arriba", "Abrir menú", "Noticia anterior", "Siguiente noticia"],
        "it": ["Salta al contenuto principale", "Home » Economia » Lavoro", "Sei qui: Home / Sport", "Torna all'inizio",
               "Apri il menu", "Articolo precedente"],
        "pt": ["Pular para o conteúdo", "Saltar para o conteúdo principal", "Início » Economia » Mercados",
               "Você está aqui: Home / Política", "Voltar ao início da página", "Abrir menu", "Próximo artigo"],
        "nl": ["Ga direct naar de inhoud", "Home » Sport » Voetbal", "U bent hier: Home / Nieuws", "Naar boven",
               "Menu openen", "Vorig artikel"],
        "ru": ["Перейти к основному содержанию", "Главная » Спорт » Футбол", "Главная / Статьи / Здоровье",
               "Вы здесь: Главная → Новости", "Вернуться наверх", "Открыть меню", "Предыдущая статья"],
    },
    "login": {
        "en": ["Subscriber login", "Continue with Apple", "Sign in with your email", "Not a member? Join now",
               "Reset password", "Log in to continue reading", "This article is for subscribers only.",
               "You've reached your limit of free articles this month.", "Subscribe now for unlimited access",
               "Already registered? Sign in here", "Keep me signed in", "Register to read the full story"],
        "de": ["Zum Login", "Noch kein Konto? Jetzt registrieren", "Angemeldet bleiben", "Weiterlesen mit Plus",
               "Dieser Artikel ist nur für Abonnenten verfügbar.", "Bereits Abonnent? Hier anmelden"],
        "fr": ["Identifiez-vous", "Pas encore de compte ? Inscrivez-vous", "Se souvenir de moi",
               "Cet article est réservé aux abonnés.", "Déjà abonné ? Connectez-vous", "Mon espace"],
        "es": ["Accede a tu cuenta", "¿No tienes cuenta? Regístrate", "Recordarme",
               "Este contenido es exclusivo para suscriptores.", "¿Ya eres suscriptor? Inicia sesión", "Mi cuenta"],
        "it": ["Entra", "Non hai un account? Registrati", "Ricordami", "Questo articolo è riservato agli abbonati.",
               "Sei già abbonato? Accedi", "Il mio profilo"],
        "pt": ["Fazer login", "Ainda não tem conta? Cadastre-se grátis", "Lembrar-me",
               "Conteúdo exclusivo para assinantes.", "Já é assinante? Faça login", "Minha conta"],
        "nl": ["Log hier in", "Log in om verder te lezen", "Ingelogd blijven", "Dit artikel is alleen voor abonnees.",
               "Al abonnee? Log dan in", "Mijn account"],
        "ru": ["Вход", "Авторизация", "Запомнить меня", "Зарегистрироваться",
               "Чтобы прочитать статью полностью, оформите подписку.", "Уже есть аккаунт? Войдите"],
    },
}


# A sixth set, held out: written from memory of real sites (WordPress/Drupal/news CMS pages, consent
# managers, paywalls, newsletters, comment systems, breadcrumbs, Outbrain/Taboola widgets, disclaimers
# and footers) in all 8 languages, without reading the step's tables or set 4, in wordings new to the
# sets above; measured once, as it is (`clean_bench.py --heldout 6`).
HELDOUT6 = {
    "error": {
        "en": [["502 Bad Gateway", "410 – Content removed", "HTTP 500 – Internal error", "That's a 404.", "Broken link",
                "Well, this is awkward.", "Aw, snap!", "Content unavailable", "Down for maintenance",
                "Houston, we have a problem"],
               ["The article you were trying to read has been archived or taken down.",
                "We're having trouble loading this page right now.",
                "Unfortunately the page you are looking for has been moved, deleted or never existed.",
                "The address you entered may be mistyped, or the page may have been retired.",
                "This site is currently undergoing scheduled maintenance. We should be back shortly.",
                "Error establishing a database connection",
                "Sorry, you are not allowed to access this page.",
                "This video is not available in your country.",
                "Something went wrong on our end. Our team has been notified.",
                "You've landed on a page that doesn't exist anymore."],
               ["Take me back", "Browse our most recent articles", "Try again", "Reload", "Check out our top stories",
                "Let us know about this error", "Use the search box above to find what you need.",
                "Return to previous page", "Email the webmaster", "Start over from the main page"]],
        "de": [["Fehler 404 – Seite existiert nicht", "Seite nicht vorhanden", "Wartungsarbeiten",
                "Da ist etwas schiefgelaufen", "Serverfehler", "Oha!"],
               ["Die von Ihnen gewählte Adresse ist uns leider nicht bekannt.",
                "Der Link ist veraltet oder die Seite wurde gelöscht.",
                "Wir führen gerade Wartungsarbeiten durch und sind bald wieder für Sie da.",
                "Dieses Video ist in Ihrem Land leider nicht verfügbar.",
                "Der Inhalt, den Sie aufrufen wollten, wurde entfernt.",
                "Vielleicht haben Sie sich vertippt?"],
               ["Zur Übersicht", "Seite neu laden", "Hauptseite aufrufen", "Hier geht es zur Startseite",
                "Suchen Sie nach einem Stichwort:"]],
        "fr": [["Erreur 404 : page inexistante", "Page indisponible", "Maintenance en cours",
                "Oups, une erreur est survenue", "Erreur serveur", "Zut !"],
               ["Nous ne trouvons pas la page demandée.",
                "L'adresse saisie est peut-être erronée ou la page a été retirée.",
                "Ce contenu n'est pas disponible dans votre pays.",
                "Le site est momentanément indisponible pour cause de maintenance.",
                "Le contenu auquel vous tentez d'accéder a été archivé.",
                "Vous vous êtes peut-être trompé d'adresse."],
               ["Revenir à la une", "Recharger la page", "Utilisez le moteur de recherche", "Voir les derniers articles",
                "Nous contacter"]],
        "es": [["Error 404: página inexistente", "Contenido no disponible", "Sitio en mantenimiento", "Algo salió mal",
                "Fallo técnico", "¡Uy!"],
               ["La dirección que has introducido no existe o ha cambiado.",
                "Estamos realizando tareas de mantenimiento. Volveremos en breve.",
                "Este vídeo no está disponible en tu país.",
                "La noticia que buscas ha sido retirada.",
                "Puede que hayas escrito mal la dirección.",
                "No hemos podido cargar esta página."],
               ["Llévame a la página principal", "Recargar la página", "Buscar en la web", "Ver las últimas noticias",
                "Contactar con nosotros"]],
        "it": [["Errore 404 - Pagina inesistente", "Contenuto non disponibile", "Sito in manutenzione",
                "Qualcosa non ha funzionato", "Errore del server", "Pagina rimossa"],
               ["L'indirizzo che hai digitato non esiste o è stato modificato.",
                "Stiamo effettuando lavori di manutenzione, torneremo presto online.",
                "Questo video non è disponibile nel tuo paese.",
                "L'articolo che cerchi è stato rimosso.",
                "Forse hai sbagliato a digitare l'indirizzo.",
                "Impossibile caricare la pagina."],
               ["Vai alla prima pagina", "Ricarica la pagina", "Cerca nel sito", "Scopri le notizie del giorno",
                "Contattaci"]],
        "pt": [["Erro 404: página inexistente", "Conteúdo indisponível", "Site em manutenção", "Algo não correu bem",
                "Erro no servidor", "Eita!"],
               ["O endereço que você digitou não existe ou foi alterado.",
                "Estamos em manutenção. Voltamos em breve.",
                "Este vídeo não está disponível no seu país.",
                "A notícia que você procura foi retirada do ar.",
                "Talvez você tenha digitado o endereço errado.",
                "Não foi possível carregar esta página."],
               ["Ir para a capa", "Recarregar a página", "Pesquisar no site", "Ver as últimas notícias",
                "Fale conosco"]],
        "nl": [["Fout 404 – pagina bestaat niet", "Inhoud niet beschikbaar", "Onderhoud", "Er is iets misgegaan",
                "Serverfout", "Oei!"],
               ["Het adres dat je hebt ingevoerd bestaat niet of is gewijzigd.",
                "We voeren momenteel onderhoud uit. We zijn snel weer terug.",
                "Deze video is niet beschikbaar in jouw land.",
                "Het artikel dat u zoekt is verwijderd.",
                "Misschien heb je een typefout gemaakt in het adres.",
                "Deze pagina kon niet worden geladen."],
               ["Ga naar de homepagina", "Pagina opnieuw laden", "Zoek op de site", "Bekijk het laatste nieuws",
                "Neem contact op"]],
        "ru": [["Ошибка 404: страница отсутствует", "Контент недоступен", "Технические работы",
                "Сайт временно недоступен", "Ошибка сервера", "Упс, ошибочка вышла"],
               ["Адрес, который вы ввели, не существует или был изменён.",
                "На сайте ведутся технические работы. Скоро всё заработает.",
                "Это видео недоступно в вашей стране.",
                "Новость, которую вы ищете, удалена.",
                "Возможно, вы ошиблись при вводе адреса.",
                "Не удалось загрузить страницу."],
               ["Перейти в начало", "Обновить страницу", "Найти на сайте", "Смотреть свежие новости",
                "Написать в редакцию"]],
    },
    "cookie": {
        "en": [[("We use cookies and other tracking technologies to improve your browsing experience, analyze site "
                 "traffic, and understand where our audience is coming from."),
                ("We use cookies on our website to give you the most relevant experience by remembering your "
                 "preferences and repeat visits. By clicking “Accept”, you consent to the use of ALL the cookies."),
                ("This website uses cookies so that we can provide you with the best user experience possible. "
                 "Cookie information is stored in your browser."),
                ("We and our 847 partners use cookies and other technologies to process personal data, including "
                 "precise geolocation data and device scanning."),
                "Strictly necessary cookies are always active and cannot be switched off in our systems.",
                "California residents: you have the right to opt out of the sale of your personal information.",
                "Please let us know if you agree to all of our cookies.",
                ("Before you continue: we use cookies and data to deliver and maintain our services, track outages "
                 "and protect against spam."),
                ("Your consent choices apply to this site only. You can withdraw consent at any time from the "
                 "Privacy Center."),
                "Cookies make this site better. Some are required; others are optional and off unless you switch "
                "them on."],
               ["Yes, that's fine", "Reject", "Necessary only", "Save settings", "Manage cookies", "Let me choose",
                "Agree and proceed", "Opt out", "Do Not Sell or Share My Personal Information", "Vendor list",
                "Close ✕", "Legitimate interest"]],
        "de": [["Um Ihnen ein besseres Nutzererlebnis zu bieten, verwenden wir Cookies und vergleichbare Technologien.",
                ("Mit einem Klick auf „Zustimmen“ willigen Sie in die Verarbeitung Ihrer Daten durch uns und "
                 "Drittanbieter ein."),
                "Werbefinanziert lesen oder werbefrei im PUR-Abo: Sie haben die Wahl.",
                "Wir brauchen Ihre Zustimmung zu Tracking und Messung, um unsere Artikel kostenlos anbieten zu können.",
                "Hinweis zu Cookies: Notwendige Cookies können nicht abgewählt werden.",
                "Einige Dienste verarbeiten personenbezogene Daten in den USA."],
               ["Zustimmen und weiter", "Nur notwendige", "Einstellungen verwalten", "Ablehnen und schließen",
                "Mehr Informationen", "Speichern", "PUR-Abo abschließen"]],
        "fr": [["Ce site utilise des cookies et vous donne le contrôle sur ceux que vous souhaitez activer.",
                "En cliquant sur « Accepter », vous consentez au dépôt de cookies par nos partenaires.",
                ("Nous utilisons des cookies pour assurer le bon fonctionnement du site et, avec votre consentement, "
                 "pour mesurer l'audience."),
                "Vous pouvez retirer votre consentement à tout moment depuis la page Données personnelles.",
                "Pour continuer à lire gratuitement, acceptez les cookies ou abonnez-vous."],
               ["J'ai compris", "Interdire tous les cookies", "Personnaliser mes choix", "Valider ma sélection",
                "En savoir plus sur les cookies", "Paramètres de confidentialité"]],
        "es": [["Este sitio web utiliza cookies para que usted tenga la mejor experiencia de usuario.",
                ("Si continúa navegando está dando su consentimiento para la aceptación de las mencionadas cookies "
                 "y la aceptación de nuestra política de cookies."),
                ("Esta web emplea cookies de terceros para elaborar estadísticas y mostrar anuncios relacionados con "
                 "sus preferencias."),
                "Valoramos tu privacidad.",
                "Puedes cambiar de opinión y retirar tu consentimiento cuando quieras."],
               ["De acuerdo", "Rechazar cookies", "Personalizar", "Entendido", "Ver política de cookies",
                "Permitir selección"]],
        "it": [[("Questo sito fa uso di cookie per migliorare l'esperienza di navigazione degli utenti e per "
                 "raccogliere informazioni sull'utilizzo del sito stesso."),
                "Cliccando su «Accetta» acconsenti all'utilizzo di tutti i cookie.",
                "Puoi consentire l'uso dei cookie o rifiutarli; chiudendo il banner con la X continuerai senza accettare.",
                "Per saperne di più consulta la nostra cookie policy.",
                "Utilizziamo cookie tecnici e, previo tuo consenso, cookie analitici e di marketing."],
               ["Va bene", "Ok, ho capito", "Rifiuta i cookie", "Gestisci preferenze", "Maggiori informazioni",
                "Solo necessari"]],
        "pt": [[("Nós usamos cookies e outras tecnologias semelhantes para melhorar a sua experiência em nossos "
                 "serviços, de acordo com a LGPD."),
                "Este sítio utiliza cookies para lhe proporcionar uma melhor experiência de navegação.",
                "Ao clicar em «Aceitar», concorda com o armazenamento de cookies no seu dispositivo.",
                "Respeitamos a sua privacidade.",
                "Alguns cookies são necessários para o funcionamento do site e não podem ser desativados."],
               ["Aceitar cookies", "Concordo", "Recusar tudo", "Personalizar cookies", "Política de cookies",
                "Ok, entendi"]],
        "nl": [["Om deze website optimaal te laten functioneren plaatsen wij cookies.",
                ("Met jouw toestemming plaatsen wij en derde partijen ook cookies om advertenties af te stemmen op "
                 "jouw interesses."),
                "Klik op 'Alles accepteren' om akkoord te gaan, of kies zelf welke cookies je toestaat.",
                "Deze website gebruikt cookies. Lees hier meer over in onze privacyverklaring.",
                "Wij respecteren je privacy."],
               ["Oké", "Accepteer cookies", "Alleen functionele cookies", "Zelf instellen", "Niet akkoord",
                "Meer info"]],
        "ru": [["Сайт собирает cookie и данные об IP-адресе для корректной работы и аналитики.",
                "Нажимая «Принять», вы разрешаете нам использовать файлы cookie.",
                "Мы храним и обрабатываем cookie в соответствии с 152-ФЗ «О персональных данных».",
                "Если вы не хотите, чтобы ваши данные обрабатывались, отключите cookie в настройках браузера.",
                "Этот веб-сайт применяет куки-файлы для персонализации рекламы."],
               ["Ок", "Согласиться", "Не соглашаюсь", "Узнать больше", "Принять cookie", "Понятно, спасибо"]],
    },
    "legal": {
        "en": [(None, "© 2024 Ridgeway Broadcasting Co. | Privacy Policy | Terms of Use | Accessibility"),
               ("Editor's note:", ("This article is for general information and does not constitute legal advice. "
                "Laws vary by state; consult an attorney about your situation.")),
               (None, ("The material on this site may not be reproduced, distributed, transmitted, cached or "
                "otherwise used, except with the prior written permission of Westbrook Media.")),
               ("FTC Disclosure:", ("We independently review everything we recommend. When you buy through our "
                "links, we may earn an affiliate fee.")),
               (None, ("Use of this site constitutes acceptance of our User Agreement and Privacy Policy and "
                "Cookie Statement.")),
               ("Health information disclaimer", ("Always seek the advice of your physician with any questions you "
                "may have regarding a medical condition. Never disregard professional medical advice because of "
                "something you have read here.")),
               (None, ("This story was produced in partnership with the Northern Plains Reporting Collaborative and "
                "is republished under the terms of its sharing agreement.")),
               ("Risk warning:", ("CFDs are complex instruments and come with a high risk of losing money rapidly "
                "due to leverage. 74% of retail investor accounts lose money when trading CFDs.")),
               (None, "Paid Post. The news and editorial staff had no role in the creation of this content."),
               (None, ("Market data provided by a third-party vendor and delayed by at least 15 minutes. Terms & "
                "Conditions apply.")),
               ("Trademark notice:", "All product names, logos and brands are property of their respective owners.")],
        "de": [(None, "Copyright © 2023 Ostsee-Rundschau. Sämtliche Inhalte sind urheberrechtlich geschützt."),
               ("*Werbelink:", ("Mit einem Stern gekennzeichnete Links sind Affiliate-Links. Beim Kauf über diese "
                "Links erhalten wir eine Vergütung.")),
               ("Redaktioneller Hinweis:", "Der Artikel gibt allgemeine Informationen und ersetzt keine Rechtsberatung."),
               (None, ("Dieser Text wurde automatisch aus dem dpa-Nachrichtenkanal übernommen und von der Redaktion "
                "nicht bearbeitet.")),
               ("Wichtiger Hinweis:", "Die Inhalte stellen keine Kauf- oder Verkaufsempfehlung für Wertpapiere dar."),
               (None, "Nachdruck und Weiterverbreitung nur mit ausdrücklicher Zustimmung des Verlags.")],
        "fr": [(None, "© Le Républicain du Nord, 2024. Droits de reproduction et de diffusion réservés."),
               ("Article sponsorisé", ("Ce contenu a été rédigé par un partenaire commercial ; la rédaction n'a pas "
                "participé à sa réalisation.")),
               ("Avertissement juridique :", "Les conseils présentés ne constituent pas une consultation juridique "
                "personnalisée."),
               (None, "Cet article est issu du fil de l'AFP et n'a pas été modifié par la rédaction."),
               ("Information :", "Le trading de cryptomonnaies comporte un risque élevé de perte en capital."),
               (None, ("La reproduction de cet article, même partielle, est soumise à l'autorisation préalable de "
                "l'éditeur."))],
        "es": [(None, ("© Periódico Costa Norte, S.A. Prohibida la copia o redistribución de los contenidos sin "
                "permiso expreso.")),
               ("Publirreportaje", ("Este artículo ha sido patrocinado por una empresa y no refleja necesariamente la "
                "opinión del medio.")),
               ("Descargo de responsabilidad:", "La información publicada no constituye asesoramiento legal ni fiscal."),
               (None, "Con información de EFE y Europa Press."),
               ("Importante:", "Consulte siempre a su médico antes de iniciar cualquier tratamiento."),
               (None, "Esta noticia ha sido elaborada a partir de un comunicado de prensa y se publica tal cual.")],
        "it": [(None, ("Copyright © 2024 Il Messaggero del Po. Testata registrata presso il Tribunale di Cremona "
                "n. 12/2009.")),
               ("Informazione pubblicitaria", "Contenuto realizzato in collaborazione con il partner commerciale."),
               ("Nota:", ("Le informazioni contenute in questo articolo hanno scopo puramente informativo e non "
                "costituiscono consulenza legale o fiscale.")),
               (None, "Articolo tratto dall'agenzia ANSA e pubblicato senza modifiche."),
               (None, "Direttore responsabile: Marco Bellini. Editore: Edizioni Valtellina S.r.l."),
               ("Attenzione:", ("Il trading di criptovalute è altamente speculativo e può comportare la perdita "
                "dell'intero capitale."))],
        "pt": [(None, ("Gazeta do Sul © 2024 – Os textos e fotos deste site são protegidos pela lei de direitos "
                "autorais.")),
               ("Publieditorial", "Este conteúdo é de responsabilidade do anunciante e não reflete a opinião do jornal."),
               ("Isenção de responsabilidade:", "As informações deste artigo não constituem aconselhamento jurídico."),
               (None, "Com informações da Agência Brasil e da Reuters."),
               ("Atenção:", "Em caso de sintomas, procure um profissional de saúde."),
               (None, ("Este material não pode ser publicado, transmitido, reescrito ou redistribuído sem autorização "
                "prévia."))],
        "nl": [(None, "Copyright © 2024 Brabants Nieuwsblad B.V. | Privacyverklaring | Gebruiksvoorwaarden"),
               ("Advertorial", "Deze content is betaald door een partner; de redactie was er niet bij betrokken."),
               ("Let wel:", "Dit artikel is geen juridisch of fiscaal advies."),
               (None, "Bron: ANP. Dit bericht is ongewijzigd overgenomen."),
               ("Belangrijk:", "Bij twijfel over je gezondheid neem je contact op met je huisarts of apotheker."),
               (None, "Overname van artikelen is alleen toegestaan met schriftelijke toestemming van de redactie.")],
        "ru": [(None, "© 2023 «Уральский вестник». Все материалы защищены авторским правом."),
               (None, "Мнение редакции может не совпадать с мнением автора."),
               ("На правах рекламы", "Материал подготовлен при поддержке партнёра."),
               (None, "Перепечатка материалов допускается только с письменного разрешения редакции."),
               ("Важно:", "Самолечение может быть опасным для здоровья."),
               (None, "Главный редактор: Иванова А. С. Адрес редакции: 620000, г. Екатеринбург, ул. Ленина, 1.")],
    },
    "newsletter": {
        "en": [["Love this story? Get more like it in your inbox.",
                "The Evening Edition: everything you need to know, in five minutes.", "Sign up for alerts",
                "Email address (required)", "Submit", "I agree to receive marketing emails.", "You're all set!",
                "Almost done — please verify your email.", "Get our newsletter delivered every weekday",
                "Unsubscribe with one click.", "Start my free subscription",
                "Want the inside scoop? Join our community of subscribers."]],
        "de": [["Unser Morgen-Briefing: Jeden Werktag um 6 Uhr in Ihrem Postfach.", "Jetzt kostenlos eintragen",
                "Ich möchte den Newsletter erhalten und akzeptiere die Datenschutzhinweise.",
                "Vielen Dank! Sie erhalten in Kürze eine Bestätigungsmail.", "Keine Nachrichten mehr verpassen",
                "Sie können sich mit einem Klick wieder abmelden."]],
        "fr": [["Ne manquez aucune actualité", "Le brief du matin : l'essentiel de l'actualité à 7 h.", "Je m'inscris",
                "Saisissez votre e-mail", "Vous pouvez vous désabonner via le lien présent dans chaque e-mail.",
                "Merci, c'est noté !"]],
        "es": [["El boletín de la mañana, directo a tu bandeja de entrada", "No te pierdas nada", "Darme de alta",
                "Escribe tu email", "Puedes darte de baja cuando quieras.", "¡Listo! Revisa tu correo para confirmar."]],
        "it": [["Il caffè del mattino: le notizie da sapere prima di uscire di casa", "Non perderti nulla",
                "Voglio iscrivermi", "Scrivi qui la tua email", "Potrai annullare l'iscrizione in qualsiasi momento.",
                "Controlla la tua casella per confermare."]],
        "pt": [["Receba o resumo do dia por e-mail", "Não perca nenhuma notícia", "Quero assinar grátis",
                "Informe seu endereço eletrônico", "Você pode cancelar a inscrição quando quiser.",
                "Pronto! Confirme seu cadastro no e-mail que enviamos."]],
        "nl": [["Het ochtendnieuws, elke dag gratis in je inbox", "Mis niets meer", "Ja, ik wil de nieuwsbrief",
                "Vul je e-mailadres in", "Uitschrijven kan altijd.", "Bijna klaar! Bevestig je aanmelding via de e-mail."]],
        "ru": [["Главное за день — в одном письме", "Будьте в курсе", "Хочу получать рассылку", "Введите ваш email",
                "Отписаться можно в любой момент.", "Проверьте почту и подтвердите подписку."]],
    },
    "share": {
        "en": [["Send via Messenger", "Post to X", "Share with friends", "Email a friend", "Pin it", "Print article",
                "Link copied!", "Tell a friend", "Pass it on:", "Save and share"],
               ["Facebook", "X.com", "Reddit", "WhatsApp", "E-mail", "Bluesky", "LinkedIn", "Threads", "Snapchat",
                "Nextdoor", "Print", "Copy"]],
        "de": [["Per WhatsApp verschicken", "Per Mail versenden", "Artikel empfehlen", "Link in Zwischenablage kopiert",
                "Weitersagen", "Beitrag merken"],
               ["Facebook", "X", "WhatsApp", "Telegram", "Xing", "Threads", "Drucken"]],
        "fr": [["Envoyer sur WhatsApp", "Envoyer à un ami", "Publier sur LinkedIn", "Lien copié !", "Faites passer le mot",
                "Imprimer l'article"],
               ["Facebook", "X", "WhatsApp", "LinkedIn", "Threads", "Courriel"]],
        "es": [["Comparte en redes sociales", "Enviar a un amigo", "Tuitear", "Enlace copiado",
                "Mándalo por correo electrónico", "Imprimir noticia"],
               ["Facebook", "X", "WhatsApp", "LinkedIn", "Threads", "Telegram"]],
        "it": [["Manda su WhatsApp", "Invia a un amico", "Condividi sui social", "Link copiato", "Stampa l'articolo",
                "Inoltra via email"],
               ["Facebook", "X", "WhatsApp", "LinkedIn", "Telegram", "Email"]],
        "pt": [["Espalhe esta notícia", "Enviar para um amigo", "Mande para os amigos", "Link copiado!",
                "Encaminhar por e-mail", "Imprimir notícia"],
               ["Facebook", "X", "WhatsApp", "LinkedIn", "Telegram", "E-mail"]],
        "nl": [["Stuur via WhatsApp", "Stuur door naar een vriend", "Doorsturen", "Link gekopieerd", "Deel dit:",
                "Print artikel"],
               ["Facebook", "X", "WhatsApp", "LinkedIn", "Threads", "E-mail"]],
        "ru": [["Переслать в мессенджер", "Отправить другу", "Репост ВКонтакте", "Ссылка скопирована",
                "Поделитесь с друзьями", "Распечатать статью"],
               ["ВКонтакте", "Одноклассники", "Telegram", "WhatsApp", "Дзен", "Viber"]],
    },
    "comments": {
        "en": [["Have your say", "Reply ↓", "Submit Comment", "Cancel reply", "Name *", "Website", "Top comments",
                "Newest first", "9 thoughts on “Our weekend in Lisbon”", "Please keep comments civil and on topic.",
                "This discussion is now closed.", "Comments powered by Disqus"]],
        "de": [["Leserkommentare", "Antworten", "Ihr Kommentar", "Zur Diskussion",
                "Bitte beachten Sie unsere Netiquette.", "Neueste zuerst", "8 Kommentare zu diesem Artikel"]],
        "fr": [["Réactions", "Répondre", "Votre commentaire", "Plus récents",
                "Merci de respecter la charte de modération.", "Voir les 12 réactions", "Publier"]],
        "es": [["Participa", "Responder", "Tu comentario", "Más recientes",
                "Los comentarios están sujetos a moderación.", "9 respuestas", "Publicar comentario"]],
        "it": [["Partecipa alla discussione", "Rispondi", "Il tuo commento", "Più recenti",
                "I commenti sono soggetti a moderazione.", "Leggi tutti i 6 commenti", "Invia commento"]],
        "pt": [["Participe da conversa", "Responda", "Seu comentário", "Mais recentes", "Os comentários são moderados.",
                "Carregar mais comentários", "Publicar comentário"]],
        "nl": [["Praat mee", "Beantwoorden", "Jouw reactie", "Nieuwste eerst", "Reacties worden gemodereerd.",
                "Meer reacties laden", "Reactie plaatsen"]],
        "ru": [["Обсуждение", "Ответить", "Ваш комментарий", "Сначала новые", "Комментарии проходят модерацию.",
                "Показать ответы (11)", "Опубликовать"]],
    },
    "related": {
        "en": ["Promoted Stories", "More From Our Network", "Most shared", "Recent Posts", "Popular this week",
               "Must reads", "More in this series", "Categories:", "Most viewed", "Related topics:",
               "Trending in Politics", "Paid Content", "Read more about:"],
        "de": ["Meistgeklickt", "Dazu passend", "Neueste Artikel", "Mehr aus der Region", "Passend zum Thema",
               "Weitere Themen:"],
        "fr": ["Les plus partagés", "Contenus sponsorisés", "Nos derniers articles", "Plus d'actualités",
               "Ces articles peuvent vous intéresser", "Catégories :"],
        "es": ["Lo más visto", "Patrocinado", "Últimos artículos", "Quizás te interese",
               "Más sobre este tema", "Categorías:"],
        "it": ["I più visti", "Contenuti sponsorizzati", "Ultimi articoli", "Da non perdere", "Approfondimenti",
               "Parole chiave:"],
        "pt": ["Mais vistas", "Conteúdo patrocinado", "Posts recentes", "Não perca", "Saiba mais sobre",
               "Palavras-chave:"],
        "nl": ["Meest bekeken", "Gesponsord", "Recente berichten", "Niet te missen", "Meer van deze auteur",
               "Trefwoorden:"],
        "ru": ["Самое обсуждаемое", "Партнёрские материалы", "Свежие записи", "Не пропустите", "Новости партнёров",
               "Рубрики:"],
    },
    "navigation": {
        "en": ["Skip to footer", "Home • Lifestyle • Food & Drink", "Home > Entertainment > Movies > Reviews",
               "News / U.S. / Politics", "Sections", "World US Politics Business Tech Health Sports",
               "Home / Archive / 2021 / March", "« Older Entries", "Newer Entries »", "Page 2 of 14",
               "« Back to all news", "Show navigation", "Open search"],
        "de": ["Zum Hauptmenü springen", "Home > Lokales > Bremen", "Startseite › Ratgeber › Reise",
               "Politik Wirtschaft Sport Kultur Panorama", "Alle Ressorts", "Nächster Artikel", "Seite 1 von 5"],
        "fr": ["Aller à la recherche", "Accueil > Régions > Bretagne", "Une › International",
               "Politique Économie Sport Culture Sciences", "Toutes les rubriques", "Article suivant", "Page 1 sur 3"],
        "es": ["Saltar a la navegación", "Portada › Deportes › Fútbol", "Inicio / Opinión / Tribuna",
               "Política Economía Deportes Cultura Sociedad", "Todas las secciones", "Entrada siguiente", "Página 1 de 4"],
        "it": ["Vai al menu principale", "Home › Cultura › Libri", "Prima pagina / Cronaca / Milano",
               "Politica Economia Sport Spettacoli Tecnologia", "Tutte le sezioni", "Articolo successivo",
               "Pagina 1 di 3"],
        "pt": ["Ir para o menu", "Home › Brasil › Política", "Início / Desporto / Futebol",
               "Política Economia Esportes Cultura Mundo", "Todas as editorias", "Artigo anterior", "Página 1 de 5"],
        "nl": ["Direct naar het hoofdmenu", "Home › Regio › Utrecht", "Voorpagina / Binnenland / Politiek",
               "Nieuws Sport Economie Cultuur Tech", "Alle rubrieken", "Volgend artikel", "Pagina 1 van 6"],
        "ru": ["Перейти к меню", "Главная › Экономика › Финансы", "Новости / Регион / Происшествия",
               "Политика Экономика Спорт Культура Наука", "Все рубрики", "Следующая статья", "Страница 1 из 8"],
    },
    "login": {
        "en": ["Welcome back! Sign in to continue.", "Email or username", "Password", "Trouble signing in?",
               "Continue with Facebook", "Stay logged in", "New here? Create your free account",
               "Want to keep reading? Create a free account or sign in.", "You have 2 free articles remaining.",
               "Get unlimited digital access for just $1 a week.", "Existing subscriber? Link your account",
               "Sign out"],
        "de": ["Benutzername oder E-Mail", "Kennwort", "Mit Google fortfahren", "Jetzt 4 Wochen gratis testen",
               "Um diesen Artikel zu lesen, benötigen Sie ein Digital-Abo.", "Abmelden", "Mein Profil"],
        "fr": ["Adresse e-mail ou identifiant", "Mot de passe", "Continuer avec Google",
               "Il vous reste 3 articles gratuits ce mois-ci.", "Abonnez-vous pour lire la suite", "Se déconnecter",
               "Créer mon compte gratuitement"],
        "es": ["Usuario o correo electrónico", "Contraseña", "Continuar con Google",
               "Has alcanzado el límite de artículos gratuitos.", "Suscríbete para seguir leyendo", "Cerrar sesión"],
        "it": ["Nome utente o email", "Inserisci la password", "Continua con Google",
               "Hai raggiunto il limite di articoli gratuiti.", "Abbonati per continuare a leggere", "Esci"],
        "pt": ["E-mail ou usuário", "Senha", "Continuar com o Google", "Você atingiu o limite de matérias gratuitas.",
               "Assine para continuar lendo", "Sair"],
        "nl": ["E-mailadres of gebruikersnaam", "Wachtwoord", "Doorgaan met Google",
               "Je hebt het maximum aantal gratis artikelen bereikt.", "Neem een abonnement om verder te lezen",
               "Uitloggen"],
        "ru": ["Логин или e-mail", "Пароль", "Войти через Яндекс ID", "Бесплатные статьи в этом месяце закончились.",
               "Оформите подписку, чтобы читать дальше", "Выйти"],
    },
}


# A seventh set, held out: written from memory of real sites (server/CDN/CMS error and maintenance pages,
# geo-blocks and video players, OneTrust/Cookiebot/Didomi/Usercentrics/Borlabs/iubenda banners, Piano and
# Zephr paywalls, Mailchimp/Substack/Beehiiv forms, WordPress/Disqus/Coral/Facebook comments, Outbrain and
# Taboola widgets, shop and forum furniture, mandated ad/finance/health/gambling notices) in all 8 languages,
# without reading the step's tables or set 4, in wordings new to the sets above; measured once, as it is
# (`clean_bench.py --heldout 7`).
HELDOUT7 = {
    "error": {
        "en": [["Service Temporarily Unavailable", "504 Gateway Time-out", "429 Too Many Requests", "Error 1020",
                "Access denied", "404 | This page could not be found", "Page gone missing", "Lost your way?",
                "Yikes, dead link!", "We'll be right back.", "Video unavailable", "Page expired", "Geo-restricted"],
               [("The server is temporarily unable to service your request due to maintenance downtime or capacity "
                 "problems. Please try again later."),
                "Briefly unavailable for scheduled maintenance. Check back in a minute.",
                "It seems we can't find what you're looking for. Perhaps searching can help.",
                "This website is using a security service to protect itself from online attacks.",
                "The owner of this website has banned your access based on your browser's signature.",
                ("Unfortunately, our website is currently unavailable in most European countries. We are engaged on "
                 "the issue and committed to looking at options that support our full range of digital offerings."),
                "This video can't be played in your region due to licensing restrictions.",
                "An error occurred. Please try again later.",
                "We've received too many requests from your network. Please wait a moment and try again.",
                "Please enable JavaScript in your browser to view this page.",
                "Sorry, this story is no longer available.",
                "The page you requested has expired or the link is no longer valid.",
                ("The media could not be loaded, either because the server or network failed or because the format is "
                 "not supported."),
                "This live stream recording is not available."],
               ["Take me to the front page", "Reload this page", "Contact our help desk", "Report a problem",
                "Go back one page", "Try a different search", "See today's headlines",
                "Cloudflare Ray ID: 84a1f0c93e7b2d15", "Performance & security by Cloudflare",
                "Your IP: Click to reveal", "What can I do to resolve this?", "Browse all categories",
                "Try again later"]],
        "de": [["Fehler 503", "403 – Zugriff nicht erlaubt", "Seite nicht erreichbar", "Hier ist nichts",
                "Adresse unbekannt", "Wir sind gleich zurück", "Video nicht verfügbar", "Gesperrt"],
               ["Unter dieser Adresse ist leider kein Inhalt (mehr) hinterlegt.",
                "Der Server ist vorübergehend nicht erreichbar. Bitte versuchen Sie es später erneut.",
                "Aus lizenzrechtlichen Gründen können wir dieses Video in Ihrer Region nicht zeigen.",
                "Diese Website ist wegen Wartungsarbeiten kurzzeitig offline.",
                "Ihr Browser wird nicht mehr unterstützt. Bitte aktualisieren Sie ihn.",
                "Dieser Artikel ist online nicht mehr verfügbar.",
                "Bitte aktivieren Sie JavaScript, um diese Seite anzuzeigen.",
                "Dieses Angebot ist aus Ihrem Land nicht abrufbar.",
                "Der Beitrag ist nach Ablauf der Verweildauer depubliziert worden."],
               ["Eine Seite zurück", "Erneut versuchen", "Zur Volltextsuche", "Fehler melden", "Kontakt zum Support",
                "Zu den aktuellen Nachrichten", "Zur Mediathek"]],
        "fr": [["Erreur 503", "Accès interdit (403)", "Cette page s'est égarée (404)", "Rien à voir ici",
                "Site en travaux", "Vidéo indisponible", "Aïe, page perdue !", "Trop de requêtes"],
               ["Le serveur est temporairement indisponible. Merci de réessayer ultérieurement.",
                "La page que vous cherchez a peut-être été supprimée, renommée ou est temporairement indisponible.",
                "Cette vidéo n'est pas disponible dans votre zone géographique.",
                "Notre site est en cours de maintenance, nous serons de retour très vite.",
                "Votre navigateur n'est plus à jour. Mettez-le à jour pour profiter du site.",
                "Cet article n'est plus disponible en ligne.", "Veuillez activer JavaScript pour afficher cette page.",
                "Ce programme n'est plus disponible en replay.",
                "Vous avez effectué trop de requêtes. Veuillez patienter quelques instants."],
               ["Retour à la page précédente", "Réessayer", "Faire une nouvelle recherche", "Signaler un problème",
                "Voir l'actualité du jour", "Aller à la page d'accueil", "Voir d'autres vidéos"]],
        "es": [["Error 503", "Acceso prohibido (403)", "Esta página no está disponible", "¡Vaya, qué despiste!",
                "Estamos en obras", "Vídeo no disponible", "No encontrado (404)", "Demasiadas solicitudes"],
               ["El servidor no puede atender tu solicitud en este momento. Inténtalo más tarde.",
                ("Es posible que la página haya sido eliminada, que haya cambiado de nombre o que no esté disponible "
                 "temporalmente."),
                "Este contenido no está disponible en tu región por motivos de derechos.",
                "Estamos mejorando la web. Vuelve a visitarnos en unos minutos.",
                "Tu navegador no es compatible con este sitio.", "Esta noticia ya no está disponible.",
                "Activa JavaScript para ver esta página.",
                "Este vídeo ha dejado de estar disponible por motivos de derechos de emisión.",
                "Has superado el número de peticiones permitidas."],
               ["Regresar a la página anterior", "Reintentar", "Ir al buscador", "Informar de un error", "Ver portada",
                "Ir a la portada del diario", "Ver otros vídeos"]],
        "it": [["Errore 503", "Accesso non consentito (403)", "Pagina al momento non raggiungibile",
                "Ops, si è verificato un errore", "Lavori in corso", "Video non disponibile", "Non trovato (404)",
                "Troppe richieste"],
               ["Il server non è al momento in grado di gestire la richiesta. Riprova più tardi.",
                "La pagina potrebbe essere stata spostata, rinominata o eliminata.",
                "Questo contenuto non è visibile nella tua area geografica.",
                "Il sito è in manutenzione programmata: torneremo online a breve.",
                "Il tuo browser non è supportato. Ti consigliamo di aggiornarlo.",
                "Questo articolo non è più disponibile.", "Per visualizzare la pagina abilita JavaScript.",
                "Il video non è disponibile per motivi legati ai diritti di trasmissione.",
                "Hai effettuato troppe richieste, riprova tra qualche minuto."],
               ["Indietro di una pagina", "Riprova", "Vai alla ricerca", "Segnala il problema",
                "Leggi le ultime notizie", "Vai all'homepage", "Guarda altri video"]],
        "pt": [["Erro 503", "Acesso proibido (403)", "Esta página está fora do ar", "Opa, algo deu errado!",
                "Voltamos já", "Vídeo indisponível", "Não encontrado (404)", "Muitas requisições"],
               ["O servidor está temporariamente indisponível. Tente novamente mais tarde.",
                "A página pode ter sido removida, ter mudado de nome ou estar temporariamente indisponível.",
                "Este conteúdo não está disponível na sua região.",
                "Estamos fazendo uma manutenção programada e voltaremos em breve.",
                "Seu navegador não é compatível com este site.", "Esta matéria não está mais disponível.",
                "Ative o JavaScript para visualizar esta página.",
                "O vídeo não está disponível para a sua localização.",
                "Você fez muitas requisições. Aguarde alguns instantes."],
               ["Voltar para a página anterior", "Tentar novamente", "Buscar no portal", "Reportar erro",
                "Ir para a home", "Ver as principais notícias", "Assistir outros vídeos"]],
        "nl": [["Fout 503", "Toegang geweigerd", "Deze pagina is niet beschikbaar", "Oeps, dat ging mis", "Even geduld",
                "Video niet beschikbaar", "Niet gevonden (404)", "Te veel verzoeken"],
               ["De server is tijdelijk niet bereikbaar. Probeer het later opnieuw.",
                "Deze pagina is mogelijk verplaatst, hernoemd of verwijderd.",
                "Deze video is vanwege rechten niet te bekijken in jouw regio.",
                "Wegens gepland onderhoud is de website tijdelijk offline.",
                "Je browser wordt niet ondersteund. Update naar de nieuwste versie.",
                "Dit artikel is niet meer beschikbaar.", "Schakel JavaScript in om deze pagina te bekijken.",
                "Deze uitzending is niet meer terug te kijken.",
                "Je hebt te veel verzoeken verstuurd. Wacht even en probeer het opnieuw."],
               ["Ga terug", "Opnieuw proberen", "Zoeken op de site", "Meld een probleem", "Naar het laatste nieuws",
                "Bekijk het nieuwsoverzicht", "Bekijk andere video's"]],
        "ru": [["Ошибка 503", "403: доступ ограничен", "Страница недоступна", "Что-то сломалось",
                "Сайт на обслуживании", "Видео недоступно", "Не найдено (404)", "Слишком много запросов"],
               ["Сервер временно не может обработать ваш запрос. Попробуйте позже.",
                "Возможно, страница была удалена, переименована или временно недоступна.",
                "Просмотр этого видео недоступен в вашем регионе.",
                "Ведутся плановые технические работы, приносим извинения за неудобства.",
                "Ваш браузер устарел. Обновите его, чтобы сайт работал корректно.", "Этот материал снят с публикации.",
                "Для корректной работы сайта включите JavaScript.", "Трансляция недоступна на территории вашей страны.",
                "Вы отправили слишком много запросов. Подождите немного."],
               ["Назад на предыдущую страницу", "Попробовать снова", "Поиск по сайту", "Сообщить администратору",
                "Вернуться к ленте новостей", "Читать последние новости", "Смотреть другие видео"]],
    },
    "cookie": {
        "en": [[("This site uses cookies to provide you with a great user experience. By using this website, you "
                 "accept our use of cookies."),
                ("When you visit any website, it may store or retrieve information on your browser, mostly in the "
                 "form of cookies. This information might be about you, your preferences or your device."),
                ("Because we respect your right to privacy, you can choose not to allow some types of cookies. Click "
                 "on the different category headings to find out more and change our default settings."),
                ("We use cookies to personalise content and ads, to provide social media features and to analyse our "
                 "traffic. We also share information about your use of our site with our social media, advertising "
                 "and analytics partners."),
                ("You can change your choices at any time by clicking on the 'Privacy settings' link at the bottom of "
                 "every page."),
                "Store and/or access information on a device",
                ("Personalised advertising and content, advertising and content measurement, audience research and "
                 "services development"),
                ("We use third-party services to analyze web traffic data and to help us improve our services. Your "
                 "consent is needed for us to use them."),
                ("Some cookies are needed for the site to work; others help us understand how you use it so we can "
                 "improve it."),
                ("Blocking some types of cookies may impact your experience of the site and the services we are able "
                 "to offer."),
                "These cookies may be set through our site by our advertising partners.",
                "Accept cookies to keep reading for free, or subscribe for an ad-light experience."],
               ["Accept all & continue", "Reject optional cookies", "Cookies Settings", "Confirm choices and close",
                "Allow all and close", "Only use essential cookies", "Allow my selection", "Customize", "Show purposes",
                "Powered by OneTrust", "Your Privacy Choices", "Yes, I'm happy", "Continue without accepting",
                "Targeting Cookies"]],
        "de": [[("Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren, Werbung "
                 "zuzuschneiden und zu messen sowie die Sicherheit zu erhöhen."),
                ("Sie können Ihre Einwilligung jederzeit über den Link „Datenschutz-Einstellungen“ am Seitenende "
                 "widerrufen."),
                ("Wir nutzen Technologien wie Cookies und verarbeiten personenbezogene Daten wie IP-Adressen oder "
                 "Browserinformationen, um Inhalte und Anzeigen zu personalisieren."),
                "Werbefrei lesen mit contentpass – für 3,99 € im Monat.",
                ("Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell, während andere uns "
                 "helfen, diese Website und Ihre Erfahrung zu verbessern."),
                ("Personenbezogene Daten können verarbeitet werden (z. B. IP-Adressen), z. B. für personalisierte "
                 "Anzeigen und Inhalte oder Anzeigen- und Inhaltsmessung."),
                "Ihre Privatsphäre ist uns wichtig.",
                "Wir und unsere 142 Partner speichern und/oder greifen auf Informationen auf Ihrem Gerät zu."],
               ["Annehmen und schließen", "Alle Cookies ablehnen", "Datenschutzeinstellungen anpassen",
                "Cookie-Details", "Nur essenzielle akzeptieren", "Auswahl bestätigen", "Einverstanden & weiter",
                "Mit Werbung lesen", "Weiter ohne Einwilligung"]],
        "fr": [[("Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour "
                 "stocker et accéder à des informations personnelles comme votre visite sur ce site."),
                ("Vous pouvez retirer votre consentement ou vous opposer aux traitements basés sur l'intérêt légitime "
                 "à tout moment en cliquant sur « En savoir plus »."),
                "Pour lire nos articles gratuitement, acceptez le dépôt de cookies ou souscrivez à une offre sans pub.",
                ("Ce site utilise Google Analytics. En continuant à naviguer, vous nous autorisez à déposer un cookie "
                 "à des fins de mesure d'audience."),
                "Gestion de vos préférences sur les cookies",
                "Certains cookies sont indispensables au fonctionnement du site et ne peuvent pas être désactivés.",
                ("Le Journal de l'Ouest et ses 180 partenaires traitent vos données à des fins de publicité "
                 "personnalisée.")],
               ["Tout accepter et fermer", "Refuser et continuer", "Refuser tous les cookies",
                "Gérer mes préférences cookies", "Enregistrer mes choix", "OK, tout accepter", "Voir nos partenaires",
                "Accepter les cookies essentiels uniquement"]],
        "es": [[("Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad "
                 "relacionada con sus preferencias mediante el análisis de sus hábitos de navegación."),
                ("Al hacer clic en «Aceptar y continuar», consientes el tratamiento de tus datos por parte de este "
                 "sitio y de sus 213 socios."),
                "Puede obtener más información o configurar sus preferencias aquí.",
                "Para seguir leyendo gratis, acepta las cookies o suscríbete.",
                "Las cookies estrictamente necesarias no requieren tu consentimiento.",
                "En Diario del Sureste respetamos tu privacidad.",
                "Usamos cookies analíticas de Google Analytics para conocer cómo utilizas la web."],
               ["Aceptar y continuar", "Aceptar todas las cookies", "Rechazar todas", "Configurar preferencias",
                "Guardar mi selección", "Leer más sobre cookies", "Continuar sin aceptar", "Solo las esenciales"]],
        "it": [[("Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione, nostri e di "
                 "terze parti."),
                "Se prosegui nella navigazione di questo sito acconsenti all'utilizzo dei cookie.",
                ("Puoi liberamente prestare, rifiutare o revocare il tuo consenso, in qualsiasi momento, accedendo al "
                 "pannello delle preferenze."),
                "Il rifiuto del consenso può rendere non disponibili le relative funzioni.",
                ("Per quanto riguarda la pubblicità, noi e terze parti selezionate potremmo utilizzare dati di "
                 "geolocalizzazione precisi."),
                "Accetta i cookie oppure abbonati per navigare senza pubblicità profilata.",
                "Utilizziamo anche cookie di terze parti per mostrarti annunci in linea con i tuoi interessi."],
               ["Accetta tutti i cookie", "Rifiuta e chiudi", "Personalizza le tue scelte", "Prosegui senza accettare",
                "Salva le mie scelte", "Preferenze sui cookie", "Sì, accetto", "Accetta solo i necessari"]],
        "pt": [[("Utilizamos cookies essenciais e tecnologias semelhantes de acordo com a nossa Política de "
                 "Privacidade e, ao continuar navegando, você concorda com estas condições."),
                "Este site utiliza cookies para personalizar conteúdo e analisar o tráfego.",
                "Usamos cookies para garantir que lhe damos a melhor experiência no nosso website.",
                "Você pode alterar suas preferências a qualquer momento na central de privacidade.",
                "Ao navegar neste site, você aceita os cookies.", "Cookies estritamente necessários: sempre ativos",
                ("Com o seu consentimento, nós e os nossos 95 parceiros utilizamos cookies para publicidade "
                 "personalizada.")],
               ["Concordar e prosseguir", "Aceitar todos os cookies", "Rejeitar cookies opcionais",
                "Gerir as minhas preferências", "Ajustar cookies", "Ok, continuar", "Salvar preferências",
                "Só os essenciais"]],
        "nl": [[("Wij en onze partners gebruiken cookies en vergelijkbare technieken om je een betere ervaring te "
                 "bieden."),
                "Door op 'Akkoord' te klikken ga je akkoord met het gebruik van cookies voor marketing en analyse.",
                "Je kunt je toestemming altijd weer intrekken via 'Cookie-instellingen' onderaan de pagina.",
                "Wil je gratis verder lezen? Accepteer dan de cookies of neem een abonnement.",
                "Wij verzamelen gegevens over jouw bezoek om advertenties relevanter te maken.",
                "Noodzakelijke cookies zorgen ervoor dat de website goed werkt.",
                "Je keuze geldt voor alle websites van ons mediabedrijf en kun je op elk moment wijzigen."],
               ["Akkoord en doorgaan", "Weiger alle cookies", "Cookies instellen", "Mijn keuze opslaan",
                "Ja, alle cookies", "Alleen noodzakelijke", "Lees ons cookiebeleid", "Alleen functioneel"]],
        "ru": [[("Мы используем файлы cookie, чтобы сделать сайт удобнее. Продолжая пользоваться сайтом, вы "
                 "соглашаетесь с этим."),
                "Оставаясь на сайте, вы даёте согласие на обработку персональных данных и использование cookie.",
                "Для анализа посещаемости мы используем сервис Яндекс Метрика.",
                "Как мы используем cookie, описано в Политике обработки персональных данных.",
                "Вы можете запретить сохранение cookie в настройках своего браузера.",
                "Этот сайт использует cookies и похожие технологии.",
                "Мы обрабатываем cookie в целях улучшения работы сайта и показа релевантной рекламы."],
               ["Хорошо, понятно", "Принять все cookie", "Отклонить необязательные", "Настроить cookie",
                "Подробнее о cookie", "Согласен, продолжить", "Закрыть уведомление", "Ок, принимаю"]],
    },
    "legal": {
        "en": [(None, "Copyright © 2025 Lakeshore Public Media. All Rights Reserved. Powered by WordPress VIP."),
               ("Amazon affiliate note:", "As an Amazon Associate I earn from qualifying purchases."),
               (None, "Prices and availability are accurate as of the time of publication and are subject to change."),
               ("About our health coverage", ("The content on this website is provided for informational purposes "
                                              "only and is not intended to diagnose, treat, cure or prevent any "
                                              "disease.")),
               (None, ("*These statements have not been evaluated by the Food and Drug Administration. This product "
                       "is not intended to diagnose, treat, cure, or prevent any disease.")),
               ("AI disclosure:", "This article was drafted with the help of AI tools and reviewed by our editors."),
               ("This is not investment advice.", ("The views expressed are those of the author and do not "
                                                   "necessarily reflect the official policy of Harborview Capital. "
                                                   "Investing involves risk, including possible loss of principal.")),
               (None, ("Content is for informational purposes only. You should not construe any such information as "
                       "legal, tax, investment, financial, or other advice.")),
               (None, ("Copyright 2025 Pacific Wire Service. All rights reserved. This material may not be published, "
                       "broadcast, rewritten or redistributed.")),
               ("Corrections:", ("We strive for accuracy and fairness. If you see something that doesn't look right, "
                                 "contact our newsroom.")),
               (None, ("Registered in England and Wales. Company No. 04481276. Registered office: 12 Mill Lane, "
                       "Bristol.")),
               ("Sponsored", ("This content was paid for by an advertiser and created by our brand studio. The "
                              "newsroom was not involved in its production.")),
               ("Gambling notice:", ("21+ only. Please gamble responsibly. If you or someone you know has a gambling "
                                     "problem, call 1-800-GAMBLER.")),
               (None, ("Terms of Service | Privacy Notice | Cookie Policy | Modern Slavery Statement | Do Not Sell My "
                       "Personal Information")),
               (None, ("This story originally appeared on Grist and is republished here as part of the Climate Desk "
                       "collaboration."))],
        "de": [(None, "© 2025 Mittelhessen Medien GmbH & Co. KG | Impressum | Datenschutz | AGB"),
               ("Hinweis zu Affiliate-Links:", ("Die mit einem Einkaufswagen-Symbol markierten Links führen zu "
                                                "Händlern, von denen wir bei einem Kauf eine Provision erhalten.")),
               ("Hinweis der Redaktion:", "Dieser Text wurde mithilfe von KI erstellt und von der Redaktion geprüft."),
               ("Wichtiger Hinweis zu Gesundheitsthemen", ("Die Informationen ersetzen keinesfalls eine "
                                                           "professionelle Beratung oder Behandlung durch "
                                                           "ausgebildete und anerkannte Ärzte.")),
               (None, "Alle Kursangaben ohne Gewähr. Kurse zeitverzögert um mindestens 15 Minuten."),
               ("Anzeige | Sponsored Post", "Dieser Beitrag wurde im Auftrag unseres Kunden erstellt."),
               (None, "Verantwortlich im Sinne des § 18 Abs. 2 MStV: Thomas Berger, Anschrift wie oben."),
               ("KI-Hinweis:", ("Bei der Erstellung dieses Textes kam ein Sprachmodell zum Einsatz; die Inhalte "
                                "wurden redaktionell geprüft."))],
        "fr": [(None, ("© 2025 Le Journal de l'Ouest – Tous droits réservés | Mentions légales | CGU | Politique de "
                       "confidentialité")),
               ("Publi-rédactionnel", "Cet article vous est proposé par notre partenaire."),
               ("Liens d'affiliation :", ("Cet article contient des liens affiliés : si vous achetez via ces liens, "
                                          "nous pouvons percevoir une commission, sans surcoût pour vous.")),
               (None, "(Avec AFP et Reuters)"),
               ("Mise en garde :", ("Le capital investi n'est pas garanti et peut varier à la hausse comme à la "
                                    "baisse. Document non contractuel.")),
               ("Information santé :", ("Les informations de cet article ne remplacent en aucun cas une consultation "
                                        "médicale.")),
               (None, ("Directeur de la publication : Jean-Marc Lefèvre. Hébergeur : OVH SAS, 2 rue Kellermann, 59100 "
                       "Roubaix.")),
               ("Transparence :", ("Cet article a été rédigé avec l'aide d'un outil d'intelligence artificielle et "
                                   "relu par notre rédaction."))],
        "es": [(None, "© 2025 Diario del Sureste. Todos los derechos reservados. Aviso legal | Política de privacidad"),
               ("Contenido patrocinado", ("Este contenido ha sido elaborado por nuestro equipo de branded content "
                                          "para un anunciante.")),
               ("Aviso sobre enlaces:", ("Algunos enlaces de esta página son de afiliados, lo que significa que "
                                         "podemos recibir una comisión si compras a través de ellos.")),
               ("Advertencia CNMV:", ("La inversión en criptoactivos no está regulada, puede no ser adecuada para "
                                      "inversores minoristas y perderse la totalidad del importe invertido.")),
               (None, ("Queda prohibida la reproducción total o parcial de los contenidos de esta web sin "
                       "autorización.")),
               ("Nota informativa:", ("Este artículo tiene fines exclusivamente informativos y no sustituye el "
                                      "consejo de un profesional sanitario.")),
               (None, "Juega con responsabilidad. +18. Autoprohibición: jugarbien.es"),
               ("Transparencia:", ("Este texto ha sido generado con ayuda de inteligencia artificial y revisado por "
                                   "un periodista."))],
        "it": [(None, "© Riproduzione riservata. Eco della Valsesia, via Roma 12, Varallo"),
               (None, "P.IVA 01234560987 – Iscrizione al ROC n. 23145 – Tutti i diritti riservati"),
               ("Contenuto sponsorizzato", ("Articolo realizzato in collaborazione con il brand; i prodotti sono "
                                            "stati scelti in autonomia dalla redazione.")),
               ("Nota sui link affiliati:", ("In qualità di Affiliato Amazon riceviamo un guadagno dagli acquisti "
                                             "idonei.")),
               ("Avvertenza sanitaria:", ("I contenuti di questa pagina hanno scopo divulgativo e non intendono "
                                          "sostituire la visita specialistica.")),
               (None, "Gioca responsabilmente. Il gioco è vietato ai minori e può causare dipendenza patologica."),
               ("Esclusione di responsabilità:", ("Questo articolo non costituisce un'offerta o una sollecitazione "
                                                  "all'investimento.")),
               ("Trasparenza:", ("Questo articolo è stato scritto con il supporto di strumenti di intelligenza "
                                 "artificiale e verificato dalla redazione."))],
        "pt": [(None, ("© Copyright 2000-2025 Folha do Vale. Todos os direitos reservados. É proibida a reprodução do "
                       "conteúdo desta página em qualquer meio de comunicação sem autorização.")),
               ("Conteúdo de marca", "Produzido pelo estúdio de conteúdo em parceria com o anunciante."),
               ("Links de afiliados:", ("Ao comprar por meio dos links desta página, podemos receber uma comissão, "
                                        "sem custo adicional para você.")),
               ("Aviso ao investidor:", ("Este conteúdo não constitui recomendação de investimento. Rentabilidade "
                                         "passada não é garantia de rentabilidade futura.")),
               (None, "Aposte com responsabilidade. Proibido para menores de 18 anos."),
               ("Importante para sua saúde:", "As informações deste site não substituem a orientação de um médico."),
               (None, "Jornal do Norte Ltda. – CNPJ 12.345.678/0001-90 – Av. Brasil, 1500, Recife/PE"),
               ("Transparência:", ("Este texto foi produzido com auxílio de inteligência artificial e revisado pela "
                                   "equipe editorial."))],
        "nl": [(None, "© 2025 Gelders Dagblad | Alle rechten voorbehouden | Colofon | Privacy | Cookies"),
               ("Partnerbijdrage", "Dit artikel is tot stand gekomen in samenwerking met een commerciële partner."),
               ("Over onze links:", ("Als je via een link op deze pagina iets koopt, ontvangen wij mogelijk een "
                                     "kleine vergoeding.")),
               (None, "Let op! U belegt buiten AFM-toezicht. Geen vergunningplicht voor deze activiteit."),
               (None, "Let op! Geld lenen kost geld."),
               ("Vrijwaring:", ("De informatie op deze website is uitsluitend bedoeld als algemene informatie en "
                                "vervangt geen medisch advies.")),
               (None, "18+ | Wat kost gokken jou? Stop op tijd."),
               ("Transparantie:", "Dit artikel is met behulp van AI geschreven en door een redacteur gecontroleerd.")],
        "ru": [(None, ("© 2008–2025 «Волжская правда». При полном или частичном использовании материалов ссылка "
                       "обязательна.")),
               (None, ("Сетевое издание зарегистрировано Федеральной службой по надзору в сфере связи (Роскомнадзор). "
                       "Свидетельство Эл № ФС77-81234.")),
               (None, "Сайт может содержать материалы, не предназначенные для лиц младше 16 лет."),
               ("Реклама.", "ООО «Ромашка», ИНН 7701234567. erid: 2SDnjdZ4bKq"),
               ("Дисклеймер:", ("Материал носит информационный характер и не является индивидуальной инвестиционной "
                                "рекомендацией. Инвестиции связаны с риском потери капитала.")),
               ("Имеются противопоказания.", "Необходимо проконсультироваться со специалистом."),
               (None, "Все права защищены. Использование материалов без согласия правообладателя запрещено."),
               (None, "Текст подготовлен с использованием нейросети и проверен редакцией.")],
    },
    "newsletter": {
        "en": [["Thanks for reading The Weekly Ledger! Subscribe for free to receive new posts and support my work.",
                "Type your email...", "Not now, keep reading", "Join 42,000+ readers",
                "This content is free, but you must be subscribed to The Daily Draft to continue reading.",
                "* indicates required", "Where should we send it? Enter your email", "First Name",
                "Thank you for subscribing!",
                "This email cannot be added to this list. Please enter a different email address.",
                ("You can change your mind at any time by clicking the unsubscribe link in the footer of any email "
                 "you receive from us."),
                ("We use Mailchimp as our marketing platform. By clicking below to subscribe, you acknowledge that "
                 "your information will be transferred to Mailchimp for processing."),
                "Get the best of our journalism delivered straight to your inbox.",
                ("By signing up, you agree to our Terms of Use and acknowledge the data practices in our Privacy "
                 "Policy."),
                "No spam, ever. We promise.", "Powered by beehiiv"]],
        "de": [["Jetzt zum Newsletter anmelden und keine Neuigkeiten mehr verpassen!",
                "Wohin dürfen wir den Newsletter schicken?", "Kostenlos abonnieren",
                ("Bitte bestätigen Sie Ihre Anmeldung über den Link in der E-Mail, die wir Ihnen soeben geschickt "
                 "haben."),
                "Der Newsletter kann jederzeit über einen Link am Ende jeder Mail abbestellt werden.", "* Pflichtfeld",
                "Das Wichtigste des Tages, kompakt zusammengefasst – jeden Abend per Mail.",
                "Bereits 30.000 Leserinnen und Leser haben ihn abonniert."]],
        "fr": [["Tous les vendredis, une sélection de nos meilleurs articles dans votre boîte mail",
                "Votre adresse email *", "Valider", "Inscription confirmée ! Vérifiez votre boîte de réception.",
                "En vous inscrivant, vous acceptez de recevoir nos courriels et nos conditions d'utilisation.",
                "Pas de spam, promis.", "Rejoignez les 25 000 abonnés de notre lettre d'information",
                "Déjà 40 000 abonnés. Et vous ?"]],
        "es": [["Suscríbete a nuestra newsletter y recibe las noticias más importantes del día",
                "Introduce tu correo electrónico", "Sí, quiero suscribirme",
                "He leído y acepto la política de privacidad", "¡Bienvenido! Ya formas parte de la lista.",
                "Recibirás un email para confirmar tu suscripción.", "Sin spam. Solo lo mejor, una vez a la semana.",
                "Únete a más de 50.000 lectores"]],
        "it": [["Iscriviti alla newsletter e ricevi ogni giorno le notizie più importanti", "Scrivi la tua mail qui",
                "Iscrivimi alla newsletter", "Ho letto l'informativa privacy e acconsento al trattamento dei miei dati",
                "Iscrizione completata!", "Ti abbiamo inviato un'email di conferma.", "Niente spam, promesso.",
                "Già 20.000 iscritti: unisciti a loro"]],
        "pt": [["Inscreva-se na nossa newsletter e receba as principais notícias", "Informe o e-mail onde quer receber",
                "Quero receber a newsletter", "Li e concordo com a política de privacidade",
                "Inscrição realizada com sucesso!", "Enviamos um e-mail de confirmação para você.",
                "Zero spam. Você pode sair quando quiser.", "Junte-se a mais de 100 mil leitores"]],
        "nl": [["Ontvang elke ochtend om 7 uur de belangrijkste koppen", "Jouw e-mailadres",
                "Aanmelden voor de nieuwsbrief", "Ik ga akkoord met de privacyverklaring",
                "Bedankt voor je inschrijving!", "Check je mailbox om je inschrijving te bevestigen.",
                "Elke vrijdag het beste van de week in je mailbox", "Al 25.000 lezers gingen je voor"]],
        "ru": [["Подпишитесь на еженедельный дайджест", "Ваш адрес электронной почты", "Подписаться на рассылку",
                "Я согласен на обработку персональных данных", "Готово! Вы подписаны.",
                "Мы отправили письмо для подтверждения.", "Самые интересные материалы недели — раз в неделю, без спама",
                "Нас читают уже 40 000 подписчиков"]],
    },
    "share": {
        "en": [["Click to share on Facebook (Opens in new window)", "Click to print (Opens in new window)",
                "Click to email a link to a friend (Opens in new window)", "Click to tweet", "Post on Bluesky",
                "Copy link to clipboard", "Send this story", "Give this article", "Share full article",
                "You can share this article with up to 10 friends per month.", "Add us as a preferred source on Google",
                "Know someone who'd like this? Share it."],
               ["Facebook", "X (formerly Twitter)", "Gmail", "Outlook.com", "Yahoo Mail", "Instapaper", "Feedly",
                "Digg", "Evernote", "Text message", "Copy URL to clipboard", "Print-friendly version", "Truth Social",
                "Mix"]],
        "de": [["Diesen Beitrag weiterempfehlen", "Bei Facebook teilen", "Per E-Mail teilen", "Teilen über …",
                "Artikel verschenken", "Folgen Sie uns auf Google News", "Empfehlen Sie uns weiter:"],
               ["Facebook", "X (ehemals Twitter)", "Threema", "Signal", "Als Mail senden", "URL kopieren",
                "Druckansicht", "Per SMS"]],
        "fr": [["Partager via Facebook", "Partager par e-mail", "Partager ce contenu", "Offrir cet article",
                "Suivez-nous sur Google Actualités", "Sauvegarder", "Vous avez aimé cet article ? Partagez-le !"],
               ["Facebook", "X (ex-Twitter)", "Signal", "Gmail", "Envoyer par SMS", "Version imprimable",
                "Copier l'URL"]],
        "es": [["Publicar en Facebook", "Compartir por correo", "Compartir artículo", "Regalar artículo",
                "Síguenos en Google Noticias", "Guardar", "¿Te ha gustado? Compártelo:"],
               ["Facebook", "X (antes Twitter)", "Threads de Instagram", "Gmail", "Enviar por SMS",
                "Versión para imprimir", "Copiar URL"]],
        "it": [["Pubblica su Facebook", "Condividi via email", "Condividi questa notizia", "Regala questo articolo",
                "Seguici su Google News", "Salva", "Ti è piaciuto? Condividilo:"],
               ["Facebook", "X (ex Twitter)", "Signal", "Gmail", "Invia per SMS", "Versione stampabile", "Copia URL"]],
        "pt": [["Compartilhar no Facebook", "Compartilhar por e-mail", "Partilhar artigo", "Presentear esta reportagem",
                "Siga-nos no Google Notícias", "Salvar para ler depois", "Compartilhe esta matéria:"],
               ["Facebook", "X (antigo Twitter)", "Kwai", "Gmail", "Enviar por SMS", "Versão para impressão",
                "Copiar URL"]],
        "nl": [["Deel op Facebook", "Mail dit artikel", "Dit artikel delen", "Cadeau geven",
                "Volg ons op Google Nieuws", "Bewaar artikel", "Vond je dit interessant? Deel het:"],
               ["Facebook", "X (voorheen Twitter)", "Signal", "Gmail", "Stuur via sms", "Printversie", "Kopieer URL"]],
        "ru": [["Поделиться в ВК", "Отправить по почте", "Поделиться статьёй", "Подписывайтесь на наш канал в Telegram",
                "Читайте нас в Дзене", "Сохранить в закладки", "Понравилось? Расскажите друзьям:"],
               ["VK", "MAX", "Телеграм", "Вайбер", "ЖЖ", "Копировать адрес", "Версия для печати"]],
    },
    "comments": {
        "en": [["Notify me of followup comments via e-mail. You can also subscribe without commenting.",
                "Notify me of new posts by email.", "Click here to cancel reply.",
                "This site uses Akismet to reduce spam. Learn how your comment data is processed.", "Log in to Reply",
                "You must be signed in to comment.", "Start the discussion…", "Nobody has commented yet.",
                "Sort by Best", "Your comment is awaiting moderation.", "Comment guidelines", "Show 5 more replies",
                "Type your comment here…", "Also post on Facebook", "View 12 more comments", "Flag as inappropriate",
                "Reply With Quote"]],
        "de": [["Jetzt kommentieren",
                "Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
                "Kommentare werden vor der Veröffentlichung geprüft.", "Hier kann nicht mehr kommentiert werden.",
                "Alle Kommentare anzeigen", "Melden", "Antworten abbrechen",
                "Bisher hat niemand kommentiert – machen Sie den Anfang!", "Zitieren"]],
        "fr": [["Donnez votre avis sur cet article",
                "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
                "Annuler la réponse", "Les réactions sont closes pour cet article.", "Signaler un abus",
                "Afficher plus de commentaires", "Soyez le premier à réagir", "Connectez-vous pour réagir",
                "Citer ce message"]],
        "es": [["Deja tu comentario",
                "Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *",
                "Cancelar la respuesta", "Comentarios cerrados para esta noticia.", "Denunciar comentario",
                "Cargar más comentarios", "Nadie ha comentado todavía. ¡Anímate!", "Inicia sesión para comentar",
                "Citar mensaje"]],
        "it": [["Scrivi qui il tuo commento",
                "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *",
                "Annulla risposta", "Commenti chiusi per questo articolo.", "Segnala commento",
                "Carica altri 10 commenti", "Commenta per primo", "Accedi per commentare", "Rispondi citando"]],
        "pt": [["Deixe seu comentário",
                "O seu endereço de email não será publicado. Campos obrigatórios marcados com *", "Cancelar resposta",
                "Comentários encerrados.", "Denunciar comentário", "Ver mais comentários",
                "Ninguém comentou ainda. Comente primeiro!", "Faça login para comentar", "Responder com citação"]],
        "nl": [["Geef je reactie", "Je e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *",
                "Reactie annuleren", "Reageren op dit artikel is gesloten.", "Reactie melden", "Toon meer reacties",
                "Nog geen reacties. Wees de eerste!", "Log in om te reageren", "Citeren"]],
        "ru": [["Прокомментировать", "Ваш адрес email не будет опубликован. Обязательные поля помечены *",
                "Отменить ответ", "Комментирование этой записи отключено.", "Пожаловаться", "Показать ещё комментарии",
                "Будьте первым, кто оставит комментарий", "Войдите, чтобы комментировать", "Ответить с цитатой"]],
    },
    "related": {
        "en": ["You might also enjoy", "Sponsored Links by Taboola", "Recommended by Outbrain", "Promoted Links",
               "Trending right now", "Coming up next", "Previously:", "Go deeper:", "Tagged with:", "Earlier coverage:",
               "More from Health", "Don't miss these", "Customers also bought", "Similar products",
               "Topics in this article"],
        "de": ["Diese Artikel könnten Sie auch interessieren", "Ebenfalls interessant:", "Lesetipp:", "Schlagworte:",
               "Top-Artikel", "Anzeige – Sponsored Links", "Weitere Artikel aus dem Ressort", "Kunden kauften auch"],
        "fr": ["À découvrir également :", "Vous aimerez peut-être aussi", "Autour du même sujet",
               "Mots clés associés :", "Recommandé par Outbrain", "Les articles les plus lus",
               "Aussi dans la rubrique Société", "Les clients ont également acheté"],
        "es": ["Puede que también te interese", "Te recomendamos:", "Etiquetas relacionadas:", "Lo más leído hoy",
               "Contenido patrocinado por Taboola", "Más noticias de Deportes", "Noticias destacadas",
               "Los clientes también compraron"],
        "it": ["Articoli che potrebbero interessarti", "Potrebbe interessarti:", "Tag:", "I più letti di oggi",
               "Consigliati da Outbrain", "Altre notizie dalla sezione", "Ti potrebbe piacere",
               "Chi ha acquistato questo articolo ha acquistato anche"],
        "pt": ["Você também pode se interessar", "Confira também:", "Tags relacionadas:", "Mais lidas da semana",
               "Conteúdo patrocinado por Taboola", "Mais notícias de Economia", "Escolhidos para você",
               "Quem comprou, comprou também"],
        "nl": ["Dit vind je misschien ook leuk", "Eerder verschenen:", "Tags bij dit artikel:", "Meest gelezen vandaag",
               "Aanbevolen door Outbrain", "Meer over dit thema", "Ook interessant voor jou", "Anderen bekeken ook"],
        "ru": ["Вам также может понравиться", "Ранее мы писали:", "Теги статьи:", "Популярное за неделю",
               "Рекомендуем прочитать", "Другие материалы рубрики", "Ещё на эту тему", "С этим товаром покупают"],
    },
    "navigation": {
        "en": ["Home » Recipes » Breakfast » Pancakes", "You are here: Home / Guides / Camping Gear", "Browse sections",
               "Skip to primary sidebar", "‹ Prev", "Read the next article ›", "1 2 3 … 27 Next ›",
               "Showing 1–24 of 318 results", "Sort by: Featured", "Shop All Deals Gift Cards Help Sign In Cart (0)",
               "Forums › General Discussion › Off-topic", "Viewing 15 posts - 1 through 15 (of 42 total)",
               "Load more stories", "About Us Contact Advertise Careers Privacy Policy", "Search for:"],
        "de": ["Sie sind hier: Startseite › Wirtschaft › Verbraucher", "Navigation öffnen", "« Vorheriger Beitrag",
               "Nächste Seite »", "1 2 3 … 12 Weiter", "Über uns Kontakt Impressum Datenschutz Mediadaten",
               "Mehr laden", "Zurück zur Artikelübersicht", "Forum › Allgemeines › Off-Topic",
               "Sortieren nach: Relevanz"],
        "fr": ["Vous êtes ici : Accueil » Actualités » Société", "Aller directement au contenu", "Ouvrir la navigation",
               "« Publication précédente", "Page suivante »", "1 2 3 … 9 Suivant",
               "Qui sommes-nous Contact Publicité Mentions légales", "Charger plus d'articles",
               "Forum › Discussions générales › Hors-sujet", "Trier par : Pertinence"],
        "es": ["Estás en: Inicio › Local › Sevilla", "Ir al contenido principal", "Abrir el menú de secciones",
               "« Anterior", "Siguiente página »", "1 2 3 … 15 Siguiente",
               "Quiénes somos Contacto Publicidad Aviso legal", "Cargar más noticias", "Foro › General › Off-topic",
               "Ordenar por: Relevancia"],
        "it": ["Sei qui: Home » Cronaca » Torino", "Vai direttamente al contenuto", "Apri menu sezioni",
               "« Notizia precedente", "Pagina successiva »", "1 2 3 … 20 Avanti",
               "Chi siamo Contatti Pubblicità Privacy", "Carica altri articoli",
               "Forum › Discussioni generali › Off topic", "Ordina per: Rilevanza"],
        "pt": ["Você está aqui: Início » Notícias » Cidades", "Ir direto ao conteúdo", "Abrir menu de editorias",
               "« Post anterior", "Próxima página »", "1 2 3 … 11 Próximo",
               "Quem somos Contato Anuncie Política de privacidade", "Carregar mais notícias",
               "Fórum › Geral › Off-topic", "Ordenar por: Mais relevantes"],
        "nl": ["U bent hier: Home » Wonen » Tuin", "Naar de inhoud springen", "Open het menu", "« Vorig bericht",
               "Volgende pagina »", "1 2 3 … 8 Volgende", "Over ons Contact Adverteren Privacy", "Meer artikelen laden",
               "Forum › Algemeen › Off-topic", "Sorteer op: Relevantie"],
        "ru": ["Вы здесь: Главная » Авто » Тест-драйвы", "Перейти к контенту", "Показать меню", "« Предыдущая запись",
               "Следующая страница »", "1 2 3 … 40 Далее", "О проекте Контакты Реклама Вакансии", "Загрузить ещё",
               "Форум › Общение › Флудилка", "Сортировать: по популярности"],
    },
    "login": {
        "en": ["Continue with Microsoft", "Reset your password", "Keep me signed in on this device",
               "No account yet? Create one for free", "Log in or subscribe to continue reading",
               "This story is available exclusively to subscribers.", "Subscribe to unlock this article",
               "This is your last free article this month.", "Already a member? Log in here",
               "Create a free account to save articles and follow topics.", "Cancel anytime.",
               "Only $4.99/month for the first year", "Register now to continue reading",
               "You must log in or register to reply here.", "Manage subscription"],
        "de": ["Anmelden mit Apple", "Passwort zurücksetzen", "Eingeloggt bleiben",
               "Noch kein Nutzerkonto? Kostenlos registrieren",
               "Dieser Inhalt ist exklusiv für Abonnentinnen und Abonnenten.",
               "Sie sind bereits Abonnent? Hier einloggen", "Jederzeit kündbar", "Alle plus+-Artikel lesen",
               "Sie haben noch 2 kostenlose Artikel in diesem Monat.",
               "Sie müssen angemeldet sein, um hier antworten zu können."],
        "fr": ["Connexion avec Apple", "Réinitialiser le mot de passe", "Rester connecté",
               "Pas encore inscrit ? Créez votre compte", "Cet article est réservé à nos abonnés numériques.",
               "Vous êtes déjà abonné ? Identifiez-vous", "Sans engagement, résiliable à tout moment",
               "1 € le premier mois", "Plus que 1 article offert ce mois-ci.",
               "Vous devez être connecté pour répondre à ce sujet."],
        "es": ["Iniciar sesión con Apple", "Restablecer contraseña", "Mantener la sesión iniciada",
               "¿Aún no tienes cuenta? Créala gratis", "Esta noticia es exclusiva para suscriptores digitales.",
               "¿Ya tienes una suscripción? Accede aquí", "Cancela cuando quieras", "1 € el primer mes",
               "Te quedan 2 noticias gratis este mes.", "Debes iniciar sesión para responder en este tema."],
        "it": ["Accedi con Apple", "Reimposta la password", "Resta collegato",
               "Non sei ancora registrato? Crea un account", "Contenuto riservato agli abbonati Premium.",
               "Hai già un abbonamento? Entra", "Disdici quando vuoi", "1 € al mese per 3 mesi",
               "Ti restano 2 articoli gratuiti questo mese.",
               "Devi essere registrato per rispondere in questa discussione."],
        "pt": ["Entrar com a Apple", "Redefinir senha", "Manter-me conectado", "Não tem conta? Cadastre-se",
               "Este conteúdo é exclusivo para assinantes.", "Já é assinante? Entre aqui", "Cancele quando quiser",
               "R$ 1,90 no primeiro mês", "Você ainda tem 2 reportagens grátis este mês.",
               "Você precisa estar logado para responder."],
        "nl": ["Inloggen met Apple", "Wachtwoord herstellen", "Ingelogd blijven op dit apparaat",
               "Nieuw hier? Maak een gratis account aan", "Dit is een artikel voor abonnees.",
               "Al abonnee? Log hier in", "Maandelijks opzegbaar", "Eerste maand voor € 1",
               "Je hebt deze maand nog 2 gratis artikelen.", "Je moet ingelogd zijn om in dit topic te reageren."],
        "ru": ["Войти через VK ID", "Восстановить пароль", "Запомнить меня на этом устройстве",
               "Ещё нет аккаунта? Создайте его", "Этот материал доступен только подписчикам.", "Уже подписаны? Войдите",
               "Отменить подписку можно в любой момент", "Первый месяц за 1 ₽",
               "В этом месяце у вас осталось 2 бесплатных материала.",
               "Чтобы ответить в теме, войдите или зарегистрируйтесь."],
    },
}


# An eighth set, held out: written from memory of real sites (nginx/Apache/Cloudflare/Varnish/WordPress
# error and maintenance pages, geo-blocked and age-gated video, TCF consent managers, metered paywalls,
# newsletter and push-notification prompts, comment systems, recommendation widgets, shop and forum
# furniture, syndication/affiliate/medical/financial/gambling notices) in all 8 languages, without reading
# the step's tables or sets 4 and 7, in wordings new to the sets above; measured once, as it is
# (`clean_bench.py --heldout 8`).
HELDOUT8 = {
    "error": {
        "en": [["Error 403 (Forbidden)", "504 Gateway Time-out", "Error 1020: Access denied",
                "503 Service Temporarily Unavailable", "Page not found – let's get you back on track",
                "We'll be right back", "Nothing to see here", "Are you lost?", "Error 429 – Too Many Requests",
                "Dead end"],
               [("The server is temporarily unable to service your request due to maintenance downtime or capacity "
                 "problems."),
                "This site can't be reached right now. Please try again in a few minutes.",
                "It seems we can't find what you're looking for. Perhaps searching can help.",
                "The requested resource could not be found but may be available again in the future.",
                "Briefly unavailable for scheduled maintenance. Check back in a minute.",
                "Sorry, this content isn't available in your region due to rights restrictions.",
                "This video has been removed by the uploader.",
                "You do not have permission to view this page. If you believe this is an error, contact support.",
                "The link may be outdated, or the page may have been taken down.",
                "Please enable JavaScript to view this page.", "This product is no longer available.",
                "Checking if the site connection is secure. This may take a few seconds.",
                "Playback error. Please try again later."],
               ["Take me to the homepage", "Refresh this page", "Back to safety", "Tell us about the broken link",
                "Try searching instead", "Retry", "See our latest headlines", "Visit the help center",
                "Continue shopping", "Go back to the previous page"]],
        "de": [["Fehler 500 – Interner Serverfehler", "Zugriff nicht erlaubt (403)", "Hier ist nichts",
                "Gleich wieder da!", "Seite nicht erreichbar", "Hoppla, Sackgasse!"],
               ["Die gewünschte Seite wurde leider nicht gefunden.",
                "Unsere Website wird gerade aktualisiert. Bitte versuchen Sie es in wenigen Minuten erneut.",
                "Aus rechtlichen Gründen ist dieses Video in Ihrer Region nicht abrufbar.",
                "Dieser Artikel ist nicht mehr online verfügbar.",
                "Bitte aktivieren Sie JavaScript, um diese Seite anzuzeigen.",
                "Der Server ist derzeit überlastet. Bitte haben Sie etwas Geduld.",
                "Beim Abspielen des Videos ist ein Fehler aufgetreten.",
                "Zu viele Anfragen. Bitte warten Sie einen Moment."],
               ["Zurück zur Homepage", "Erneut versuchen", "Zur Suchfunktion", "Kontakt zum Support",
                "Weiter einkaufen"]],
        "fr": [["Erreur 500 – Erreur interne", "Accès interdit (403)", "Page introuvable !", "On revient vite !",
                "Lien mort", "Aïe, cette page s'est égarée"],
               ["La page que vous recherchez n'existe pas ou a été déplacée.",
                "Notre site est en cours de mise à jour, merci de revenir dans quelques instants.",
                "Pour des raisons de droits, cette vidéo n'est pas disponible dans votre zone géographique.",
                "Cet article n'est plus en ligne.", "Veuillez activer JavaScript pour afficher cette page.",
                "Le serveur ne répond pas. Veuillez réessayer plus tard.",
                "Une erreur est survenue lors de la lecture de la vidéo.",
                "Trop de requêtes. Merci de patienter quelques instants."],
               ["Retour à la page d'accueil du site", "Réessayer", "Lancer une recherche", "Signaler un lien cassé",
                "Continuer mes achats"]],
        "es": [["Error 500 – Error interno del servidor", "Acceso prohibido (403)", "No encontramos esta página",
                "Volvemos enseguida", "Enlace roto", "¡Ups! Te has perdido"],
               ["Lo sentimos, la página que buscas no existe o se ha movido.",
                "Estamos actualizando la web. Inténtalo de nuevo en unos minutos.",
                "Por motivos de derechos, este vídeo no se puede ver desde tu ubicación.",
                "Este artículo ya no está disponible en línea.",
                "Activa JavaScript en tu navegador para ver esta página.",
                "El servidor está tardando demasiado en responder.",
                "Se ha producido un error al reproducir el vídeo.",
                "Demasiadas solicitudes. Espera un momento e inténtalo de nuevo."],
               ["Volver a portada", "Reintentar", "Hacer una búsqueda", "Avisar de un enlace roto",
                "Seguir comprando"]],
        "it": [["Errore 500 – Errore interno", "Accesso non autorizzato", "Pagina non trovata!", "Torniamo subito",
                "Link non valido", "Ops! Ti sei perso?"],
               ["Siamo spiacenti, la pagina richiesta non esiste o è stata spostata.",
                "Il sito è in aggiornamento. Riprova tra qualche minuto.",
                "Per motivi di diritti, questo video non è visibile nella tua area geografica.",
                "Questo articolo non è più disponibile online.",
                "Abilita JavaScript nel browser per visualizzare la pagina.",
                "Il server non risponde. Riprova più tardi.",
                "Si è verificato un errore durante la riproduzione del video.",
                "Troppe richieste. Attendi qualche istante."],
               ["Vai alla home", "Riprova", "Fai una ricerca", "Segnala il link non funzionante",
                "Continua lo shopping"]],
        "pt": [["Erro 500 – Erro interno do servidor", "Acesso proibido (403)", "Essa página não existe",
                "Voltamos já", "Link quebrado", "Ops! Você se perdeu"],
               ["Desculpe, a página que você procura não existe ou mudou de endereço.",
                "Estamos atualizando o site. Tente novamente em alguns minutos.",
                "Por questões de direitos, este vídeo não pode ser exibido na sua região.",
                "Esta matéria não está mais disponível.", "Ative o JavaScript do seu navegador para ver esta página.",
                "O servidor demorou demais para responder.", "Ocorreu um erro ao reproduzir o vídeo.",
                "Muitas solicitações. Aguarde um instante e tente de novo."],
               ["Ir para a home", "Tentar novamente", "Fazer uma busca", "Avisar sobre link quebrado",
                "Continuar comprando"]],
        "nl": [["Fout 500 – Interne serverfout", "Toegang geweigerd", "Deze pagina bestaat niet (meer)",
                "We zijn zo terug", "Kapotte link", "Oeps, verdwaald?"],
               ["Sorry, de pagina die je zoekt bestaat niet (meer) of is verplaatst.",
                "We zijn de website aan het bijwerken. Probeer het over een paar minuten opnieuw.",
                "Vanwege rechten is deze video niet te bekijken in jouw regio.",
                "Dit artikel is niet langer online beschikbaar.", "Schakel JavaScript in om deze pagina te bekijken.",
                "De server reageert niet. Probeer het later nog eens.",
                "Er ging iets mis bij het afspelen van de video.",
                "Te veel verzoeken. Wacht even en probeer het opnieuw."],
               ["Ga naar de voorpagina", "Opnieuw proberen", "Zoeken", "Meld een kapotte link", "Verder winkelen"]],
        "ru": [["Ошибка 500 — внутренняя ошибка сервера", "Ошибка 403: доступ ограничен", "Такой страницы нет",
                "Скоро вернёмся", "Битая ссылка", "Кажется, вы заблудились"],
               ["К сожалению, запрашиваемая страница не существует или была перемещена.",
                "Сайт обновляется. Попробуйте зайти через несколько минут.",
                "По решению правообладателя видео недоступно в вашем регионе.", "Этот материал больше не доступен.",
                "Для работы сайта включите JavaScript в браузере.", "Сервер не отвечает. Повторите попытку позже.",
                "Произошла ошибка при воспроизведении видео.", "Слишком много запросов. Подождите немного."],
               ["Перейти на главную страницу сайта", "Повторить попытку", "Воспользуйтесь поиском",
                "Сообщить о битой ссылке", "Продолжить покупки"]],
    },
    "cookie": {
        "en": [["We value your privacy",
                ("We and our partners store and/or access information on a device, such as unique IDs in cookies, "
                 "to process personal data."),
                ("This site uses cookies to offer you a better browsing experience. Find out more on how we use "
                 "cookies and how you can change your settings."),
                ("By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance "
                 "site navigation, analyze site usage, and assist in our marketing efforts."),
                ("Some of our partners may process your data as part of their legitimate business interest without "
                 "asking for consent."),
                "You can change your preferences at any time by clicking “Cookie Settings” at the bottom of the page.",
                ("We use essential cookies to make our site work. With your consent, we may also use non-essential "
                 "cookies to improve user experience and analyze website traffic."),
                "Privacy Preference Center", "Performance cookies allow us to count visits and traffic sources.",
                "Targeting cookies may be set through our site by our advertising partners.",
                "This content is hosted by a third party. To view it, please allow social media cookies."],
               ["Accept all & continue", "Reject All", "Manage Cookie Preferences", "Confirm My Choices",
                "Allow all and continue", "Decline optional cookies", "Customize", "OK, got it", "Show purposes",
                "Save my selection", "Essential cookies only", "Your Privacy Choices"]],
        "de": [["Wir respektieren Ihre Privatsphäre",
                ("Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem Gerät zu, wie z. B. "
                 "Cookies, und verarbeiten personenbezogene Daten."),
                "Durch Klicken auf „Alle akzeptieren“ stimmen Sie der Speicherung von Cookies auf Ihrem Gerät zu.",
                "Ihre Auswahl können Sie jederzeit unter „Privatsphäre-Einstellungen“ am Seitenende ändern.",
                "Externe Inhalte: Um diesen Inhalt anzuzeigen, müssen Sie Cookies von Drittanbietern zulassen.",
                "Statistik-Cookies helfen uns zu verstehen, wie Besucher mit der Website interagieren."],
               ["Alle Cookies zulassen", "Nur technisch notwendige Cookies", "Auswahl bestätigen",
                "Cookie-Einstellungen", "Individuelle Einstellungen", "Einverstanden und weiter", "Inhalt entsperren"]],
        "fr": [["Vos données, vos choix",
                ("Nous et nos partenaires stockons et/ou accédons à des informations sur un appareil, telles que "
                 "des cookies, et traitons des données personnelles."),
                "En cliquant sur « Tout accepter », vous acceptez le stockage de cookies sur votre appareil.",
                "Vous pouvez modifier vos préférences à tout moment via le lien « Gérer mes cookies » en bas de page.",
                "Ce contenu est bloqué car vous n'avez pas accepté les cookies de réseaux sociaux.",
                "Les cookies de mesure d'audience nous permettent de comprendre comment le site est utilisé."],
               ["Accepter tous les cookies", "Refuser tous les cookies", "Non merci, continuer sans accepter",
                "Gérer mes préférences", "Enregistrer", "Accepter & fermer", "Afficher le contenu"]],
        "es": [["Tu privacidad es importante para nosotros",
                ("Nosotros y nuestros socios almacenamos o accedemos a información en un dispositivo, como cookies, "
                 "y tratamos datos personales."),
                "Al hacer clic en «Aceptar todo», aceptas el almacenamiento de cookies en tu dispositivo.",
                "Puedes modificar tus preferencias en cualquier momento desde «Configuración de cookies».",
                "Este contenido está bloqueado. Acepta las cookies de terceros para verlo.",
                "Utilizamos cookies propias y de terceros con fines analíticos y publicitarios."],
               ["Aceptar todas las cookies", "Rechazar todas", "Ajustes de privacidad", "Guardar mi selección",
                "Aceptar y continuar", "Más opciones", "Mostrar contenido"]],
        "it": [["La tua privacy è importante per noi",
                ("Noi e i nostri fornitori utilizziamo cookie e identificatori simili per misurare il pubblico e "
                 "mostrarti pubblicità personalizzata."),
                "Cliccando su «Accetta tutto» acconsenti alla memorizzazione dei cookie sul tuo dispositivo.",
                "Puoi modificare le tue scelte in qualsiasi momento dal link «Preferenze cookie» a fondo pagina.",
                "Questo contenuto è bloccato: accetta i cookie di terze parti per visualizzarlo.",
                "Chiudendo questo banner acconsenti all'uso dei soli cookie tecnici."],
               ["Accetta tutto", "Rifiuta tutti", "Chiudi e continua senza accettare", "Personalizza le tue scelte",
                "Salva le preferenze", "Accetta e continua", "Mostra contenuto"]],
        "pt": [["Sua privacidade é importante",
                ("Nós e os nossos parceiros armazenamos e/ou acedemos a informações num dispositivo, tais como "
                 "cookies, e processamos dados pessoais."),
                "Ao clicar em \"Aceitar todos\", você concorda com o armazenamento de cookies no seu dispositivo.",
                "Você pode alterar suas preferências a qualquer momento em \"Configurações de cookies\".",
                "Este conteúdo está bloqueado. Aceite os cookies de terceiros para visualizá-lo.",
                "Utilizamos cookies essenciais e, com o seu consentimento, cookies de publicidade."],
               ["Permitir todos", "Rejeitar opcionais", "Gerenciar preferências", "Salvar preferências",
                "Continuar sem aceitar", "Aceitar e continuar", "Exibir conteúdo"]],
        "nl": [["Jouw privacy is belangrijk voor ons",
                ("Wij en onze partners slaan informatie op en/of openen informatie op een apparaat, zoals cookies, "
                 "en verwerken persoonsgegevens."),
                "Door op 'Alles toestaan' te klikken, ga je akkoord met het plaatsen van cookies op je apparaat.",
                "Je kunt je voorkeuren altijd wijzigen via 'Cookie-instellingen' onderaan de pagina.",
                "Deze inhoud is geblokkeerd. Accepteer social media cookies om hem te bekijken.",
                "Analytische cookies helpen ons te begrijpen hoe bezoekers de site gebruiken."],
               ["Alle cookies toestaan", "Alleen strikt noodzakelijke", "Voorkeuren beheren", "Keuze opslaan",
                "Ga verder", "Accepteren en sluiten", "Inhoud tonen"]],
        "ru": [["Мы заботимся о вашей конфиденциальности",
                ("Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь с нами, вы соглашаетесь на их "
                 "использование."),
                "Продолжая пользоваться сайтом, вы даёте согласие на обработку персональных данных.",
                "Настроить использование cookie можно в любой момент в разделе «Политика конфиденциальности».",
                "Содержимое заблокировано: разрешите сторонние cookie, чтобы его увидеть.",
                "На сайте работает Яндекс.Метрика, которая использует файлы cookie."],
               ["Принять всё и закрыть", "Отказаться от cookie", "Настройки cookie", "Сохранить выбор", "Ок, понятно",
                "Согласен с условиями", "Показать содержимое"]],
    },
    "legal": {
        "en": [(None, "Copyright © 2025 Lakeshore Publishing Group, LLC. All Rights Reserved. Do Not Sell My Info"),
               ("How we make money:", ("Some of the links on this page are affiliate links, which means we earn a "
                                       "small commission if you make a purchase, at no additional cost to you.")),
               ("Health note:", ("The content on this website is provided for informational purposes only and is "
                                 "not intended to diagnose, treat, cure or prevent any disease.")),
               (None, ("Not investment advice. The author holds no positions in any of the stocks mentioned and has "
                       "no plans to initiate any within the next 72 hours.")),
               ("Gambling notice:", ("18+. Please gamble responsibly. If you or someone you know has a gambling "
                                     "problem, call the helpline. T&Cs apply.")),
               (None, ("This article originally appeared on The Conversation and is republished under a Creative "
                       "Commons license.")),
               (None, ("Distributed by Tribune Content Agency, LLC. Reprinted with permission. Copyright 2024 by "
                       "the author.")),
               ("Partner content", ("This article was written by our brand studio on behalf of an advertiser; the "
                                    "newsroom was not involved in its production.")),
               (None, ("Views expressed by guest contributors are their own and do not necessarily reflect those of "
                       "this publication.")),
               ("Corrections policy:", ("We strive for accuracy. If you spot an error, please email our standards "
                                        "desk.")),
               (None, "Powered by WordPress | Theme by Flavor Themes | Sitemap | Contact | Imprint"),
               (None, "Prices and availability are accurate as of the date/time indicated and are subject to change."),
               ("AI notice:", ("Portions of this article were drafted with the help of AI tools and reviewed by our "
                               "editors."))],
        "de": [(None, "© 2025 Nordwest-Kurier Verlag GmbH & Co. KG · Impressum · Datenschutz · AGB · Barrierefreiheit"),
               ("*Affiliate-Hinweis:", ("Die mit einem Einkaufswagen-Symbol markierten Links sind Affiliate-Links. "
                                        "Der Preis ändert sich für Sie dadurch nicht.")),
               ("Gesundheitshinweis:", ("Dieser Beitrag ersetzt keine ärztliche Beratung. Wenden Sie sich bei "
                                        "Beschwerden an Ihre Hausärztin oder Ihren Hausarzt.")),
               (None, "Mit Material von dpa und AFP."),
               ("Wichtiger Risikohinweis:", ("Investitionen in Wertpapiere sind mit Risiken bis zum Totalverlust "
                                             "verbunden.")),
               (None, ("Alle Inhalte sind urheberrechtlich geschützt. Jede Verwertung außerhalb der Grenzen des "
                       "Urheberrechtsgesetzes bedarf der Zustimmung des Verlags.")),
               ("Bezahlte Partnerschaft", "Dieser Inhalt wurde von unserem Werbepartner bereitgestellt.")],
        "fr": [(None, "© 2025 La Gazette de l'Ouest – Mentions légales – CGU – Politique de confidentialité"),
               ("Lien affilié", ("Cet article contient des liens sponsorisés : nous percevons une commission en cas "
                                 "d'achat, sans surcoût pour vous.")),
               ("À savoir :", ("Les informations de cet article ne remplacent pas une consultation médicale. En cas "
                               "de doute, consultez votre médecin.")),
               (None, "Avec AFP et Reuters."), ("Mise en garde :", "Investir comporte un risque de perte en capital."),
               (None, "Jouer comporte des risques : endettement, isolement, dépendance. Appelez le 09 74 75 13 13."),
               (None, "Toute reproduction, même partielle, est interdite sans l'accord de l'éditeur.")],
        "es": [(None, "© 2025 Diario del Levante · Aviso legal · Política de privacidad · Condiciones de uso"),
               ("Enlaces de afiliados", ("Si compras a través de los enlaces de este artículo, podemos recibir una "
                                         "comisión, sin coste adicional para ti.")),
               ("Nota sanitaria:", ("Este artículo es meramente informativo y no sustituye el consejo de un "
                                    "profesional sanitario.")),
               (None, "Con información de agencias."),
               ("Advertencia:", ("Invertir conlleva riesgos. Rentabilidades pasadas no garantizan rentabilidades "
                                 "futuras.")),
               (None, "Juega con responsabilidad. +18. Jugar sin control puede causar adicción."),
               (None, "Queda prohibida la reproducción total o parcial de este contenido sin autorización.")],
        "it": [(None, "© 2025 Gazzetta della Riviera – P.IVA 01234567890 – Privacy – Cookie policy"),
               ("Link affiliati", ("In questo articolo sono presenti link di affiliazione che consentono alla "
                                   "testata di ottenere una piccola commissione.")),
               ("Nota bene:", ("Le informazioni riportate non sostituiscono il parere del medico. Consulta sempre "
                               "uno specialista.")),
               (None, "Con fonti Adnkronos e Ansa."),
               ("Avviso:", "Investire comporta rischi, incluso quello di perdita del capitale investito."),
               (None, "Il gioco è vietato ai minori e può causare dipendenza patologica."),
               (None, "Riproduzione riservata ©")],
        "pt": [(None, "© 2025 Diário do Planalto · Termos de uso · Política de privacidade · Expediente"),
               ("Links de afiliados", ("Ao comprar pelos links desta página, podemos receber uma comissão, sem "
                                       "custo adicional para você.")),
               ("Nota da redação:", "Este texto tem caráter informativo e não substitui consulta médica."),
               (None, "Com agências internacionais."),
               ("Alerta:", "Rentabilidade passada não é garantia de rentabilidade futura."),
               (None, "Jogue com responsabilidade. Proibido para menores de 18 anos."),
               (None, "É proibida a reprodução deste conteúdo sem autorização prévia do jornal.")],
        "nl": [(None, "© 2025 Dagblad De Polder · Colofon · Privacybeleid · Algemene voorwaarden"),
               ("Affiliate links", ("Als je via een link in dit artikel iets koopt, ontvangen wij mogelijk een "
                                    "kleine commissie.")),
               ("Medische disclaimer:", "De informatie in dit artikel vervangt geen medisch advies van een arts."),
               (None, "Bron: Reuters, AFP"), ("Let op!", "Geleend geld moet ook worden terugbetaald."),
               (None, "Wat kost gokken jou? Stop op tijd. 18+"),
               (None, ("Niets uit deze uitgave mag worden verveelvoudigd zonder voorafgaande toestemming van de "
                       "uitgever."))],
        "ru": [(None, "© 2025 «Волжская правда». 18+. Свидетельство о регистрации СМИ Эл № ФС77-00000."),
               ("Реклама.", "ООО «Партнёр». ИНН 7700000000. erid: 2VtzqxYz"),
               ("Внимание:", "Имеются противопоказания. Необходима консультация специалиста."),
               (None, "При использовании материалов ссылка на сайт обязательна."),
               ("Предупреждение:", "Информация не является индивидуальной инвестиционной рекомендацией."),
               (None, "По материалам РИА Новости и ТАСС."),
               (None, ("Данное сообщение (материал) создано и (или) распространено иностранным средством массовой "
                       "информации, выполняющим функции иностранного агента."))],
    },
    "newsletter": {
        "en": [["Get the best of our journalism delivered to your inbox every Sunday.",
                "Subscribe to our weekly digest", "Your best email", "Join 40,000+ readers", "Count me in",
                "Thanks for subscribing! Check your inbox to confirm.", "Oops, that email address doesn't look right.",
                "By signing up, you agree to our Terms of Use and acknowledge our Privacy Notice.", "No spam, ever.",
                "Turn on notifications to get breaking news alerts.", "Allow notifications", "Maybe later"]],
        "de": [["Das Wichtigste des Tages kompakt per E-Mail", "Zum Newsletter anmelden",
                "E-Mail-Adresse hier eintragen", "Kostenlos abonnieren",
                "Fast geschafft! Bitte bestätigen Sie Ihre Anmeldung über den Link in der E-Mail.",
                "Abmeldung jederzeit möglich.", "Push-Mitteilungen aktivieren",
                "Ja, ich möchte den kostenlosen Newsletter erhalten."]],
        "fr": [["Recevez chaque soir une sélection de nos meilleurs articles", "Inscrivez-vous à la newsletter",
                "Votre e-mail", "Valider", "Merci ! Un e-mail de confirmation vient de vous être envoyé.",
                "Activer les notifications", "Désinscription en un clic.",
                "Oui, je souhaite recevoir les offres des partenaires."]],
        "es": [["Recibe cada mañana las claves del día en tu correo", "Suscríbete a la newsletter",
                "Tu dirección de email", "Apuntarme", "¡Ya estás dentro!", "Activar notificaciones",
                "Sin spam. Puedes darte de baja en un clic.",
                "Acepto la política de privacidad y recibir comunicaciones comerciales."]],
        "it": [["Ricevi ogni sera il meglio delle nostre notizie", "Iscriviti alla nostra newsletter settimanale",
                "Inserisci il tuo indirizzo email", "Iscriviti gratis", "Iscrizione completata!",
                "Attiva le notifiche", "Niente spam, promesso.",
                "Acconsento al trattamento dei dati per l'invio della newsletter."]],
        "pt": [["Receba toda manhã as principais notícias no seu e-mail", "Assine nossa newsletter",
                "Seu melhor e-mail", "Quero me inscrever", "Inscrição confirmada!", "Ativar notificações",
                "Nada de spam. Cancele quando quiser.", "Concordo em receber comunicações por e-mail."]],
        "nl": [["Ontvang elke ochtend het belangrijkste nieuws in je mailbox", "Schrijf je in voor de nieuwsbrief",
                "Jouw e-mailadres", "Ja, schrijf me in", "Gelukt! Je staat op de lijst.", "Meldingen aanzetten",
                "Geen spam, beloofd.", "Ik ga akkoord met de privacyverklaring."]],
        "ru": [["Подпишитесь на нашу рассылку и получайте лучшие материалы недели", "Подписаться на новости",
                "Ваша электронная почта", "Подписаться бесплатно", "Вы успешно подписались!", "Включить уведомления",
                "Мы не рассылаем спам.", "Нажимая кнопку, вы соглашаетесь на получение рассылки."]],
    },
    "share": {
        "en": [["Share this article via", "Post on Facebook", "Share on X (Twitter)", "Copy the link",
                "Share this story, choose your platform!", "Email to a friend", "Printer-friendly version",
                "Send by email", "Spread the love", "Give this article", "Follow us on Google News"],
               ["Facebook", "Buffer", "Pinterest", "WhatsApp", "Email link", "LinkedIn", "Reddit", "Line", "Pocket",
                "Telegram", "Hacker News", "Copy the link"]],
        "de": [["Beitrag teilen via", "Bei Facebook teilen", "Link zum Artikel kopieren", "Per E-Mail teilen",
                "Artikel drucken", "Artikel verschenken", "Folgen Sie uns auf Google News"],
               ["Facebook", "X", "WhatsApp", "LinkedIn", "Pinterest", "Pocket", "Per Mail senden"]],
        "fr": [["Partager cet article sur", "Partager via Facebook", "Copier le lien de l'article",
                "Partager par e-mail", "Version imprimable", "Offrir l'article", "Suivez-nous sur Google Actualités"],
               ["Facebook", "X", "WhatsApp", "LinkedIn", "Pinterest", "Pocket", "Par e-mail"]],
        "es": [["Compartir artículo", "Publicar en Facebook", "Copiar el enlace", "Compartir por correo",
                "Versión para imprimir", "Regalar artículo", "Síguenos en Google News"],
               ["Facebook", "X", "WhatsApp", "LinkedIn", "Pinterest", "Telegram", "Gmail"]],
        "it": [["Condividi questa notizia", "Pubblica su Facebook", "Copia il link", "Condividi via email",
                "Versione stampabile", "Regala l'articolo", "Seguici su Google News"],
               ["Facebook", "X", "WhatsApp", "LinkedIn", "Pinterest", "Telegram", "Posta"]],
        "pt": [["Compartilhe esta matéria", "Compartilhar no Facebook", "Copiar o link", "Partilhar por e-mail",
                "Versão para impressão", "Presentear matéria", "Siga-nos no Google Notícias"],
               ["Facebook", "X", "WhatsApp", "LinkedIn", "Pinterest", "Telegram", "Por e-mail"]],
        "nl": [["Deel dit nieuwsbericht", "Deel op Facebook", "Link kopiëren", "Delen via e-mail", "Print deze pagina",
                "Artikel cadeau doen", "Volg ons op Google Nieuws"],
               ["Facebook", "X", "WhatsApp", "LinkedIn", "Pinterest", "Telegram", "Via mail"]],
        "ru": [["Поделиться статьёй", "Поделиться в Telegram", "Копировать ссылку на статью", "Отправить по почте",
                "Версия для печати", "Подписывайтесь на наш канал в Telegram", "Читайте нас в Дзене"],
               ["ВКонтакте", "Telegram", "WhatsApp", "Одноклассники", "ЖЖ", "Пикабу", "Почта"]],
    },
    "comments": {
        "en": [["Leave a Reply Cancel reply Your comment",
                "Your email will not be shared. Fields marked * are required.", "Post Comment",
                "Join the conversation", "View more comments", "Sort by: Best",
                "Notify me of new replies to this comment", "You need to be signed in to comment.",
                "Report this comment", "Load more replies", "14 Responses", "No comments yet. Start the conversation!",
                "Commenting is disabled on this article."]],
        "de": [["Schreiben Sie einen Kommentar", "Ihre E-Mail-Adresse wird nicht veröffentlicht.",
                "Kommentar absenden", "Alle Kommentare anzeigen", "Kommentar melden",
                "Die Kommentarfunktion wurde geschlossen.", "Seien Sie der Erste, der kommentiert",
                "Sortieren nach: Beliebteste"]],
        "fr": [["Écrire un commentaire",
                "Votre adresse de messagerie ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
                "Envoyer le commentaire", "Afficher plus de commentaires", "Signaler un abus",
                "Les commentaires sont désactivés pour cet article.", "Soyez le premier à réagir",
                "Trier par : les plus appréciés"]],
        "es": [["Deja tu opinión", "Tu email no será publicado. Los campos obligatorios están marcados con *",
                "Enviar comentario", "Ver más comentarios", "Denunciar comentario",
                "Comentarios cerrados para esta noticia.", "Todavía no hay comentarios. ¡Anímate!",
                "Ordenar por: más valorados"]],
        "it": [["Scrivi il tuo commento",
                "L'indirizzo email non verrà pubblicato. I campi obbligatori sono contrassegnati *",
                "Pubblica il commento", "Mostra altri commenti", "Segnala commento",
                "Commenti disabilitati per questo articolo.", "Commenta per primo", "Ordina per: più votati"]],
        "pt": [["Deixe sua opinião", "O seu endereço de e-mail não será publicado.", "Enviar comentário",
                "Ver mais comentários", "Denunciar comentário", "Comentários encerrados.",
                "Ainda não há comentários. Comente primeiro!", "Ordenar por: mais curtidos"]],
        "nl": [["Schrijf een reactie", "Je e-mailadres wordt niet getoond. Verplichte velden zijn gemarkeerd met *",
                "Reactie versturen", "Toon meer reacties", "Reactie melden", "Reageren op dit artikel is gesloten.",
                "Reageer als eerste", "Sorteer op: populairste"]],
        "ru": [["Добавить комментарий к статье", "Email не публикуется. Обязательные поля помечены *",
                "Отправить комментарий", "Показать ещё комментарии", "Пожаловаться", "Комментирование закрыто.",
                "Станьте первым, кто оставит комментарий", "Сортировать: по популярности"]],
    },
    "related": {
        "en": ["You might also enjoy", "From around the web", "Picked for you", "Latest news", "Top stories right now",
               "Don't miss out", "Coming up next", "Posted in:", "Sponsored links", "Customers also bought",
               "Similar threads", "More on this topic", "Read this next", "Tagged:", "Recently viewed",
               "Frequently bought together"],
        "de": ["Das interessiert andere Leser", "Empfohlene Artikel", "Top-Themen", "Lesen Sie dazu auch",
               "Ähnliche Beiträge", "Schlagworte:", "Kunden kauften auch", "Zuletzt angesehen",
               "Ähnliche Themen im Forum"],
        "fr": ["Vous aimerez peut-être", "À lire sur le même sujet", "Les plus lus du jour", "À découvrir aussi",
               "Dans la même rubrique »", "Thèmes :", "Recommandé pour vous", "Récemment consultés",
               "Discussions similaires"],
        "es": ["Puede que te interese", "Te recomendamos", "Lo más leído hoy", "Relacionado", "Artículos similares",
               "Temas relacionados:", "Seleccionados para ti", "Vistos recientemente", "Temas similares en el foro"],
        "it": ["Leggi anche questi", "Ti consigliamo", "I più letti di oggi", "Correlati", "Articoli simili", "Tag:",
               "Selezionati per te", "Visti di recente", "Discussioni simili"],
        "pt": ["Talvez você goste", "Selecionados para você", "Mais lidas da semana", "Relacionadas",
               "Artigos semelhantes", "Assuntos:", "Confira também", "Vistos recentemente", "Tópicos semelhantes"],
        "nl": ["Dit vind je misschien ook leuk", "Aanbevolen voor jou", "Meest gelezen vandaag", "Gerelateerd",
               "Vergelijkbare artikelen", "Onderwerpen in dit artikel:", "Ook het lezen waard", "Recent bekeken",
               "Vergelijkbare topics"],
        "ru": ["Вам может быть интересно", "Рекомендуем прочитать", "Самое читаемое за неделю", "По теме",
               "Похожие записи", "Метки:", "Читайте также по теме", "Вы недавно смотрели", "Похожие темы на форуме"],
    },
    "navigation": {
        "en": ["Skip to primary content", "Primary navigation", "Home » Blog » Travel Tips",
               "You are here: Home / Recipes / Dinner", "Previous post", "Next article →", "1 2 3 … 12 Next »",
               "Load more", "Scroll to top ↑", "Home | About | Contact | Advertise | Careers", "Search for:",
               "Toggle menu", "Shop › Women › Shoes › Sneakers", "Forums › General Discussion › Off-topic"],
        "de": ["Direkt zum Hauptinhalt springen", "Sie sind hier: Startseite › Wirtschaft › Finanzen",
               "Vorheriger Beitrag", "Mehr laden", "Zurück nach oben", "Über uns | Kontakt | Mediadaten | Jobs",
               "Navigation öffnen", "‹ Zurück 1 2 3 4 Weiter ›", "Forum › Technik › Smartphones"],
        "fr": ["Aller au contenu", "Vous êtes ici : Accueil › Société › Éducation", "← Article précédent",
               "Charger plus", "Remonter en haut", "Qui sommes-nous | Contact | Publicité | Recrutement",
               "Afficher le menu", "« Précédent 1 2 3 Suivant »", "Boutique › Maison › Cuisine"],
        "es": ["Saltar al contenido principal ↓", "Estás en: Inicio › Economía › Vivienda", "Entrada anterior",
               "Cargar más", "Subir", "Quiénes somos | Contacto | Publicidad | Trabaja con nosotros", "Desplegar menú",
               "« Anterior 1 2 3 Siguiente »", "Tienda › Hogar › Cocina"],
        "it": ["Salta al contenuto", "Sei qui: Home › Economia › Lavoro", "« Articolo precedente", "Carica altri",
               "Torna in cima", "Chi siamo | Contatti | Pubblicità | Lavora con noi", "Menu di navigazione",
               "« Precedente 1 2 3 Successivo »", "Negozio › Casa › Cucina"],
        "pt": ["Ir direto ao conteúdo", "Você está em: Início › Economia › Mercado", "Próxima matéria",
               "Carregar mais", "Subir ao topo", "Quem somos | Contato | Anuncie | Trabalhe conosco", "Mostrar menu",
               "« Anterior 1 2 3 Próxima »", "Loja › Casa › Cozinha"],
        "nl": ["Ga naar de inhoud", "U bent hier: Home › Economie › Wonen", "‹ Vorig bericht", "Laad meer",
               "Naar boven ↑", "Over ons | Contact | Adverteren | Vacatures", "Open het menu",
               "« Vorige 1 2 3 Volgende »", "Winkel › Wonen › Keuken"],
        "ru": ["Пропустить меню и перейти к тексту", "Вы здесь: Главная › Общество › Образование",
               "← Предыдущая новость", "Показать ещё", "Вверх ↑", "О нас | Контакты | Реклама | Вакансии",
               "Развернуть меню", "« Назад 1 2 3 Вперёд »", "Форум › Автомобили › Ремонт"],
    },
    "login": {
        "en": ["Log in or register", "Sign up free", "Reset your password", "Keep me logged in on this device",
               "Not a member yet? Join now", "Continue with Google", "Sign in with Apple",
               "This story is available exclusively to subscribers.",
               "Subscribe today and get unlimited access to all our journalism",
               "You've reached your free article limit this month.", "Already a subscriber? Sign in", "My account",
               "Register to read the full article", "Cancel anytime."],
        "de": ["Hier einloggen", "Kostenloses Konto anlegen", "Passwort zurücksetzen", "Eingeloggt bleiben",
               "Dieser Beitrag ist exklusiv für Abonnentinnen und Abonnenten.", "Sie haben bereits ein Abo? Zum Login",
               "Jetzt abonnieren und weiterlesen", "Sie haben diesen Monat noch 1 kostenlosen Artikel.",
               "Nur registrierte Mitglieder können Beiträge verfassen."],
        "fr": ["Se connecter à mon espace", "Inscription", "Mot de passe perdu ?", "Rester connecté",
               "La suite est réservée aux abonnés.", "Vous êtes déjà abonné ? Identifiez-vous",
               "Je m'abonne pour 1 € le premier mois", "Plus qu'un article offert ce mois-ci",
               "Vous devez être connecté pour répondre à ce sujet."],
        "es": ["Entra en tu cuenta", "Crea tu cuenta gratis", "He olvidado mi contraseña",
               "Mantener la sesión iniciada", "Esta noticia es solo para suscriptores.",
               "¿Ya tienes una suscripción? Accede", "Suscríbete", "Te queda 1 artículo gratis este mes.",
               "Debes estar registrado para responder en este tema."],
        "it": ["Accedi al tuo profilo", "Crea il tuo account gratuito", "Hai dimenticato la password?",
               "Resta collegato", "Contenuto riservato agli abbonati", "Hai già un abbonamento? Entra", "Abbonati ora",
               "Ti resta 1 articolo gratuito questo mese.",
               "Devi effettuare l'accesso per rispondere a questa discussione."],
        "pt": ["Acessar minha conta", "Criar conta grátis", "Esqueci minha senha", "Lembrar de mim",
               "Esta reportagem é exclusiva para assinantes.", "Já tem assinatura? Entre aqui", "Assine agora",
               "Você ainda tem 1 matéria grátis este mês.", "Faça login para responder a este tópico."],
        "nl": ["Inloggen met je account", "Registreer", "Wachtwoord kwijt?", "Onthoud mij",
               "Dit is een premium artikel. Lees verder met een abonnement.", "Al abonnee? Log in", "Word abonnee",
               "Je hebt deze maand nog 1 gratis artikel.", "Log in om op dit topic te reageren."],
        "ru": ["Вход в личный кабинет", "Создать аккаунт", "Восстановить пароль", "Не выходить из системы",
               "Материал доступен только подписчикам.", "Уже есть подписка? Войдите", "Оформить подписку",
               "Бесплатный лимит почти исчерпан: осталась 1 статья", "Гости не могут создавать темы."],
    },
}
