"""More cue words for `remove_boilerplate`'s judge (see `cuewords.py`): a round written from knowledge of
real sites' furniture, merged into `CUES` at import.

German, Dutch and Russian: error and maintenance pages, geo-blocked and broken videos, copyright and
imprint footers, affiliate and sponsoring notes, investment and health warnings, consent banners
(TCF wording), newsletter boxes and confirmations, share and follow bars, login and paywall boxes,
account links of shops, list titles, comment forms (WordPress, Disqus) and navigation aids.
Inflected words are prefix stems where the language inflects them much (German compounds, Russian
cases). Words that are common in news prose are weak; all languages are judged together, so a word
that is everyday English prose too ("instagram", "marketing", "forum", "tips") is weak or left out.
Round vocab6 widened legal (disclosures, contests, helplines, funding, corrections, foreign-agent labels),
error (CDN checks, rate limits, players, search) and login (metering, passwords, sessions) the most.
Round vocab7 adds the furniture of shops (stock, shipping, VAT), recipe, travel, government, job, forum and
help-centre sites, app stores and company footers (register numbers, warnings); English homographs stay out."""
from __future__ import annotations

# class -> language -> {"strong": [...], "weak": [...]}
EXTRA: dict[str, dict[str, dict[str, list[str]]]] = {
    "error": {
        "de": {"strong": [
            # error pages and codes
            "fehler*", "fehlerseite", "fehlercode", "fehlermeldung", "serverfehler", "upps", "hupps", "oha",
            "ohje", "oje", "autsch", "vertippt", "tippfehler", "schiefgelaufen", "schiefgegangen",
            "unannehmlichkeiten", "zeitüberschreitung", "webmaster",
            # maintenance, geo-blocking
            "wartungsarbeiten", "wartungsmodus", "lizenzrechtlich*",
            # round vocab4
            "adblocker", "werbeblocker", "drittplattformen", "drittanbietern",
            # round vocab5
            "wartungsarbeit*",
            # round vocab6
            "wartungsfenster", "systemwartung", "serverwartung", "serverüberlastung", "captcha", "recaptcha",
            "sicherheitsüberprüfung", "sicherheitsprüfung", "ländereinschränkung", "lizenzgründen", "wiedergabefehler",
            "abspielfehler", "flash-player", "adblock", "ad-blocker", "browserversion", "depubliziert", "verweildauer",
            "nicht-gefunden", "zugriffsfehler", "ladefehler",
            # round vocab7
            "ausverkauft", "vergriffen", "nachlieferung", "länderbeschränkung",
                         ],
            "weak": [
                "gewünscht*", "eingegeben*", "aufgerufene", "angeforderte", "gesuchte", "überprüfen", "prüfen",
                "schreibweise", "stattdessen", "hauptseite", "suchfunktion", "umgezogen", "umbenannt",
                "verschwunden", "leere", "sackgasse", "schief", "gegangen", "gelaufen", "geklappt", "funktioniert",
                "unerwartet*", "interner", "interne", "problem",
                "behoben", "anfrage", "verbindung", "wiederholen", "neu", "laden", "geladen", "aktualisieren",
                "kontaktieren", "administrator", "support", "dienst", "entschuldigen", "bedauern", "scheint",
                "scheinbar", "offenbar", "möglicherweise", "eventuell", "falsch", "falsche*", "veraltet*",
                "defekt*", "verlinkt", "links", "inhalte", "beitrag", "artikel", "video", "videos", "angebot",
                "abgelaufen", "gesperrt", "blockiert", "zugriff", "zugang", "verweigert", "berechtigt",
                "webseite", "unterseite", "wartung", "derzeit", "zurzeit", "momentan", "kürze", "bald",
                "arbeiten", "geduld", "gedulden", "verbessern", "überlastet", "land", "ländern", "region",
                "standort", "aufgrund", "rechtlichen", "gründen", "abspielen", "abgespielt", "wiedergabe",
                "browser", "javascript", "aktivieren", "aktiviert", "erreichen", "irgendetwas", "ungültige",
                "ungültiger", "unterbrochen", "unterstützt", "gewartet", "fehlende", "erreicht",
                "zurückkehren", "befindet", "sehen", "sekunden", "weitergeleitet", "wenigen", "videoformat",
                "fehlgeschlagen", "unbekannter", "unbekannte",
                # round vocab4
                "website", "aufbau", "domain", "anhören", "vorlesen", "technische", "technischen", "störung",
                "externen", "externe", "externer", "eingebunden", "ergebnisse", "treffer", "archiviert",
                "deaktiviert", "deaktivieren", "verständnis", "lieferbar", "abrufbar", "roboter", "entsperren",
                "übermittelt", "personenbezogene", "aktuellen", "geoblocking",
                # round vocab5
                "anfragen", "versuche", "aktualisier*", "aktivier*", "gültig", "sitzung",
                # round vocab6
                "unerreichbar", "überlastung", "zugriffe", "mensch", "überprüfung", "verdächtige", "aktivität",
                "ungewöhnlichen", "ungewöhnliche", "datenverkehr", "netzwerk", "berechtigungen", "autorisiert",
                "außerhalb", "zurückgezogen", "eingestellt", "abgeschaltet", "skripte", "aktualisierung",
                "ausnahmeliste", "suchergebnisse", "suchanfrage", "ergab", "einträge", "eintrag", "leeren",
                "internetverbindung", "verbindungsfehler", "netzwerkfehler", "seitenaufruf", "aufruf", "ausgelastet",
                "hochlast", "kapazität", "ansturm", "warteschlange", "neuladen", "ladezeit", "dauert", "länger",
                "gewohnt", "erwartet", "ausgelaufen", "beendet", "gelöschte", "gültigkeit", "ausgefallen", "ausfall",
                "störungen", "eingeschränkt", "funktionen", "vollständig", "darstellen", "angezeigt", "anzeigen",
                "korrekt", "ordnungsgemäß", "unterstützen",
                "überarbeitet", "abzuspielen", "html5-video", "ressource", "sicher", "sicherheit",
                "verbindungssicherheit", "fortfahren", "weiterleitung", "anzuzeigen",
                "aufrufen", "kurzzeitig", "aufzeichnung", "übertragung", "auszuführen", "festgestellt",
                "schalten", "warten", "lade", "ladevorgang", "abbrechen", "erlauben",
                # round vocab7
                "stellenanzeige", "stellenausschreibung", "bewerbungsschluss", "bewerbungsfrist", "erhältlich",
                "nachbestellt", "nachbestellen", "vorrätig", "lagernd", "nachschub", "restbestand", "sortiment",
                "benachrichtigen", "benachrichtigt", "benachrichtigung", "ausgeschrieben", "besetzt", "vergeben",
                "bewerbungen", "bewerbung", "stellenangebot", "entgegengenommen", "archiv", "archivierte",
                "zurückgezogene", "gültige", "beiträge", "moderator", "moderatoren", "downloaden", "herunterladen",
                    ]},
        "nl": {"strong": [
            "foutmelding", "foutcode", "serverfout", "oepsie", "misgegaan",
            "hernoemd", "webmaster",
            # round vocab6
            "foutpagina", "onderhoudswerkzaamheden", "onderhoudsmodus", "captcha", "recaptcha", "beveiligingscontrole",
            "afspeelfout", "browserversie", "adblock",
            "zoekgeraakt",
            # round vocab7
            "uitverkocht", "uitverkochte", "sollicitatietermijn"],
            "weak": [
                "jammer", "verlopen", "ongeldig*", "kapot", "kapotte", "gebroken", "geweigerd", "verboden",
                "tijdelijk", "bereikbaar", "mis", "gegaan",
                "onverwachte", "probeert", "proberen", "controleer", "spelling", "getypt", "ingetypt",
                "ingevoerd", "webadres", "zoekfunctie", "zoek", "zoeken", "hoofdpagina", "gezocht", "gevraagde",
                "pagina's", "webpagina", "server", "verbinding", "overbelast", "geduld", "binnenkort", "snel",
                "werken", "werkzaamheden", "onderhoud", "gepland", "land", "regio", "locatie", "video",
                "afspelen", "afgespeeld", "javascript", "browser", "inschakelen", "ingeschakeld", "bijwerken",
                "vernieuwen", "beheerder", "contact", "ongemak", "verontschuldigingen", "excuus",
                "bestond", "verdwenen", "lijkt", "blijkbaar", "verkeerd", "verkeerde", "gegeven", "ondersteund",
                "onderbroken", "geladen", "laden", "ongeldige", "ontbreekt", "bereikt", "onbereikbaar", "misgelopen",
                "time-out", "ging",
                # round vocab4
                "adblocker", "ondersteunt", "schakel", "verouderd", "aanbouw", "uitgeschakeld", "gedetecteerd",
                "beluisteren",
                # round vocab5
                "verzoeken", "pogingen", "verouderde", "ongeldig", "sessie",
                # round vocab6
                "storing", "storingen", "servicewerkzaamheden", "verificatie", "verdacht", "verdachte", "verkeer",
                "activiteit", "geblokkeerd", "landen", "licentie", "licentierechten", "videospeler", "speler",
                "formaat", "zoekresultaten", "zoekopdracht", "leverde", "opgeleverd", "treffers", "bericht",
                "gearchiveerd", "momenteel", "vernieuw", "herlaad", "herladen", "netwerk", "internetverbinding",
                "drukte", "bezoekers", "wachtrij", "beperkt", "functies", "weergegeven", "weergeven", "buiten",
                "uitgezonden", "uitzendrechten", "rechten", "gewist", "beëindigd", "afgelopen", "gestopt",
                "vernieuwd", "vanwege", "spelen", "vakje", "vinken", "aanvinken", "bekijken",
                "wegens", "uitzending", "kijken", "terugkijken", "zien", "zet", "voldoen", "categorie",
                "uitzendingen", "livestreams",
                # round vocab7
                "vacature", "vacatures", "leverbaar", "verkrijgbaar", "voorraad", "niet-leverbaar", "melding",
                "ontvangen", "gesloten", "reageren", "solliciteren", "sollicitaties", "ingevuld", "vervallen",
                "vervangen", "ingetrokken", "onderwerp", "bevoegd",
                    ]},
        "ru": {"strong": ["неудобства", "битая", "битые",
                          # round vocab5
                          "техническ*",
                          # round vocab6
                          "техработы", "техобслуживани*", "капча", "captcha", "recaptcha",
                         ],
            "weak": [
                "недоступ*", "увы", "приносим", "извинения", "удален*", "удалён*", "перемещен*", "переименован*",
                "временно", "работы", "ведутся", "обслуживани*", "профилактическ*", "скоро", "вернемся",
                "вернёмся", "сервер*", "сервис", "перегружен", "запрос*", "обработать", "повторит*", "попытк*",
                "обновите", "обновить", "перезагрузите", "проверьте", "правильность", "введенного",
                "введённого", "адреса", "ссылки", "устаревш*", "неверн*", "неправильн*", "запрашиваем*",
                "искомая", "страниц*", "главн*", "сайт*", "запрещен", "запрещён", "отказано", "видео",
                "воспроизвест*", "регионе", "стране", "ограничен*", "javascript", "браузер*", "включите",
                "поддерживает", "произошл*", "непредвиденн*", "внутренняя", "неполадк*", "загрузк*",
                "загрузить", "загружена", "существующ*", "отсутствует", "пуста", "похоже", "кажется", "поддерживается",
                "прервано", "соединени*", "загружается", "истек", "истёк", "срок", "действия", "ошибк*", "написания",
                # round vocab4
                "технические", "контент", "блокировщик", "рекламы", "разработке", "устарел", "отключен", "отключите",
                "робот", "нашлось", "слушать", "реконструкции",
                # round vocab5
                "запросов", "попыток", "браузер", "сессия", "недоступно",
                # round vocab6
                "перенаправлен*", "устранени*", "устраняем", "исправляем", "проверка", "подозрительн*", "активност*",
                "трафик*", "слишком", "много", "блокировк*", "заблокирован*", "плеер*", "воспроизведени*", "формат*",
                "включить", "включен*", "поиск*", "результат*", "публикаци*", "архив*", "устарела", "устарело",
                "подождите", "минут*", "секунд*", "нагрузк*", "восстановлен*", "функци*", "корректн*", "отображ*",
                "сбой", "сбои", "сбоя", "связь", "интернет*", "подключени*", "кэш", "очистите", "обновлени*", "версию",
                "версия", "закончилась", "завершен*", "завершён*", "истекла", "неактуальн*", "снята", "снято",
                "скрыт*", "вернитесь", "назад", "недействительн*", "профилактик*",
                "ввели", "изменен", "изменён", "находится", "заработает", "несколько", "требованию", "просмотр*",
                "поставив", "галочку",
                "трансляци*", "приложени*", "потерялась", "увидеть", "рубрике", "материалов", "пока",
                "нашли",
                # round vocab7
                "распродан*", "раскуплен*", "вакансия", "вакансии", "вакансий", "наличии", "наличие", "закончился",
                "закончились", "поступлени*", "сообщить", "уведомить", "продажи", "продаж", "архивн*", "утратил",
                "утратило", "тема", "темы", "модератор*", "недостаточно", "отклик*",
                    ]},
    },
    "legal": {
        "de": {"strong": [
            # imprint and copyright
            "impressum", "agb", "nutzungsbedingungen", "weiterverbreitung", "weiterverwendung", "markenrecht*",
            "warenzeichen", "bildrechte", "bildquelle",
            # affiliate, advertising
            "werbelink*", "partnerlink*", "provisionslink*", "werbeanzeige", "gesponsert*",
            "produktplatzierung", "unbeauftragt", "eigenwerbung",
            # investment, health
            "anlageempfehlung", "verkaufsempfehlung", "risikohinweis*", "selbstdiagnose", "selbstbehandlung",
            "informationszweck*", "rechtsberatung", "provision*", "packungsbeilage", "bildnachweis*",
            "fotonachweis*", "dpa-infocom", "ki-generiert*",
            # round vocab4
            "symbolbild", "symbolfoto", "archivfoto", "archivbild", "zvg", "telefonseelsorge", "markennennung",
            "zeitverzögert", "agenturmeldung", "dpa-newskanal", "mwst", "zzgl", "pressemappe", "gastbeiträge",
            # round vocab5
            "mstv", "rstv", "tmg", "ddg", "v.i.s.d.p", "handelsregister", "registergericht", "ust-idnr",
            "umsatzsteuer-identifikationsnummer", "affiliate-link",
            # round vocab6
            "haftungshinweis*", "haftungsbeschränkung*", "datenschutzerklärung", "datenschutzhinweis*",
            "geschäftsbedingungen", "widerrufsbelehrung", "barrierefreiheitserklärung", "rechtshinweis*",
            "lizenzbedingungen", "urhebervermerk", "vertretungsberechtigt*", "hrb", "ust-id",
            "inhaltlich-redaktionell*", "nutzungsbestimmungen", "datenschutzbestimmungen", "cookie-richtlinie",
            "korrekturhinweis", "originaltext", "originalinhalt", "ots-originaltext", "pressekontakt",
            "rückfragehinweis", "presseportal", "newsaktuell", "aussender", "werbekennzeichnung", "affiliatelinks",
            "affiliate-programm*", "anzeigensonderveröffentlichung", "sonderveröffentlichung", "verlagsbeilage",
            "verlagsangebot", "wphg", "anlageempfehlungen", "anlageberatungen", "finanzanalysen", "heilversprechen",
            "spielteilnahme", "check-dein-spiel", "picture-alliance", "photothek", "dpa-zentralbild", "gettyimages",
            "unsplash", "pexels", "pixabay", "freepik", "adobestock", "bildrecht*", "fotoquelle",
            "bildautor*",
            "auszugsweise",
            "rechtsweg", "buwei", "kofinanziert", "förderkennzeichen", "creative-commons-lizenz",
            "beitragsbild", "headerbild", "teaserbild", "krisentelefon", "teilnahmebedingungen",
            "creative-commons",
            "hinweisgeberschutz", "hinweisgebersystem", "jugendschutzbeauftragte*",
            "markennennungen", "teilnahmeberechtigt*", "werbelinks",
            # round vocab7
            "ust-id-nr", "umsatzsteuer-id", "hra", "versandkostenfrei", "rücksendung", "rücksendungen",
            "rückgaberecht", "lieferbedingungen", "zahlungsbedingungen", "grundpreis", "ab18", "barrierearm",
            "nährwertangaben", "nährwerte", "nährwertangabe", "bearbeitungsnotiz", "ki-gestützt",
            "reisehinweise", "einreisebestimmungen", "einreisebestimmung", "verbraucherschlichtungsstelle",
            "streitbeilegung", "streitschlichtung", "odr-plattform", "verbraucherstreitbeilegung", "vsbg",
            "aufsichtsbehörde", "basisinformationsblatt", "preisangaben", "lieferzeit", "lieferzeiten", "e-rechnung",
                         ],
            "weak": [
                "nachdruck", "irrtümer", "kaufempfehlung", "interessenkonflikt*", "verbreitung", "veröffentlichung",
                "ausdrückliche*", "gestattet", "irrtum", "änderungen",
                "haftet", "aktualität", "übernimmt", "verlinkte*", "externe*", "webseiten", "betreiber",
                "inhaber", "marken", "eingetragene*", "lizenz*", "quelle", "dpa", "afp", "apa", "kna", "epd",
                "foto", "fotos", "bild", "sternchen", "gekennzeichnet*", "kennzeichnung", "händler",
                "vergütung", "kauf", "einkauf", "mehrkosten", "entstehen", "bezahlte*", "präsentiert",
                "unterstützt", "zusammenarbeit", "entstanden", "promotion", "unabhängig", "redaktionell*",
                "finanzanalyse", "anlageentscheidung*", "verlust*", "totalverlust*", "wertentwicklung",
                "zukünftige", "kapital*", "anleger", "wertpapier*", "finanzinstrument*", "cfds",
                "ärztin", "apotheker", "nebenwirkungen", "ersetzen", "diagnose", "behandlung", "medizinische*",
                "fachkundige*", "allgemeinen", "hinweis", "hinweise", "rechtliche*",
                "ursprünglich", "erstmals", "veröffentlicht", "publiziert", "übernommen", "freundlicher",
                "kg", "co", "medien", "mediengruppe", "rechtsgrundlage", "verbindlich*", "unbezahlte", "einkaufen",
                "bestellen", "autoren", "unbedingt", "aufforderung", "wertpapieren", "ki", "künstlicher", "intelligenz",
                "erstellt", "mithilfe", "generiert", "überprüft", "namentlich", "geschützt", "weitergabe", "dritte",
                "dritten", "dargestellten", "verkauf", "investitionen", "kryptowährungen", "hohen", "verbunden",
                "getty", "images", "imago", "istock", "shutterstock",
                # round vocab4
                "meinung", "autors", "autorin", "redaktion", "automatisch", "aktualisiert", "erschienen", "kommentar",
                "gastbeitrag", "hersteller", "archiv", "korrigiert", "meldung", "geprüft", "verfügung", "gestellt",
                "stammt", "eigentum", "jeweiligen", "herausgeber", "agenturen", "nachrichtenagenturen", "älter",
                "laufend", "englischen", "französischen", "mitteilung", "süchtig", "glücksspiel", "wertentwicklungen",
                "indikator", "verlässlicher", "zusammenfassung", "spiegelt", "notwendigerweise", "zwingend", "wider",
                "kurse", "testgerät", "ots", "übersetzt", "maschinell", "übersetzung", "pressemitteilung",
                "pressemitteilungen", "emittent", "arztbesuch", "unterstützung", "ausschließlich",
                # round vocab5
                "verantwortlich", "inhaltlich", "gemäß", "abs", "material", "agenturmaterial", "redaktionell",
                "preise", "verfügbarkeit", "versandkosten", "inkl", "kosten", "zusätzlichen",
                # round vocab6
                "anzeigen", "kooperationspartner", "offenlegung", "korrektur", "richtigstellung", "gegendarstellung",
                "anmerkung", "anm", "berichtigt", "fehlerhaft", "fassung", "ergänzt", "präzisiert", "geschäftsführer",
                "geschäftsführung", "sitz", "amtsgericht", "registernummer", "anschrift", "vertreten", "chefredakteur",
                "chefredakteurin", "chefredaktion", "herausgeberin", "verlagsleitung", "redaktionsleitung",
                "pressestelle", "pressetext", "ansprechpartner", "kontakt", "rückfragen", "alleinige", "verantwortung",
                "aussendung", "partnerportal", "inhaltspartner", "content-partner", "kapitalverlust", "hebelprodukte",
                "emittenten", "bafin", "anlagestrategie", "finanzielle", "finanziellen", "spekulativ", "spekulative",
                "totalverlusts", "ärztlichen", "fachpersonal", "gesundheitsfragen", "selbstständig", "seelsorge",
                "suizidgedanken", "hilfsangebote", "krisendienst*", "beratungsstellen", "anonym", "spielsucht",
                "suchtberatung", "bzga", "glücksspielbehörde", "erlaubt", "teilnahme", "fotograf", "fotografin",
                "grafik", "privat", "ddp", "ullstein", "bildagentur", "lizenz", "lizenziert", "namensnennung",
                "bedingungen", "nutzung", "widerrufsrecht", "datenschutz", "barrierefreiheit", "haftung",
                "gewährleistung", "rechtsverbindlich", "garantiert", "garantie", "staatsmedium", "staatsmedien",
                "finanzierte", "ausdrücklich", "vervielfältigung", "gewerbliche", "kommerzielle", "zwecke",
                "suchtgefahr", "selbstmedikation", "steuernummer", "lizenzfrei", "nutzungsrecht*", "verwertungsrecht*",
                "erstveröffentlichung", "partnerprogramm*",
                "markierte", "markiert", "kaufst", "bekommen", "dienen", "dient", "professionelle",
                "veröffentlichten", "früheren", "staatlich", "finanziertes", "auszugsweisen", "abweichen", "fachliche",
                "individuelle", "empfehlung", "käufe", "einkäufe",
                "besitzt", "hält", "aktien", "investiert", "genannten", "verfasser", "entspricht", "haltung",
                "ausgeschlossen", "gewinnspiel", "hilfe", "suizid*", "arztes", "gefördert", "finanziert",
                "gelten", "erklären", "einverstanden", "gesetzlicher", "gesetzl", "bezahlt", "englisch",
                "steht", "titelbild", "vorschaubild", "bildunterschrift", "teilnehmen", "gewinner",
                "benachrichtigt",
                "jugendschutz", "statista",
                "angebotenen", "investieren", "verkraften", "anlageform", "geschäftsbeziehungen", "händlern",
                "auslösen", "produkt", "geräte", "leihweise", "veranstalter", "fremdenverkehrsamt", "recherche",
                "auftrag", "recherchenetzwerk", "automatisiert", "unterliegen", "verwertung", "bearbeitung",
                "unzulässig", "texten", "bildern", "depressionen", "ausweglosen", "volljährige", "wohnsitz",
                "schriftlich", "kopieren",
                # round vocab7
                "geschäftsführerin", "glücksspielsucht", "reisewarnung", "reisewarnungen", "sicherheitshinweise",
                "auswärtiges", "prospekt", "unbezahlt", "vergütet", "gesetzlichen", "gesetzliche", "mehrwertsteuer",
                "zuzüglich", "inklusive", "versand", "lieferung", "gültig", "vorrat", "druckfehler", "firmensitz",
                "eingetragen", "vereinsregister", "handelsregisternummer", "zahlungsarten", "rückgabe", "umtausch",
                "erstattung", "retoure", "retouren", "kostenlose", "kostenloser", "kostenlos", "zuletzt", "geändert",
                "zusätzliche", "angegeben", "vermerkt", "unabhängigkeit", "warnhinweis", "schadet", "volljährig",
                "einreise", "offizielle", "offizielles", "kontaktformular", "e-mail-adresse", "postanschrift",
                    ]},
        "nl": {"strong": [
            "gegevensbestand", "fotokopie*", "onvolledigheden", "handelsmerk*", "gedeponeerde", "partnerlink*",
            "advertentie", "beleggingsadvies", "gebruiksvoorwaarden", "provisie", "raadpleeg",
            # round vocab4
            "0800-0113", "afm-toezicht", "zelfmoordpreventie", "opiniestuk", "persbericht", "privacyverklaring",
            "cookieverklaring",
            # round vocab6
            "microfilm", "leveringsvoorwaarden", "verkoopvoorwaarden", "privacystatement",
            "toegankelijkheidsverklaring", "kvk-nummer", "btw-nummer", "gesponsord*", "partnercontent",
            "beleggingsaanbeveling*", "archiefbeeld", "archieffoto", "stockfoto", "gebruikersvoorwaarden", "unsplash",
            "pexels", "pixabay", "freepik", "privacybeleid",
            "gecorrespondeerd", "medegefinancierd", "servicevoorwaarden",
            "merkvermelding*",
            # round vocab7
            "btw-nr", "btw-id", "koophandel", "handelsregister", "vestigingsnummer", "vestigingsadres", "rsin", "bic",
            "retourneren", "retourbeleid", "herroepingsrecht", "bedenktijd", "betalingsvoorwaarden", "gokverslaving",
            "alcoholgebruik", "nix18", "toegankelijkheid", "voedingswaarde", "voedingswaarden", "licentievoorwaarden",
            "reisadvies", "reisadviezen", "inreisvoorwaarden", "inreisregels", "kapitaalverlies",
            "samenwerkingsverband", "ai-gegenereerd"],
            "weak": [
                "algemene", "voorwaarden", "overname", "overnemen", "openbaar", "gemaakt", "opgeslagen", "uitgave",
                "zorgvuldigheid",
                "zorgvuldig", "samengesteld", "onjuist*", "uitgesloten", "merknamen", "geregistreerde",
                "eigendom", "eigenaar*", "bron", "anp", "afp", "belga", "reuters", "vergoeding", "kleine",
                "extra", "kosten", "aankoop", "aankopen", "betaalde", "partnerschap", "commerciële",
                "risicovol", "rendement*", "toekomst", "geld", "kwijtraken", "cfd's", "afm", "vergunning",
                "beleggers", "beleggingen", "financieel", "financiële", "advies", "arts", "huisarts", "medisch",
                "medische", "vervanging", "vervangt", "deskundige", "specialist", "eerst",
                "overgenomen", "dank", "disclaimer", "foto", "beeld", "uitgeverij", "media", "koopt", "ontvangen",
                "ontvangt", "opdracht", "mede", "kunstmatige", "intelligentie", "gegenereerd", "bevat",
                "openbaarmaking", "geautomatiseerd*", "onjuistheden", "toegestaan", "krijgen",
                # round vocab4
                "redactie", "vertaald", "behulp", "bijgewerkt", "geschreven", "noot", "archief", "bedoeld",
                "uitsluitend", "verleden", "resultaten", "lenen", "verschenen", "engels", "automatisch",
                "samenvatting", "novum", "ingezonden", "illustratie", "colofon", "cryptovaluta", "volatiel",
                "zelfdoding", "zelfmoord", "gokken", "affiliate-links", "affiliatelinks", "prijzen", "voorbehoud",
                "mening",
                # round vocab5
                "beschikbaarheid", "bewust",
                # round vocab6
                "btw", "kvk", "handelsnaam", "iban", "promotie", "inkomsten", "verdienen", "aanbeveling",
                "aanbevelingen", "koopadvies", "verkoopadvies", "risico", "kapitaal", "toekomstige", "indicatie",
                "kost", "zorgverlener", "behandelend", "diagnose", "behandeling", "kansspel", "kansspelen", "speel",
                "verantwoord", "agog", "tijd", "bewerkt", "mededeling", "redactionele", "gastcolumn", "opinie",
                "standpunt", "weerspiegelt", "noodzakelijkerwijs", "fotografie", "fotograaf", "hollandse", "correctie",
                "rectificatie", "gecorrigeerd", "aangepast", "naschrift", "aanvulling", "eerdere", "versie", "stond",
                "vermeld", "licentie", "naamsvermelding", "aansprakelijkheid", "garanties", "staatsmedium",
                "staatsmedia", "gefinancierd", "onafhankelijk", "onafhankelijke", "verantwoordelijk",
                "verantwoordelijkheid", "schade", "gevolg", "gebruik", "ontstaan", "directe", "indirecte",
                "hoofdredacteur", "hoofdredactie", "adres", "telefoon", "postbus", "gevestigd", "kansspelautoriteit",
                "leenkosten",
                "bevatten", "professioneel", "professionele", "gedeeltelijk", "teksten", "beelden", "hulp",
                "gecontroleerd", "tekst", "gecorrigeerde", "foutief", "abusievelijk", "onterecht", "vervangen",
                "persoonlijk", "aankoopbeslissing",
                "auteur", "bezit", "aandelen", "genoemde", "schrijver", "posities", "publicatie", "gewijzigd",
                "bedrag", "deelname", "vanaf", "uitslag", "verslavend", "zorgprofessional",
                "inclusief", "exclusief", "klikt", "beschermd", "toepassing", "gebaseerd", "zelfmoordgedachten",
                "verzendkosten", "prijswinnaars", "winnaars",
                "investeer", "missen", "zakelijke", "relatie", "bedrijven", "fabrikant", "betaald",
                "verkeersbureau", "gespeld", "afbeeldingen", "bijwerkingen", "apotheker", "terecht", "pieker",
                "chatten", "winnaar", "willekeurig", "gekozen", "ouder", "bijsluiter", "woonachtig", "kopiëren",
                # round vocab7
                "kamer", "incl", "excl", "prijs", "aanbieding", "aanbiedingen", "geldig", "zolang", "strekt",
                "wijzigingen", "drukfouten", "zetfouten", "verzending", "levering", "bezorging", "bezorgen", "gratis",
                "retour", "retourzending", "ruilen", "terugbetaling", "betaling", "betaalmethoden", "vof",
                "ingeschreven", "geregistreerd", "statutair", "schatting", "geschat", "berekend", "waarden",
                "gelicenseerd", "aanvullende", "tenzij", "aangedreven", "ondersteund", "redactioneel", "waarschuwing",
                "schadelijk", "inreis", "belegging", "officiële", "laatst",
                    ]},
        "ru": {"strong": [
            "правообладател*", "копирован*", "перепечатк*", "гиперссылк*", "erid", "рекламодател*",
            "партнёрский", "оферт*", "самолечени*", "совпадать", "ознакомительн*", "справочн*",
            "рекламы", "проконсультируйтесь",
            # round vocab4
            "сгенерировано", "дисклеймер", "пресс-релиз", "пресс-релиза", "иллюстративное",
            # round vocab5
            "противопоказания", "самолечением",
            # round vocab6
            "выполняющим", "выполняющей", "фс77*", "проконсультир*", "посоветуйтесь", "самодиагностик*", "партнерская",
            "партнёрская", "unsplash", "pexels", "pixabay", "freepik", "depositphotos", "лудомани*",
            "пользовательское",
            "сетевое",
            # round vocab7
            "огрнип", "окпо", "оквэд", "самовывоз", "калорийность", "кбжу",
                         ],
            "weak": [
                "цитировани*", "активная", "письменн*", "согласия", "разрешени*", "редакци*", "мнени*", "автора",
                "точку", "зрения", "позицией", "несёт", "возрастн*", "инн", "огрн",
                "ао", "пао", "реклам*", "партнёрск*", "спонсор*", "нативн*", "поддержке", "инвестиционн*",
                "рекомендаци*", "индивидуальн*", "публичной", "риск*", "потер*", "доходность", "прошлом",
                "консультаци*", "врач*", "специалист*", "противопоказани*", "необходима",
                "информационн*", "характер", "носит", "опубликован*", "оригинал*", "перевод",
                "первоисточник", "материалам", "фото", "зарегистрировано", "регистрационн*",
                "федеральн*", "службой", "надзору", "связи", "массовых", "коммуникаций", "учредитель",
                "редактор", "использовани*", "авторск*", "правах", "охраняются", "законом", "полном", "запрещена",
                "тасс", "риа", "интерфакс", "подготовлен*", "нейросет*", "частичн*", "полное", "содержит", "сайт*",
                "роскомнадзор*", "правом",
                # round vocab4
                "ссылки", "помощью", "инвестиции", "медицинской", "имеются", "английского", "изображение", "связаны",
                "отказ", "применением", "занимайтесь", "искусственного", "интеллекта", "дополняется", "обновляется",
                "личное", "колонка", "отражает", "открытых", "источников", "пресс-служба", "кадр", "иллюстрация",
                "принадлежат", "политика", "персональных", "данных", "точка", "переведен", "переведена",
                # round vocab5
                "перепечатке", "цитировании", "консультация", "специалиста", "ознакомительный",
                # round vocab6
                "иностранн*", "агента", "агентом", "агентов", "агент", "функции", "распространено", "распространен",
                "создано", "средством", "средства", "массовой", "информации", "юридическим", "лицом", "реестр",
                "минюст*", "признана", "признан", "признано", "экстремистск*", "террористическ*", "организаци*",
                "деятельность", "эл", "главный", "главного", "издатель", "адрес", "бад", "лекарственн*", "диагноз",
                "лечение", "лечащ*", "медицинск*", "гарантируют", "будущем", "торговл*", "cfd", "маржинальн*",
                "кредитн*", "плечом", "капитал*", "азартн*", "зависимост*", "букмекер*", "игорн*", "ставки",
                "исправлено", "уточнение", "поправка", "фотография", "коллаж", "скриншот", "архив", "лицензи*",
                "соглашени*", "условия", "использования", "ответственность", "несут", "гарантий", "гарантии", "убытки",
                "ущерб", "пресс-служб*", "предоставлено", "предоставлен", "официальн*", "источник*", "сообщение",
                "нежелательной", "иноагент*",
                "покупая", "поддерживаете", "статья", "исключительно", "покупке", "представленн*", "заменяет",
                "профессиональн*", "любое", "допускается", "исправление", "первоначальн*", "указывалось", "ошибочно",
                "текст", "проверен*", "вознаграждени*", "комиссию", "покупки", "переходя",
                "издание", "публикуемых", "руководством", "действию", "возникли", "суицид*", "мысли",
                "позвоните", "горячую", "линию", "психологическ*", "помощи", "игры", "вызывают", "играйте",
                "ответственно", "обновлен", "обновлён", "дополнена", "дополнен", "сгенерирован*", "цены",
                "указаны", "учетом", "учётом", "ндс", "купите", "получим", "реализуется", "фонда", "грант*",
                "защищен", "защищён", "применяются", "данное", "экстремистская", "розыгрыш*", "участие",
                "победител*",
                "криптовалют*", "вкладывайте", "готовы", "автор", "деловых", "отношений", "упомянут*",
                "компаниями", "товар", "производител*", "оплачен*", "организатор*", "указана", "указан",
                "фамилия", "совместно", "автоматически", "основе", "никакая", "часть", "воспроизведен*",
                "текстов", "изображений", "ознакомьтесь", "инструкци*", "самоубийств*", "обратитесь", "старше",
                "случайным", "образом", "определен",
                # round vocab7
                "кпп", "юридический", "юридическое", "юр", "ип", "зао", "оао", "фс", "минздрав", "вредит", "доставки",
                "пошлин*", "доступности", "пищевая", "расчетная", "расчётная", "финансовой", "токен", "цена",
                "включая", "налог", "налоги", "акция", "акции", "предложение", "действительно", "ограничено",
                "количество", "товара", "товаров", "доставка", "оплата", "возврат", "обмен", "бесплатная",
                "бесплатно", "юридическ*", "зарегистрирован", "реквизиты", "дополнительные", "распространяется",
                "иное", "указано", "редакционн*", "независим*", "партнер", "партнёр", "искусственн*", "интеллект*",
                "предупреждение", "здоровья", "здоровью", "алкоголя", "алкоголь", "курение", "вредно", "чрезмерное",
                "употребление", "ответственн*", "путешеств*", "въезд*", "требования", "правительств*", "госуслуг*",
                "обновлено", "изменено", "обновление", "телефон", "приблизительн*",
                    ]},
    },
    "cookie": {
        "de": {"strong": [
            "cookie*", "einwillig*", "anzeigenmessung", "speicherdauer", "tcf", "iab",
            "drittanbieter-cookies", "endgerät*", "inhaltsmessung", "geräteeigenschaften",
            "gerätekennung*", "standortdaten", "statistik-cookies", "marketing-cookies", "analyse-cookies",
            "tracking-cookies", "privatsphäre-einstellungen",
            # round vocab5
            "borlabs", "consentmanager", "sourcepoint", "usercentrics", "cookiebot", "onetrust", "didomi",
            # round vocab6
            "geräteinformationen", "angemessenheitsbeschluss", "anbieterliste", "partnerliste",
            "zustimmungsverwaltung", "consent-management", "consent-manager",
                         ],
            "weak": [
                "drittanbieter*", "widerruf*", "zwecke", "zwecken", "verarbeitung", "verarbeiten",
                "personenbezogen*", "daten", "gerät", "geräten", "personalisierte*", "anzeigen", "inhalte",
                "messung", "zielgruppen*", "erkenntnisse", "produktentwicklung", "partner", "partnern",
                "anbieter", "dienste", "technologien", "ähnliche", "nutzererlebnis", "nutzung", "webseite",
                "verbessern", "analyse", "statistik", "statistiken", "funktional", "funktionale",
                "präferenzen", "essenziell", "essenzielle", "essentielle", "erforderlich*", "notwendig",
                "technisch", "anpassen", "bestätigen", "ausgewählte", "ok", "zulassen", "verweigern",
                "erfahren", "privatsphäre*", "hinweis", "nutzen", "verwenden", "setzen", "nutzt", "verwendet",
                "einsatz", "stimme", "werbefrei", "werbung", "berechtigtes", "interesse", "widerspruch",
                "widersprechen", "optimieren", "angebot", "weiter", "auswählen", "speicherung",
                "externe", "medien", "anbietern", "übermittelt", "drittländer*",
                "personalisierung", "reichweitenmessung", "einverständnis", "greifen", "zugreifen", "weiterlesen",
                "helfen", "verstehen", "besucher", "interagieren", "stimmen", "jederzeit", "ändern", "surfen",
                "verwendung",
                # round vocab5
                "endgerät", "abrufen", "tracking", "drittplattformen", "externer", "externen",
                # round vocab6
                "zustimmungen", "komfort", "lokale", "speicher", "ip-adresse", "ip-adressen", "nutzerprofile",
                "pseudonymisiert", "pseudonyme", "dsgvo", "drittstaaten", "drittstaat", "datenübermittlung",
                "berechtigtem", "sammeln", "erheben", "erhoben", "auswerten", "anonymisiert", "anonymisierte",
                "kennungen", "endgeräten", "webanalyse", "reichweite", "zielgerichtete", "interessenbasierte",
                "akzeptiere",
                "klick", "klicken", "personalisieren", "analysieren",
                    ]},
        "nl": {"strong": [
            "cookie*", "privacyverklaring", "privacybeleid", "privacy-instellingen", "surfervaring", "cookiebeleid",
            "cookieverklaring", "cookievoorkeuren", "cookie-instellingen", "advertentiemeting", "contentmeting",
            "doelgroepinzichten",
            # round vocab5
            "didomi", "onetrust", "cookiebot",
            # round vocab6
            "toestemmingsbeheer", "surfgedrag", "klikgedrag", "apparaatkenmerken", "leverancierslijst",
            "advertentiepartners",
                         ],
            "weak": [
                "accepteer", "accepteert", "sta", "functionele", "functioneel", "analytische", "analytisch",
                "advertenties", "gepersonaliseerde", "persoonsgegevens", "gegevens", "apparaat",
                "verwerken", "verwerking", "doeleinden", "derden", "derde", "partijen", "gerechtvaardigd",
                "belang", "bezwaar", "intrekken", "wijzigen", "keuze", "keuzes", "selectie", "bevestigen",
                "bevestig", "ok", "oké", "prima", "begrepen", "websites", "gebruik", "gebruiken", "gebruikt",
                "plaatsen", "plaatst", "ervaring", "verbeteren", "optimaliseren", "statistieken",
                "noodzakelijk", "essentiële", "strikt", "vereist", "benodigde", "informatie", "lees", "sociale",
                "inhoud", "opgeslagen", "toon", "details", "leveranciers", "aanbieders", "meten", "doelen",
                "kiezen", "geef", "weergeven", "persoonlijke", "volgen", "productontwikkeling", "locatiegegevens",
                "verder", "gaan", "ga",
                # round vocab6
                "verzamelen", "verzameld", "analyseren", "ip-adres", "apparaatgegevens", "avg", "rechtmatig",
                "gerechtvaardigde", "belangen", "mediapartners", "sociale-mediapartners", "profielen", "advertentie",
                "gepersonaliseerd", "gerichte", "relevante", "bezoek", "bezoeken", "meetgegevens", "instemmen",
                "ingestemd", "weigert",
                "personaliseren",
                "klikken", "stem", "klik", "klikt"]},
        "ru": {"strong": [
            "cookie*", "куки*", "cookie-файл*",
            # round vocab6
            "152-фз"],
            "weak": [
                "файл*", "персональн*", "данны*", "обработк*", "метрическ*", "метрика", "яндекс", "аналитик*",
                "аналитическ*", "сервисов", "пользовател*", "удобства", "удобн*", "продолжая", "продолжить",
                "пользоваться", "используя", "использовани*", "используются", "политик*",
                "конфиденциальност*", "разрешить", "разрешаю", "запретить", "ок", "окей", "ясно",
                "принимаю", "принимаете", "необходимы*", "обязательн*", "функциональн*", "маркетингов*",
                "рекламн*", "персонализаци*", "выбор", "выбранные", "только", "сайт*", "браузер*",
                "устройств*", "хранения", "хранить", "технологи*", "партнер*", "партнёр*", "использовать",
                # round vocab5
                "использование", "использованием", "соглашаетесь",
                # round vocab6
                "сбор", "ip-адрес", "ip-адреса", "сведени*", "местоположени*", "оставаясь", "просматривая",
                "пользуясь", "фз", "соглашаюсь", "согласиться", "разрешаете", "даете", "даёте", "обработку",
                "аналитики", "веб-аналитики", "статистики", "рекламы", "рекомендаций",
                "удобнее",
                "анализа", "время", "любое", "персонализации",
                    ]},
    },
    "newsletter": {
        "de": {"strong": [
            "mailadresse", "double-opt-in", "spam-ordner", "spamordner", "abmeldelink",
            "pflichtfeld*", "bestätigungs*",
            # round vocab4
            "whatsapp-kanal", "telegram-kanal", "push-benachrichtigungen", "morgenbriefing", "abendbriefing",
            "abbestellbar", "abbestellen", "eilmeldungen",
            # round vocab6
            "push-mitteilungen", "push-nachrichten", "anmeldebestätigung", "aktivierungslink", "werbe-e-mails",
            "wochenrückblick", "tagesüberblick", "newsletter-anmeldung",
            # round vocab7
            "whatsapp-newsletter", "rezept-newsletter"],
            "weak": [
                "abonnement*", "opt-in", "tragen", "melden", "melde", "verpassen", "verpasse", "informiert",
                "bestens", "aktuellen", "neuesten", "top-themen", "wochenende", "abends", "morgens",
                "werktag*", "überblick", "zusammenfassung", "kompakt", "direkt", "kostenfrei", "gratis",
                "angemeldet", "erfolgreich", "registriert", "geschickt", "gesendet", "zugeschickt", "zugesandt",
                "e-mails", "mails", "mail", "absenden", "abschicken", "senden", "vorname", "nachname", "anrede",
                "eingabe", "ungültige", "widerruf*", "hinweise", "einwilligung", "erklärung", "gelesen",
                "akzeptiere", "werbliche*", "informationen", "angebote", "zusendung", "zusenden", "versand",
                "versendet", "push", "benachrichtigung*", "mitteilungen", "wöchentliche*", "tägliche*",
                "abend", "früh", "kostenlosen", "lieferung", "geliefert", "ausgabe", "dank", "geschichten", "besten",
                "klicken", "klicke", "geschafft", "e-mail-adressen", "abmeldung", "stimmen", "geben", "gültige",
                # round vocab4
                "laufenden", "bleiben", "bleib", "folgen", "kündbar", "weitergegeben", "whatsapp",
                "datenschutzbestimmungen", "privatsphäre", "benachrichtige", "benachrichtigen", "neuigkeiten",
                "briefing", "wichtigsten", "bestätige", "eingeben",
                # round vocab6
                "werbemails", "news-update", "e-mail-postfach", "wochen", "abonniert", "abonnenten", "ausgaben",
                "exklusiv", "nachrichtenüberblick", "morgenlage", "abendlage", "abonnierst", "eingetragen",
                "willkommen", "bestätigt",
                # round vocab7
                "leser", "leserinnen", "abonnentinnen", "erlauben", "zulassen", "blockieren", "ablehnen", "später",
                "nie", "aktivieren", "breaking", "kanal", "beitreten", "tausende", "über",
                "bereits", "regelmäßig", "rezepte", "neueste", "neuen", "erfahren", "nichts", "produktneuheiten",
                "updates", "versionshinweise", "änderungsprotokoll", "infos"]},
        "nl": {"strong": [
            "mailadres", "uitschrijf*", "afmeldlink", "spamfolder", "spambox",
            "bevestigingsmail", "bevestigingslink", "uitgeschreven",
            # round vocab4
            "pushmeldingen", "whatsapp-kanaal",
            # round vocab6
            "e-mailupdates", "pushberichten", "pushnotificaties", "aanmeldformulier",
            # round vocab7
            "push-meldingen", "telegram-kanaal"],
            "weak": [
                "ingeschreven", "schrijf", "meld", "abonnement*", "mis", "blijf", "hoogte", "direct",
                "rechtstreeks", "dagelijkse", "wekelijkse", "maandelijks", "maandelijkse", "overzicht",
                "samenvatting", "nieuwste", "laatste", "acties", "aanbiedingen", "versturen",
                "verzenden", "verzonden", "ontvangt", "binnenkort", "bevestig", "bevestigen", "bevestiging",
                "klik", "link", "ongeldig", "verplicht", "verplichte", "velden", "voornaam", "achternaam",
                "privacyverklaring", "privacybeleid", "akkoord", "avond", "middag", "dag", "dank", "succesvol",
                "aangemeld", "mail", "mails", "e-mails", "interessegebieden", "opgeven", "alerts", "e-mailadressen",
                # round vocab4
                "naam", "geldig", "veld", "respecteren", "meldingen",
                # round vocab6
                "nieuwsupdates", "notificaties", "inschrijving", "bevestigd", "welkom",
                # round vocab7
                "abonnees", "lezers", "toestaan", "blokkeren", "weigeren", "inschakelen", "aanzetten", "kanaal",
                "volgen", "duizenden", "ruim", "recepten", "missen", "updates", "productupdates", "releasenotes"]},
        "ru": {"strong": [
            "отпис*", "дайджест*", "спам*",
            # round vocab4
            "telegram-канале", "telegram-канал", "телеграм-канал", "телеграм-канале",
            # round vocab6
            "push-уведомлени*", "рассылки",
            # round vocab7
            "пуш-уведомления"],
            "weak": [
                "ящик", "почтов*", "электронн*", "почте", "письмо", "письма", "писем", "свежие", "лучшие",
                "главные", "интересные", "самые", "каждую", "каждый", "неделю", "утро", "утром", "вечер*",
                "раз", "пропустите", "пропускайте", "пропустить", "курсе", "узнавайте", "первым*",
                "подтвердите", "подтвердить", "подтверждени*", "ссылк*", "перейдите", "активировать",
                "отправлено", "отправили", "успешно", "подписаны", "оформить", "бесплатн*", "новост*",
                "обзор", "анонсы", "уведомлени*", "акции", "скидк*", "согласие", "согласен", "условиями",
                "политикой", "конфиденциальности", "персональн*", "e-mail-адрес", "имя", "будьте", "подписались",
                "подписался", "еженедельн*", "ежедневн*",
                # round vocab4
                "читайте", "telegram", "телеграм", "канал", "канале", "дзен", "дзене", "корректный", "поле", "кнопку",
                "нажимая", "событий",
                # round vocab6
                "новостная", "новостную", "оповещени*", "мессенджер*", "подписывайтесь", "подборк*", "присылать",
                "присылаем", "пришлем", "пришлём", "получите", "указанный", "проверьте", "благодарим",
                "каждое",
                "письме", "важное",
                # round vocab7
                "подписчиков", "подписчики", "читателей", "телеграме", "телеграмме", "whatsapp-канал", "max-канал",
                "разрешить", "запретить", "блокировать", "позже", "включить", "отключить", "каналу",
                "присоединяйтесь", "тысяч", "тыс", "рецепты", "рецептов", "новые", "обновлени*", "новинки",
                "новинках"]},
    },
    "share": {
        "de": {"strong": [
            "weiterempfehlen", "weitersagen", "druckversion", "druckansicht", "zwischenablage", "threema",
            # round vocab6
            "teilen-button",
            # round vocab7
            "pinnen", "merkzettel", "wunschliste", "rezept-drucken"],
            "weak": [
                "geteilt", "teilt", "empfehlen", "weiterleiten", "verschicken", "mailen", "ausdrucken",
                "kopiert", "folgen", "folge", "folgt", "sozialen",
                "netzwerken", "netzwerke", "verlinken", "seite", "freunden", "schicken", "versenden",
                "artikels", "beitrags", "link-adresse", "kanal", "kanälen",
                # round vocab6
                "link-kopieren", "speichern",
                # round vocab7
                "rezept", "pdf", "gespeichert", "herunterladen", "telegram", "threads", "bluesky", "mastodon"]},
        "nl": {"strong": [
            "klembord", "printversie", "afdrukversie",
            # round vocab7
            "verlanglijst", "verlanglijstje", "wensenlijst", "favorieten"],
            "weak": [
                "gedeeld", "doorsturen", "stuur", "versturen", "verzenden", "gekopieerd", "print", "volg",
                "volgen", "sociale", "netwerken", "vrienden", "vriend", "tippen",
                "bericht", "pagina", "linkje", "artikelen",
                # round vocab6
                "verstuur", "mailen",
                # round vocab7
                "recept", "opslaan", "bewaren", "bewaard", "opgeslagen", "pdf", "downloaden", "telegram", "pinterest"]},
        "ru": {"strong": [
            "вконтакт*", "телеграм*", "ватсап", "вотсап", "вайбер", "telegram-канал*",
            # round vocab6
            "репост*"],
            "weak": [
                "одноклассник*", "тг", "дзен", "дзене", "яндекс", "скопировать", "скопирован*", "буфер", "обмена",
                "ссылк*", "другу", "друзьям", "канал*", "соцсет*", "социальных", "сетях", "сети", "версия",
                "печати", "pdf", "новостью", "материалом", "записью", "инстаграм", "ютуб",
                # round vocab6
                "лайкнуть", "скопировано", "отправить", "одноклассниках", "мессенджер*",
                # round vocab7
                "сохранить", "закладки", "избранное", "рецепт", "скачать"]},
    },
    "login": {
        "de": {"strong": [
            # accounts
            "logout", "ausloggen", "ausgeloggt", "passwort*", "kennwort*", "nutzername",
            "nutzerkonto", "kundenlogin", "kunden-login", "kundennummer", "bestätigungscode",
            # paywall and subscriptions "abos", "abonnentin", "digitalabo*", "probeabo*", "jahresabo*", "pur-abo",
            "freischalten", "digitalzugang", "vollzugriff", "probemonat", "kündbar",
            # shop account links
            "merkliste", "warenkorb", "wunschliste", "bestellübersicht", "bezahlinhalt*", "plus-artikel", "lesezugang",
            "artikelkontingent", "freiartikel*", "gratisartikel*", "abonnement*",
            # round vocab6
            "abonnentin", "digitalabo*", "probeabo*", "jahresabo*", "pur-abo", "testabo*", "testzugang", "probelesen",
            "schnupperabo*", "monatsabo*", "kennenlernangebot", "kennenlernpreis", "anmeldedaten", "zugangscode",
            "rechnungsadresse", "lieferadresse", "abo-angebot", "abo-shop", "aboservice", "abo-service",
            "leserservice", "bezahlschranke", "plus-inhalt*", "premium-inhalt*", "premium-artikel",
            "exklusivartikel", "bestätigungslink", "verifizierungscode", "zwei-faktor-authentifizierung",
            "anmeldeversuch*", "passwortlos",
            "loggen",
            "passwörter", "premium-angebot*", "google-konto", "apple-id", "facebook-konto", "anmeldeversuche",
            # round vocab7
            "bund-id", "bundid", "online-ausweis", "ausweisapp", "servicekonto", "gastzugang", "gastbestellung",
            "angemeldet-bleiben"],
            "weak": [
                "benutzer", "registrierung", "freigeschaltet", "zugang", "zugriff", "unbegrenzt*",
                "testen", "monat", "monate", "wochen", "gratis", "danach", "jederzeit", "kündigen", "euro",
                "mtl", "monatlich", "abschließen", "wählen", "angebot", "sichern", "inhalte", "registrierte*",
                "leser", "leserinnen", "nutzer", "willkommen", "zurück", "hallo", "profil", "gemerkt",
                "favoriten", "bestellungen", "kasse", "zurücksetzen", "ändern", "angemeldet", "bleiben",
                "merken", "fortfahren", "weiter", "apple", "facebook", "konten", "abgemeldet",
                "authentifizierung", "werbefrei", "digital", "digitale", "zugänge", "e-mail-adresse",
                "e-mail", "vollständigen", "ganzen", "beitrag", "exklusive*", "premium", "limit", "erreicht",
                "kostenpflichtig*", "kostenloses", "kostenlosen", "aufgebraucht", "verbraucht", "kontingent", "tage",
                "zugangsdaten", "hinzufügen",
                # round vocab4
                "abonnentinnen", "journalismus", "unterstützen",
                # round vocab6
                "einführungspreis", "digitalen", "e-paper", "epaper", "anmeldung", "bestätigen", "verifizieren",
                "verifizierung", "sitzung", "abgelaufen", "gutscheincode", "gutschein", "einlösen", "verwalten",
                "gespeicherte", "gespeichert", "rechnungen", "rechnung", "zahlung", "bezahlen", "frei", "freie",
                "verbleibende", "verbleibend", "übrig", "ausgeschöpft", "bereit", "zugänglich", "vorbehalten",
                "mitglieder", "mitglied", "mitgliedschaft", "sparen", "angebote", "jährlich", "wöchentlich",
                "kündigung", "laufzeit", "vertrag", "vertragslaufzeit", "inklusive", "unterstütze", "unterstützer",
                "qualitätsjournalismus", "unabhängigen", "daten", "eingabe", "ungültig", "falsch", "falsches",
                "stimmen", "überein", "eingeben", "telefonnummer", "handynummer", "gesendet", "geschickt",
                "erhalten", "lesezeichen", "kundenservice", "abos", "zahlungsart*", "zahlungsmethode*",
                "artikeln", "einschränkung", "kunde", "anlegen", "zahlenden", "mitgliedern", "einloggt",
                "eingeloggte",
                "mindestens", "zeichen", "lang", "geräten", "kostenlose",
                # round vocab7
                "elster", "erinnern", "bestellen", "bestellung", "personalausweis", "ausweis", "online-funktion",
                "identität", "sicher", "berechtigung", "rechte"]},
        "nl": {"strong": [
            "wachtwoord*", "gebruikersnaam", "uitlog*", "proefabonnement", "opzegbaar",
            "winkelwagen", "winkelmandje", "verlanglijst*", "premiumartikel", "plusartikel",
            # round vocab6
            "uitgelogd", "ontgrendel", "ontgrendelen", "klantnummer", "verificatiecode", "abonneenummer",
            "plusabonnement", "digitaal-abonnement", "betaalmuur", "inlogcode", "inloggegevens",
            "premium-artikel", "abonneeservice", "lezersservice",
            "wachtwoorden", "google-account", "inlogpogingen", "apple-account",
            # round vocab7
            "digid", "eherkenning", "itsme", "gastaccount", "mijn-omgeving", "mijnoverheid"],
            "weak": [
                "registratie", "afmelden", "abonnement*", "abonneer", "premium", "proefperiode", "digitaal",
                "onbeperkt",
                "toegang", "lezen", "verder", "lees", "maand", "maanden", "opzeggen", "maandelijks", "jaar",
                "eerste", "welkom", "terug", "profiel", "gegevens", "favorieten", "bestellingen",
                "klantenservice", "wijzig", "wijzigen", "e-mailadres", "geregistreerd", "lid", "leden",
                "doorgaan", "onthouden", "aanmelding", "ingelogde", "euro", "exclusief", "exclusieve", "maak",
                "proberen", "bereikt", "limiet", "maximale", "aantal",
                # round vocab4
                "steun", "journalistiek", "doneer",
                # round vocab6
                "neem", "neemt", "proef", "krant", "e-paper", "epaper", "lidmaatschap", "klant", "klanten",
                "bestelling", "herstellen", "resetten", "verifieer", "verifiëren", "sessie", "verlopen", "digitale",
                "artikelen", "vandaag", "weken", "slechts", "daarna", "betalen", "betaling", "korting", "aanbod",
                "actie", "instellingen", "beheer", "beheren", "opgeslagen", "bewaard", "bewaren", "leeslijst",
                "onjuist", "ongeldig", "verstuurd", "ontvangen", "telefoonnummer", "mobiele", "nummer", "bevestigen",
                "bevestig", "ondersteun", "steunen", "onafhankelijke", "kwaliteitsjournalistiek",
                "nieuw", "aanvragen", "betalende", "aanvraag", "inlogt", "leest",
                "onderdeel", "invoeren", "gestuurd", "minimaal", "tekens", "overeen", "apparaten",
                "nodig", "ander", "andere",
                # round vocab7
                "blijf", "bestellen", "machtigen", "machtiging", "persoonlijke", "omgeving", "veilig"]},
        "ru": {"strong": [
            "парол*", "логин*", "избранное",
            # round vocab6
            "авторизуйтесь", "авторизоваться", "пейвол*",
            "пароли", "премиум-подписк*",
            # round vocab7
            "есиа", "госключ"],
            "weak": [
                "аккаунт*", "регистраци*", "учетн*", "учётн*", "запись", "записи", "зайти", "зайдите",
                "выход", "восстановить", "восстановлени*", "забыл*", "напомнить", "сбросить", "изменить",
                "оформить", "оформите", "премиум", "платн*", "доступ*", "полный", "продолжить", "чтение",
                "чтения", "читать", "дальше", "статью", "эксклюзивн*", "бесплатн*", "корзин*", "заказы",
                "заказов", "профил*", "телефон*", "номер", "код", "смс", "подтверждени*", "пользовател*",
                "гость", "яндекс", "госуслуги", "подписк*", "подписку", "месяц", "рублей", "руб", "тариф*", "полностью",
                "лимит", "подписчик*", "прочитать",
                # round vocab4
                "поддержите", "поддержать", "продолжение", "безлимитный", "журналистику", "пожертвование",
                # round vocab6
                "закрыт*", "открыт*", "осталось", "осталась", "остался", "период", "отменить", "отмена", "любой",
                "момент", "почту", "сеанс", "истекла", "истёк", "повторно", "заново", "сбер", "создайте",
                "авторизованн*", "зарегистрированн*", "отправлен*", "отправили", "получить", "оплат*", "оплатить",
                "скидк*", "предложени*", "выгодн*", "неделю", "безлимит*", "журналистик*", "независим*", "материал*",
                "статей", "статьи", "контент*", "эксклюзив*", "настройки", "уведомлени*", "избранн*", "закладк*",
                "сохранен*", "сохранённ*", "сохраненн*", "история", "промокод*", "карты", "картой", "карту", "пробн*",
                "исчерпан*",
                "рубль", "первый", "прочитали", "месяце", "сеанс*", "истекло", "нажмите", "платных",
                "входит", "продолжайте", "должен", "содержать", "символов", "совпадают", "устройствах",
                "читаете", "бесплатную", "доступно", "подпиской", "получите", "неограниченн*", "попыток",
                "входа",
                "целиком", "вышли", "вошли", "другом",
                # round vocab7
                "госуслуг", "гостя", "заказ", "сбер-id", "безопасно"]},
    },
    "related": {
        "de": {"strong": [
            "meistgeklickt*", "meistgesehen*", "meistkommentiert*", "meistgeteilt*", "lesenswert*",
            "empfehlung", "passende", "ähnliches", "schlagzeilen", "topthemen", "top-themen", "topartikel",
            "top-artikel", "schlagworte", "stichwörter", "stichworte", "lesetipp*", "leseempfehlung*",
            "partnerinhalte", "partner-inhalte",
            # round vocab6
            "top-news", "topnews", "partnerangebote", "partner-angebote", "weiterführende",
            # round vocab7
            "ähnlichen", "rezeptideen", "vorgeschlagen", "vorschläge"],
            "weak": [
                "neuigkeiten", "angesagt", "tipps", "ratgeber", "dossier",
                "schwerpunkt", "hintergrund", "hintergründe", "interessant", "anderswo", "netz", "video",
                "bilder", "galerie", "bildergalerie*", "fotostrecke*", "fotos", "heute", "gestern",
                "woche", "monats", "neu", "neues", "letzte", "letzten", "zuletzt", "angesehen",
                "gesehen", "geklickt", "geteilt", "kommentiert", "anzeigen", "entdecken", "meldungen", "autor",
                "autorin", "gefallen", "könnten", "empfiehlt", "empfehlen", "rubrik", "kategorie", "kategorien",
                "passend", "andere", "anderen", "ebenfalls", "ausgewählte", "redaktionstipp*", "angesehene",
                "interessiert",
                # round vocab6
                "verwandten", "auswahl", "ausgewählt", "spannend", "spannende", "lesestoff", "inhalte", "folgen",
                "region", "regionale", "lokale",
                # round vocab7
                "gekauft", "zubehör", "weiteren", "rezepte", "nächstes", "nächste", "vergleichen", "vergleich",
                "lieben", "neuheiten", "produkte", "episoden", "ansehen"]},
        "nl": {"strong": [
            "gerelateerd", "populair", "meestgelezen", "aanraders", "aanrader", "leestip*", "trefwoorden",
            # round vocab6
            "partnerinhoud", "leesvoer",
            # round vocab7
            "suggesties"],
            "weak": [
                "bekeken", "gedeeld", "besproken", "nieuwste", "recente", "recent", "andere",
                "verhalen", "artikel", "video", "foto's", "fotoserie", "onderwerpen", "thema", "thema's",
                "categorie", "categorieën", "redactie", "binnen", "vandaag", "leuk", "vind", "vindt", "dossier",
                "achtergrond", "ontdek", "verder", "zie", "eveneens", "populairste", "bekijken",
                "interessante", "artikels",
                # round vocab6
                "aanbevelingen", "keuze", "selectie", "uitgelichte", "gesponsorde",
                "regio", "regionaal", "binnenland", "buitenland",
                # round vocab7
                "gekocht", "soortgelijke", "recepten", "vergelijken", "accessoires", "volgende", "inspiratie",
                "producten", "hierna"]},
        "ru": {"strong": [
            "похожих", "похожее", "популярн*", "рекоменд*", "читаем*", "обсуждаем*", "просматриваем*",
            "теги", "метки", "топ", "партнеров", "партнёров",
            # round vocab7
            "просматривали"],
            "weak": [
                "свежие", "актуальн*", "главное", "важное", "новое", "новые", "новост*", "публикации",
                "материал*", "тему", "темы", "рубрик*", "раздел*", "интересн*", "понравится", "подборка",
                "лучшее", "дня", "недели", "месяца", "сегодня", "обсуждают",
                "партнер*", "партнёр*", "интернете", "сети", "автора", "других", "смотреть", "читать",
                "статей", "новостей", "выбор", "редакции", "сюжет*", "хроника", "день",
                # round vocab6
                "подробнее", "истории", "подкаст*", "тренды", "горячее", "обсуждаемое", "спецпроекты", "партнеры",
                "партнёры",
                "самые", "региона", "регион", "области", "города",
                # round vocab7
                "покупатели", "покупают", "смотрели", "рецепты", "следующее", "следующий", "сравнить", "сравнение",
                "аксессуары", "товары", "новинки", "хиты", "продаж"]},
    },
    "comments": {
        "de": {"strong": [
            "netiquette", "diskussionsregeln", "mitdiskutieren", "kommentarbereich", "leserkommentar*", "pflichtfeld*",
            # round vocab6
            "community-richtlinien", "diskussionsrichtlinien", "freischaltung", "anzeigename",
            "kommentarrichtlinien", "kommentarregeln",
            # round vocab7
            "kundenbewertung", "kundenbewertungen", "produktbewertung", "sternen", "sternebewertung", "aufrufe",
            "zugriffe", "themenstarter", "threadersteller", "sortierung", "unterforum"],
            "weak": [
                "kommentier*", "leserbrief*", "foren", "freigeschaltet", "prüfung", "redaktionell",
                "geprüft", "veröffentlicht", "deaktiviert", "beendet", "ausgeblendet", "gelöscht", "verstößt",
                "regeln", "gemeldet", "beiträge", "erwiderung", "zitieren", "zitat", "gefällt", "sortieren",
                "sortiert", "beste", "einblenden", "ausblenden", "nachladen", "pflichtfelder", "markiert",
                "gekennzeichnet", "webseite", "namen", "browser", "speichern", "hinterlassen", "hinterlasse",
                "abbrechen", "angemeldet", "abzugeben", "abgeben", "leser", "leserinnen", "debatte",
                "mitreden", "reaktionen", "reaktion", "zeigen", "ansehen", "bewertung*", "bewerten",
                "antwortet", "antwortete", "neuen", "benachrichtige", "benachrichtigen", "folgekommentare",
                "nutzer", "community", "threads", "ältere", "neuere", "zuerst", "nachfolgende", "erforderliche",
                "felder", "e-mail-adresse",
                # round vocab6
                "nutzungsregeln", "moderatorin", "moderatoren", "beitragen", "teilnehmen", "mitmachen", "diskutiert",
                "gepostet", "posten", "verfasst", "geschrieben", "stunden", "minuten", "tagen", "missbrauch",
                "unangemessen", "zeichen", "maximal", "vorschau", "bearbeiten", "löschen", "verbleibende",
                "anonym", "wartet", "freigabe", "kommentiert",
                "beachten", "beachte",
                # round vocab7
                "rezension", "rezensionen", "sterne", "hilfreich", "beliebteste", "moderation", "thread",
                "likes", "nützlich", "relevanz", "beliebtheit", "fand", "fanden", "käufer", "verifizierter", "kauft",
                "gekauft", "durchschnittlich", "durchschnitt", "nachkochen", "nachgekocht", "ausprobiert",
                "beantworten", "gestellt", "seite", "danke", "rückmeldung", "verbessern", "entfernt",
                "verstoß", "nutzungsbedingungen", "benutzer", "mitglied", "mitglieder", "gesperrt", "gelöst",
                "bearbeitet", "zuletzt"]},
        "nl": {"strong": [
            "huisregels", "moderatie",
            # round vocab6
            "schermnaam", "weergavenaam", "reactiebeleid",
            # round vocab7
            "weergaven", "vind-ik-leuks"],
            "weak": [
                "gereageerd", "reageert", "reageerde", "spelregels", "reglement", "modereren", "beoordeeld",
                "goedgekeurd", "goedkeuring", "geplaatst", "plaatsen", "annuleren", "beantwoord", "antwoorden",
                "naam", "verplicht", "velden", "gemarkeerd", "e-mailadres", "gepubliceerd", "opslaan",
                "browser", "volgende", "keer", "sorteer", "sorteren", "nieuwste", "oudste", "beste",
                "populairste", "laad", "laden", "verberg", "verbergen", "rapporteer", "rapporteren", "melden",
                "misbruik", "vind-ik-leuk", "leuk", "praat", "discussiëren", "discussies", "lezers",
                "lezer", "website", "meldingen", "schreef", "achter", "vereiste",
                # round vocab6
                "moderatoren", "gepost", "plaatste", "uur", "minuten", "geleden", "dagen", "tekens", "resterend",
                "bijdrage", "bijdragen", "discussiëer", "bewerken", "verwijderen", "wachten", "gemeld", "ongepast",
                "anoniem",
                "verschijnen", "verschijnt",
                # round vocab7
                "beoordeling", "beoordelingen", "beoordeel", "recensie", "recensies", "reviews", "sterren",
                "behulpzaam", "nuttig", "bekeken", "gesorteerd", "moderator", "topic", "topics", "citeren",
                "gerapporteerd", "relevantie", "vonden", "vond", "geverifieerde", "koper", "aankoop", "gemiddeld",
                "gemiddelde", "schrijven", "geef", "stel", "gesteld", "bedankt", "verbeteren",
                "verwijderd", "opgelost", "bewerkt"]},
        "ru": {"strong": [
            "премодерац*", "помечены",
            # round vocab6
            "модерируются", "премодерации"],
            "weak": [
                "комментир*", "прокомментир*", "модерац*", "модератор*", "ответов", "ответа", "отзыв*",
                "оставьте", "напишите", "добавьте", "имя", "обязательные", "поля", "отмечены",
                "опубликован*", "сохранить", "браузере", "следующего", "сортировать", "сортировка", "новые",
                "старые", "лучшие", "сначала", "скрыть", "загрузить", "развернуть", "свернуть", "цитировать",
                "нравится", "лайк*", "жалоба", "правила", "правилами", "нарушени*", "отключены", "закрыто",
                "читатели", "читателей", "форум*", "ветк*", "ответил", "ответила", "написал",
                "написала", "комментариям", "войдите", "зарегистрируйтесь",
                # round vocab6
                "оценить", "оценка", "часов", "час", "дней", "гость", "аноним*", "модериру*", "символов", "оставлять",
                "редактировать", "удалить", "ожидает", "проверки", "одобрения", "мнением", "участники", "участников",
                "проходят", "появляются", "появится",
                "присоединяйтесь", "проверяются", "отключено", "прочитайте", "публикацией", "комментирование",
                # round vocab7
                "оценки", "оцените", "звезд", "звёзд", "полезен", "полезна", "полезно", "полезным", "полезной",
                "просмотров", "просмотра", "просмотры", "популярные", "гостя", "тема", "темы", "цитата", "дате",
                "популярности", "рейтингу", "покупатель", "покупателей", "покупка", "подтвержденная",
                "подтверждённая", "средняя", "средний", "задать", "сообщить", "ошибке", "ошибку", "странице",
                "страница", "спасибо", "улучшить", "удален", "удалён", "удалено", "участник", "зарегистрирован",
                "закрыта", "закрыт", "решено", "изменено", "отредактировано"]},
    },
    "navigation": {
        "de": {"strong": [
            "brotkrümel*", "brotkrumen*", "untermenü", "fußzeile", "kopfzeile", "seitenleiste", "sprungmarke*",
            "suchbegriff*", "suchfeld", "suchformular", "sprachauswahl", "menüs",
            # round vocab6
            "seitennavigation", "navigationsmenü", "menüpunkt*",
            # round vocab7
            "zum-rezept", "rezeptkarte", "stellenübersicht", "stellenangeboten", "jobübersicht", "warenkorb"],
            "weak": [
                "inhaltsverzeichnis", "nächste*", "vorherige*", "vorige*", "blättern", "seite", "seiten",
                "übersicht", "suchen", "eingeben", "ausklappen", "einklappen", "umschalten", "anzeigen",
                "ausblenden", "sprache", "kontakt", "impressum", "kategorien", "archiv", "ressorts", "rubriken",
                "hauptbereich", "inhaltsbereich", "bereich", "hoch", "befinden", "pfad", "zurückblättern",
                "weiterblättern", "home", "start", "barrierefreiheit", "tastatur", "mobile", "schnellzugriff",
                "schnellnavigation", "befindet",
                # round vocab6
                "anfang", "unten", "rechts", "lokales", "rubrik", "ressort", "bereiche",
                # round vocab7
                "kasse", "filtern", "rezept", "jobs", "bewerben", "ergebnisse", "weniger", "laden",
                "einkaufen", "shop", "kategorie", "marke", "marken", "sortiment", "bearbeiten", "quelltext",
                "versionsgeschichte", "diskussion", "seiteninformationen", "werkzeuge", "sprachen", "dokumentation",
                "hilfecenter", "faq", "offizielle", "erkennen", "woran", "leichte", "gebärdensprache", "vorlesen",
                "drucken"]},
        "nl": {"strong": [
            "kruimelpad", "broodkruimel*", "hoofdmenu", "submenu", "menu's", "zoekbalk", "zoekterm",
            "zoekveld", "zijbalk", "voettekst",
            # round vocab6
            "hoofdnavigatie", "navigatiemenu",
            # round vocab7
            "winkelwagen", "winkelmandje", "vacatureoverzicht"],
            "weak": [
                "bovenaan", "vorige", "volgende", "pagina", "overzicht", "zoek", "toegankelijkheid", "direct",
                "contact", "taal", "kies", "rubrieken", "categorieën", "uitklappen", "inklappen", "verbergen",
                "tonen", "inhoudsopgave", "startpagina", "homepage", "sluit", "open",
                # round vocab6
                "springen", "sla", "rubriek",
                "volgend", "vorig",
                # round vocab7
                "afrekenen", "recept", "vacatures", "solliciteer", "resultaten", "minder", "laden", "winkelen",
                "categorie", "bewerken", "brontekst", "geschiedenis", "overleg", "hulpmiddelen", "documentatie",
                "helpcentrum", "veelgestelde", "herkent", "officiële", "eenvoudige", "gebarentaal", "voorlezen",
                "filteren", "filters"]},
        "ru": {"strong": [
            "хлебн*",
            # round vocab6
            "пагинаци*", "навигационн*",
            # round vocab7
            "оглавление"],
            "weak": [
                "пропустить", "главную", "назад", "вперед", "вперёд", "следующ*", "предыдущ*", "страниц*",
                "начало", "началу", "вверх", "поиска", "найти", "искать", "карта", "сайта", "разделы",
                "рубрики", "контакты", "проекте", "основн*", "содержани*", "подвал", "версия", "мобильн*",
                "полная", "свернуть", "развернуть", "показать", "скрыть", "язык", "находитесь", "крошки",
                "каталог", "категории",
                # round vocab6
                "рубрика", "разделу", "разделам", "страница", "страницы",
                # round vocab7
                "корзина", "корзину", "оформить", "каталогу", "фильтр", "фильтры", "вакансиям", "рецепту", "рецепт",
                "списку", "откликнуться", "результаты", "меньше", "загрузить", "магазин", "категория", "бренды",
                "править", "редактировать", "обсуждение", "инструменты", "языки", "документация", "помощь", "справка",
                "ответы", "официальный", "узнать", "слабовидящих", "жестовом"]},
    },
}

# Words every class may hold that are no cue (articles, pronouns, prepositions, auxiliaries).
FUNCTION_EXTRA: list[str] = [
    # de: pronouns, possessives, auxiliaries and modals, prepositions, conjunctions, adverbs
    "ich", "mich", "mir", "dich", "dir", "ihm", "ihn", "ihnen", "euch", "euer", "eure", "sich",
    "meine", "meinen", "meinem", "meiner", "deinen", "deinem", "deiner", "ihrem", "ihrer", "ihres",
    "unserem", "unserer", "unseres", "seine", "seinen", "seinem", "seiner",
    "bin", "bist", "seid", "sein", "waren", "wird", "wirst", "wurden", "worden", "habe", "hast",
    "hatte", "hatten", "muss", "musst", "müssen", "soll", "sollte", "sollten", "möchte", "möchten", "möchtest",
    "wollen", "willst", "kannst", "darf", "dürfen", "wäre", "würde", "würden", "gewesen", "geworden",
    "am", "ans", "ins", "bei", "beim", "bis", "durch", "gegen", "ohne", "vor", "vom", "zwischen",
    "seit", "während", "dass", "ob", "wenn", "als", "wie", "wer", "wo", "wann", "warum", "weil",
    "dann", "doch", "schon", "sehr", "wieder", "immer", "gerade", "etwa", "einfach", "ganz", "gern",
    "gerne", "mal", "ja", "nein", "etwas", "eines", "einer", "jede", "jeder", "jedes", "jeden",
    "welche", "welcher", "welches", "diesem", "denen", "deren", "dessen", "aber", "sondern", "sowie", "bzw",
    "dort", "damit", "dazu", "davon", "dafür", "darauf", "hierzu", "selbst", "sowohl", "gleich", "dabei", "daher",
    "nun", "sonst",
    # nl
    "ik", "mij", "jij", "jou", "jullie", "hij", "zij", "ze", "haar", "hun", "zich", "uzelf", "jezelf",
    "dat", "wat", "waar", "wanneer", "hoe", "waarom", "welke", "welk", "maar",
    "dus", "wel", "toch", "even", "eens", "weer", "alweer", "reeds", "zo", "bent", "wordt",
    "word", "werd", "heeft", "hebben", "hadden", "kan", "kunt", "kun", "moet", "moeten",
    "mogen", "wil", "wilt", "willen", "zal", "zult", "zullen", "zou", "zouden", "door", "bij", "uit",
    "tegen", "onder", "tussen", "sinds", "tijdens", "toe", "mee", "af", "daar", "daarom", "hierbij",
    "hiervoor", "ervan", "erop", "iets", "niets", "niks", "iemand", "ieder", "iedere", "altijd", "nooit",
    "graag", "nee", "alstublieft", "alsjeblieft", "gelieve", "tot",
    # ru
    "я", "меня", "мне", "мной", "ты", "тебя", "тебе", "он", "она", "оно", "они", "его", "её", "ее", "их",
    "им", "ими", "ему", "ей", "нам", "нами", "вами", "ваше", "вашего", "вашей", "вашу", "вашим", "ваших",
    "вашем", "нашего", "нашей", "нашу", "нашем", "наших", "нашим", "свой", "свою", "своей", "своего", "свои",
    "моя", "мои", "мою", "моё", "мое", "этого", "этом", "этим", "эти", "этих", "тот", "та", "то", "те",
    "того", "что", "чтобы", "как", "но", "а", "же", "ли", "бы", "да", "если", "когда", "где", "куда",
    "уже", "снова", "опять", "тоже", "даже", "очень", "просто", "вот", "там", "тут", "быть", "была",
    "было", "были", "будет", "будут", "будем", "есть", "можете", "можно", "нужно", "надо", "должны",
    "при", "за", "до", "после", "без", "под", "над", "про", "со", "во", "ко", "обо", "который", "которые",
    "которая", "которое", "которых", "свое", "своё", "себя", "себе", "кто", "чем", "чего", "всех", "всем",
    "весь", "вся", "всего", "ни", "ничего", "никогда", "всегда", "пожалуйста", "уж", "ведь", "лишь", "потом", "затем",
    "такой", "такая", "такие", "такого", "такую",
    # round vocab6
    "nochmal", "nochmals", "einmal", "außerdem", "zudem", "jedoch", "allerdings", "hierbei", "darum", "dadurch",
    "darüber", "darin", "hiermit", "hierüber", "indem", "sodass", "solange", "sobald", "falls", "bevor", "nachdem",
    "obwohl", "anstatt", "trotz", "wegen", "keinen", "keinem", "keiner", "keines", "allen", "allem", "einige",
    "einigen", "viele", "niemand", "jemand", "habt", "werde", "sollen", "sollst", "hinter", "neben", "denn",
    "wem", "wen", "euren", "eurem", "eurer", "seines", "meines", "deines", "mittels", "innerhalb", "evtl", "ggf",
    "usw", "wieso", "weshalb", "womit", "wofür", "worauf", "hin", "heraus", "hinaus", "dorthin", "hierher",
    "daraufhin", "somit", "zwar", "sogar", "bloß", "nämlich", "hiervon", "hierin", "jene", "jener", "jenes",
    "dieselbe", "ab", "nogmaals", "straks", "zelf", "zelfs", "echter", "omdat", "zodat", "indien", "terwijl",
    "nadat", "voordat", "hem", "geweest", "moest", "wilde", "gaat", "doe", "doen", "doet", "komt", "komen", "zeer",
    "erg", "veel", "weinig", "enkele", "sommige", "allemaal", "hierop", "hierover", "daarvoor", "daarmee",
    "daarna", "ermee", "erin", "erover", "hiermee", "waarop", "waarmee", "waarvoor", "bijvoorbeeld", "enz", "evt",
    "eventueel", "wellicht", "hierdoor", "daardoor", "hiervan", "daarvan", "waarvan", "zichzelf", "mezelf", "onszelf",
    "gewoon", "из-за", "перед", "между", "около", "ради", "либо", "поэтому", "потому", "своих", "своим", "своем",
    "своём", "твой", "твоя", "твои", "твоего", "моего", "моей", "моих", "нужна", "нужен", "нужны", "могут", "могли",
    "мог", "могла", "сможете", "можем", "хотите", "хотим", "хотели", "являются", "будете", "будь", "этому", "той",
    "тем", "том", "тех", "теми", "всю", "всей", "всеми", "всему", "какой", "какие", "какая", "почему", "зачем",
    "откуда", "сюда", "нибудь", "более", "менее", "сам", "сама", "сами", "нем", "нём", "ней", "них", "ним", "нему",
    "неё", "нее", "него", "вашему", "нашему", "своему", "вашими", "нашими", "т", "д", "п", "др", "из-под", "которого",
    "которой", "которую", "котором", "которым", "которыми", "чтоб", "иначе", "далее", "ниже", "выше", "вновь",
    "oft", "daarop", "iedereen", "waarbij", "daarbij", "некоторые", "некоторых",
    # round vocab7
    "allein", "ebenso", "eigentlich", "erst", "genau", "irgendwie", "manchmal", "natürlich", "wirklich", "zusammen",
    "zuvor", "echt", "ooit", "samen", "soms", "vaak", "zeker", "вдруг", "сразу", "почти", "теперь", "давно", "иногда",
    "никто", "ничто", "вместе", "именно", "какой-то", "кто-то", "где-то"]
