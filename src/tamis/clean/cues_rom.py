"""More cue words for `remove_boilerplate`'s judge (see `cuewords.py`): a round written from knowledge of
real sites' furniture, merged into `CUES` at import."""
from __future__ import annotations

# class -> language -> {"strong": [...], "weak": [...]}
# French, Spanish, Italian, Portuguese. Words common in article prose (or in English, since every
# language's cues judge every page) are weak.
EXTRA: dict[str, dict[str, dict[str, list[str]]]] = {
    # error pages: not found / moved / removed, server and maintenance pages, expired links, blocked or broken videos
    "error": {
        "fr": {"strong": ["inexistante", "inexistant", "indisponible", "indisponibles", "indisponibilité",
                          "réessayez", "rechargez", "actualisez", "égaré", "égarée", "expirée", "expiré",
                          "géobloqué", "géobloquée", "surchargé", "captcha", "cloudflare",
                          # round vocab4
                          "bloqueur", "bloqueurs",
                          # round vocab6
                          "recaptcha", "dépublié", "dépubliée", "expirés", "expirées", "corrompu", "redirigé",
                          "redirection", "réessayant",],
               "weak": ["javascript", "maintenance", "momentanément", "temporairement", "ultérieurement",
                        "recharger", "actualiser", "rafraîchir", "supprimé", "supprimés", "déplacé", "renommée",
                        "rompu", "périmé", "obsolète", "brisé", "vérifiez", "vérifier", "orthographe", "saisie",
                        "saisi", "tapé", "l'adresse", "l'url", "l'accueil", "d'accueil", "retournez", "revenez",
                        "rendez-vous", "cliquez", "perdu", "perdue", "vidéo", "lecteur", "géographique",
                        "géographiques", "navigateur", "activer", "activez", "chargement", "problème", "problèmes",
                        "accès", "refusé", "interdit", "requête", "aboutir", "délai", "dépassé", "passerelle",
                        "serveur", "dysfonctionnement", "inattendue", "inattendu", "invalide", "incorrecte", "plaît",
                        "patienter", "gêne", "occasionnée", "actuellement", "rencontrons", "difficultés", "mal",
                        "passé", "semblerait", "bientôt", "vite", "travaux", "programmée", "planifiée", "cours",
                        "interne", "d'attente", "requêtes", "ligne", "hors", "retirée", "raisons", "restreint",
                        "restreinte", "territoire", "autorisé", "autorisée", "authentification", "vérification",
                        "humain", "mise", "changé", "nom", "utilisez", "moteur", "impossible", "région", "temps",
                        "résultat", "résultats", "arrière", "supporté", "mettre", "désactivé",
                        # round vocab4
                        "archivé", "archivée", "supporte", "prend", "écouter", "tiers", "détecté", "désactiver",
                        "désactivez",
                        # round vocab5
                        "tentatives", "session", "pays", "zone", "droits", "patience", "compréhension",
                        # round vocab6
                        "saturé", "robot", "cochez", "case", "bloqué", "bloquée", "bloquées", "bloqués", "activé",
                        "activés", "activée", "activées", "nécessite", "nécessaire", "requiert", "compatible",
                        "incompatible", "version", "mettez", "retiré", "retirés", "périmée", "correspond",
                        "correspondant", "critères", "recherche", "essayez", "lecture", "lire", "échoué", "échec",
                        "charger", "chargée", "réseau", "expiration", "excédé", "limite", "patientez",
                        "automatiquement", "secondes", "instants", "géolocalisation", "vpn", "proxy", "inhabituel",
                        "inhabituelle", "suspecte", "suspect", "trafic", "vérifions", "flash", "plugin", "endommagé",
                        "fichier", "privé", "privée", "inaccessible", "accessible", "visible", "malheureusement",
                        "excusons", "excuses", "inconvénient", "désagrément", "reviendrons", "reviendra", "rétabli",
                        "rétablir", "panne", "coupure", "mots-clés", "cookies", "télécharger", "installer",
                        "installez", "autoriser", "fenêtre", "pop-up", "bloquer", "ressource", "traiter", "dépasser",
                        # round vocab6
                        "ait", "n'arrivons", "nouvelle", "rencontre", "technique", "opération", "dehors", "bloque",
                        "l'affichage", "formulaire", "merci",
                        # round vocab6
                        "sécurisée", "connexion", "reçu", "l'accès", "regarder", "récente", "adobe", "d'adobe",
                        "aucun", "aucune", "tag",
                        # round vocab6
                        "complétant", "l'action", "réussie", "performances", "empêche", "ci-dessous",
                       ]},
        "es": {"strong": ["inexistente", "inténtelo", "buscabas", "extraviado", "expirado", "caducado", "caducada",
                          "denegado", "disculpe", "disculpen", "escribiste", "recargue", "volveremos",
                          "geobloqueado",
                          # round vocab4
                          "bloqueador", "bloqueadores",
                          # round vocab6
                          "recaptcha", "despublicado", "despublicada", "reintentar", "reintenta", "regresaremos",
                          "expirada", "inaccesible",],
               "weak": ["mantenimiento", "caído", "rota", "desaparecido", "eliminado", "movido", "trasladado",
                        "renombrada", "intenta", "intente", "vuelve", "vuelva", "recarga", "recargar", "actualiza",
                        "actualizar", "servidor", "prohibido", "acceso", "temporalmente", "técnico", "técnicos",
                        "problema", "problemas", "comprueba", "verifica", "revisa", "ortografía", "portada",
                        "perdido", "perdida", "buscaba", "solicitado", "solicitud", "procesar", "cargar",
                        "reproducir", "vídeo", "reproducción", "geográfica", "geográficas", "restringido",
                        "restricciones", "navegador", "habilita", "habilitar", "activar", "inválido", "inválida",
                        "incorrecta", "incorrecto", "ocurrido", "inesperado", "molestias", "ocasionadas", "país",
                        "zona", "realizando", "tareas", "pronto", "servicio", "breve", "actualmente", "dificultades",
                        "salió", "salido", "interno", "encuentra", "territorio", "autorizado", "autenticación",
                        "verificación", "humano", "posible", "cambiado", "nombre", "construcción", "resultados",
                        "resultado", "regresar", "regresa", "atrás", "actualice", "desactivado", "cargando",
                        # round vocab4
                        "anuncios", "soporta", "escuchar", "privado", "región", "desactiva", "activa", "paciencia",
                        "desactualizado", "obsoleto",
                        # round vocab5
                        "solicitudes", "peticiones", "intentos", "javascript", "sesión", "derechos",
                        # round vocab6
                        "robot", "casilla", "bloqueado", "bloqueada", "bloqueados", "habilitado", "habilitada",
                        "habilitadas", "activado", "activada", "activadas", "requiere", "necesita", "necesario",
                        "compatible", "compatibles", "admite", "versión", "retirado", "retirada", "borrado",
                        "borrada", "caducó", "expiró", "vencido", "vencida", "coincide", "coincidan", "coincidencias",
                        "criterios", "intentar", "fallado", "falló", "fallo", "falla", "conexión", "agotado",
                        "excedido", "superado", "demasiadas", "límite", "espere", "segundos", "redirigido",
                        "redirigiendo", "automáticamente", "sospechoso", "inusual", "tráfico", "comprobando",
                        "verificando", "vpn", "proxy", "corrupto", "dañado", "formato", "lamentamos",
                        "inconvenientes", "inconveniente", "enseguida", "volvemos", "privada", "obsoleta",
                        "lamentablemente", "desgraciadamente", "incidencia", "avería", "restablecer", "restablecido",
                        "trabajando", "solucionarlo", "solucionar", "navegadores", "descargar", "instalar",
                        "ventanas", "emergentes", "bloquear", "recurso", "petición", "tramitar", "intentarlo",
                        "mostrarse", "cargarse", "reproducirse",
                        # round vocab6
                        "podido", "prueba", "realizar", "experimentando", "ello", "programadas", "programado",
                        "programada", "fuera", "reproductor", "bloqueando", "visualización", "formulario", "favor",
                        "web",
                        # round vocab6
                        "segura", "tardar", "recibido", "ip", "espera", "minutos", "permitido", "línea", "etiqueta",
                        "artículos",
                        # round vocab6
                        "completando", "acción", "continuación", "correcta", "rendimiento", "verificamos", "momento",
                       ]},
        "it": {"strong": ["inesistente", "introvabile", "cercavi", "digitato", "riprovare", "smarrita", "torneremo",
                          "storto", "raggiungibile", "irraggiungibile", "geobloccato",
                          # round vocab6
                          "recaptcha", "riprovi", "spiacente", "inaccessibile", "reindirizzamento", "reindirizzato",],
               "weak": ["manutenzione", "momentaneamente", "temporaneamente", "rimosso", "eliminata", "eliminato",
                        "spostato", "rinominata", "cancellata", "cercato", "richiesto", "digitare", "controlla",
                        "ricarica", "ricaricare", "aggiorna", "negato", "vietato", "accesso", "problemi", "tecnico",
                        "tecnici", "persa", "perso", "errata", "scaduto", "scaduta", "geografica", "geografiche",
                        "abilita", "abilitare", "caricamento", "caricare", "impossibile", "inaspettato",
                        "imprevisto", "riprodurre", "riproduzione", "disagio", "favore", "paese", "presto",
                        "attualmente", "difficoltà", "andato", "qualcosa", "lavori", "corso", "aggiornamento",
                        "autorizzato", "autenticazione", "umano", "cambiato", "nome", "costruzione", "risultato",
                        "risultati", "nessun", "indietro", "supportato", "aggiornare", "disattivato",
                        # round vocab4
                        "supporta", "scusiamo", "disattiva", "ascolta", "l'inconveniente", "pazienza", "obsoleto",
                        "disabilitato", "rilevato", "adblock",
                        # round vocab5
                        "richieste", "tentativi", "browser", "aggiornato", "javascript", "sessione",
                        # round vocab6
                        "robot", "bloccato", "bloccata", "bloccati", "abilitato", "abilitati", "abilitata",
                        "attivato", "attivata", "attiva", "richiede", "necessario", "compatibile", "versione",
                        "rimossi", "cancellato", "eliminati", "scadute", "corrisponde", "corrispondono", "criteri",
                        "fallito", "fallita", "connessione", "attendi", "attendere", "superato", "troppe", "limite",
                        "secondi", "automaticamente", "sospetto", "insolito", "traffico", "verifica", "verificando",
                        "vpn", "proxy", "danneggiato", "formato", "inconveniente", "torniamo", "privato", "visibile",
                        "accessibile", "purtroppo", "guasto", "interruzione", "ripristinato", "ripristinare",
                        "lavorando", "risolvere", "scaricare", "installare", "popup", "bloccare", "risorsa",
                        "elaborare", "riprodotto", "caricato", "inserito", "digitati", "server", "temporaneo",
                        "gateway",
                        # round vocab6
                        "riusciamo", "riuscito", "riuscita", "trovare", "prova", "nuova", "riscontrando",
                        "programmata", "programmato", "fuori", "player", "modulo", "visualizzazione",
                        # round vocab6
                        "sicura", "l'operazione", "richiedere", "ricevuto", "ip", "qualche", "minuto", "minuti",
                        "l'accesso", "consentito", "online", "guardare", "blocco", "annunci",
                        # round vocab6
                        "completando", "l'azione", "prestazioni", "verifichiamo", "mentre", "attimo", "momento",
                       ]},
        "pt": {"strong": ["indisponível", "procurava", "digitou", "recarregue", "desculpem",
                          # round vocab6
                          "recaptcha", "voltaremos", "indisponíveis", "inacessível", "redirecionado",
                          "redirecionando",],
               "weak": ["manutenção", "temporariamente", "removido", "excluída", "excluído", "apagada", "renomeada",
                        "digitado", "verifique", "confira", "recarregar", "atualize", "atualizar", "negado",
                        "proibido", "acesso", "expirou", "incorreto", "incorreta", "habilite", "ative", "carregar",
                        "carregamento", "desculpas", "lamento", "região", "voltamos", "atualmente", "dificuldades",
                        "instantes", "fora", "território", "autenticação", "verificação", "robô", "alterado",
                        "construção", "nenhum", "nenhuma", "regressar", "suportado", "desativado", "carregando",
                        # round vocab4
                        "navegador", "suporta", "bloqueador", "anúncios", "ouvir", "transtorno", "desatualizado",
                        "desative", "incómodo", "paciência", "técnicos",
                        # round vocab5
                        "solicitações", "requisições", "tentativas", "javascript", "expirada", "sessão", "país",
                        # round vocab6
                        "caixa", "bloqueado", "bloqueada", "bloqueados", "habilitado", "habilitada", "ativado",
                        "ativada", "requer", "necessário", "compatível", "versão", "retirado", "retirada", "deletado",
                        "apagado", "excluídos", "expirado", "vencido", "corresponde", "correspondem", "critérios",
                        "buscar", "pesquisar", "palavra-chave", "falhou", "falha", "conexão", "ligação", "aguarde",
                        "aguardar", "esgotado", "excedido", "excedeu", "muitas", "limite", "segundos",
                        "automaticamente", "suspeito", "incomum", "tráfego", "verificando", "vpn", "proxy",
                        "corrompido", "danificado", "ficheiro", "formato", "inconveniente", "transtornos", "breve",
                        "privado", "infelizmente", "desculpa", "técnico", "servidor", "interno", "tentar", "tentando",
                        "instabilidade", "trabalhando", "resolver", "restabelecido", "baixar", "instalar", "janelas",
                        "pop-up", "bloquear", "recurso", "processar", "reproduzir", "reprodução", "visualizar",
                        "carregado", "bloqueio",
                        # round vocab6
                        "conseguimos", "conseguiu", "nova", "passando", "ar", "programada", "formulário", "favor",
                        "reprodutor", "player", "visualização", "bloqueando",
                        # round vocab6
                        "segura", "levar", "recebemos", "ip", "minutos", "permitido", "online", "assistir",
                        # round vocab6
                        "concluindo", "ação", "abaixo", "bem-sucedida", "desempenho", "verificamos", "enquanto",
                        "momento",
                       ]},
    },
    # consent banners and their buttons (CMP names, purposes, vendors, personalised ads, audience measurement)
    "cookie": {
        "fr": {"strong": ["traceurs", "finalités", "consentir", "consentez", "didomi", "onetrust", "cookiebot",
                          "usercentrics", "quantcast", "axeptio", "tarteaucitron",
                          # round vocab5
                          "sirdata",
                          # round vocab6
                          "cookie-wall", "mouchards", "pisteurs", "traceur", "consentements", "commanders-act",
                          "trustarc", "cmp", "iab",
                         ],
               "weak": ["témoins", "acceptez", "accepte", "rejeter", "gestion", "fournisseurs", "partenaires",
                        "publicité", "publicités", "personnalisée", "personnalisées", "personnalisés", "ciblée",
                        "mesure", "d'audience", "statistiques", "expérience", "améliorer", "traitement", "données",
                        "personnelles", "retirer", "modifier", "tiers", "dépôt", "déposer", "appareil",
                        "identifiants", "géolocalisation", "précises", "fonctionnels", "fonctionnement",
                        "strictement", "nécessaires", "essentiels", "désactiver", "autoriser", "valider",
                        "politique", "savoir", "d'informations", "utiliser", "utilisation", "utilise", "contenus",
                        "intérêts", "matière", "poursuivant", "l'utilisation", "l'usage", "sauvegarder", "mesurer",
                        "fréquentation", "réseaux", "sociaux", "proposer", "adaptées", "d'intérêt", "stockons",
                        "accédons", "traitons", "afficher", "telles", "réaliser", "visites", "respectons",
                        "uniquement",
                        # round vocab5
                        "intérêt", "légitime",
                        # round vocab6
                        "acceptés", "acceptation", "refusez", "continuez", "fermant", "cliquant", "bandeau",
                        "lecture", "stockage", "audience", "ciblage", "ciblées", "profil", "profils", "profilage",
                        "publicitaires", "annonces", "navigation", "analyse", "analytiques", "performance", "mesures",
                        "enregistrent", "conserver", "finalité", "fournisseur", "vendeurs", "liste", "détail",
                        "détails", "préférence", "choisir", "réglages", "personnalisation", "retirez", "lien", "pied",
                        "navigateur", "terminal", "consulter", "visite", "visiteurs", "abonnement", "payant",
                        "alternative", "gratuitement", "contrepartie", "opposer", "s'opposer", "opposition",
                        "identifiant", "ip", "caractéristiques", "scanner", "l'appareil", "fonctionnalités", "vidéos",
                        "embarqués", "durée", "conservation",
                       ]},
        "es": {"strong": ["consiento", "finalidades",
                          # round vocab5
                          "didomi", "onetrust", "cookiebot",
                          # round vocab6
                          "rastreadores", "trustarc", "cmp", "iab", "usercentrics", "quantcast",
                         ],
               "weak": ["personalizar", "administrar", "proveedores", "publicidad", "anuncios", "personalizados",
                        "personalizada", "medición", "análisis", "analíticas", "estadísticas", "navegación",
                        "experiencia", "mejorar", "usuario", "usuarios", "terceros", "propias", "técnicas",
                        "estrictamente", "funcionales", "permitir", "seleccionadas", "selección", "retirar", "uso",
                        "utilizamos", "usamos", "política", "aviso", "continuar", "acuerdo", "vale", "almacenar",
                        "intereses", "perfiles", "navegar", "contenido", "consideramos", "continúa", "navegando",
                        "servicios", "hábitos", "analizar", "mostrarte", "relacionada", "obtener", "perfil",
                        "elaborado", "partir", "respetamos", "únicamente", "solamente",
                        # round vocab5
                        "interés", "legítimo", "acceder",
                        # round vocab6
                        "aceptas", "aceptación", "rechazas", "almacenamiento", "lectura", "audiencia", "segmentación",
                        "publicitarios", "publicitarias", "analíticos", "rendimiento", "medir", "proveedor", "lista",
                        "detalles", "preferencia", "elegir", "personalización", "clic", "pulsando", "clicando",
                        "botón", "banner", "cerrando", "pie", "página", "navegador", "visita", "visitas",
                        "visitantes", "identificadores", "único", "ip", "geolocalización", "precisa",
                        "características", "escaneo", "funcionalidades", "redes", "sociales", "incrustados",
                        "duración", "conservación", "oponerte", "oposición", "legitimo", "suscripción", "pago",
                        "alternativa", "permiten", "permite", "recopilar", "tratamiento", "tratar", "fines",
                        "finalidad",
                       ]},
        "it": {"strong": ["tracciamento", "traccianti", "acconsenti", "acconsento", "acconsentire",
                          # round vocab5
                          "iubenda", "didomi", "onetrust", "cookiebot",
                          # round vocab6
                          "trustarc", "cmp", "iab", "usercentrics", "quantcast", "cookiewall",
                         ],
               "weak": ["strumenti", "finalità", "fornitori", "terze", "parti", "pubblicità", "annunci",
                        "personalizzati", "personalizzata", "misurazione", "statistiche", "analitici", "tecnici",
                        "strettamente", "funzionali", "navigazione", "esperienza", "migliorare", "utilizziamo",
                        "usiamo", "consentire", "consenti", "permetti", "selezionati", "selezione", "gestione",
                        "modifica", "revoca", "negare", "nega", "maggiori", "informativa", "estesa", "continua",
                        "prosegui", "proseguendo", "scorrendo", "d'accordo", "senza", "utente", "interessi",
                        "profilazione", "chiudendo", "cliccando", "qualunque", "elemento", "sito", "utilizza",
                        "previo", "inviarti", "linea", "capito", "ho", "rispettiamo", "unicamente",
                        # round vocab5
                        "interesse", "legittimo", "archiviare", "accedere",
                        # round vocab6
                        "accettando", "accettazione", "rifiutando", "archiviazione", "lettura", "audience",
                        "pubblico", "profili", "pubblicitari", "pubblicitarie", "analisi", "prestazioni", "misurare",
                        "fornitore", "elenco", "dettagli", "preferenza", "scegliere", "personalizzazione", "clic",
                        "pulsante", "banner", "fondo", "browser", "visita", "visite", "visitatori", "identificativi",
                        "identificatori", "univoci", "ip", "geolocalizzazione", "precisi", "caratteristiche",
                        "scansione", "funzionalità", "social", "incorporati", "durata", "conservazione", "opporti",
                        "opposizione", "abbonamento", "alternativa", "permettono", "raccogliere", "trattamento",
                        "scopi", "tecnologie", "simili", "installare", "installiamo",
                       ]},
        "pt": {"strong": ["consinto",
                          # round vocab5
                          "didomi", "onetrust", "cookiebot",
                          # round vocab6
                          "rastreadores", "trustarc", "cmp", "iab", "usercentrics", "quantcast",
                         ],
               "weak": ["concordo", "concordar", "rastreamento", "gerir", "definições", "fornecedores",
                        "publicidade", "anúncios", "medição", "análise", "estatísticas", "navegação", "experiência",
                        "melhorar", "terceiros", "estritamente", "essenciais", "funcionais", "selecionados",
                        "seleção", "continuando", "utilizador", "usuário", "concorda", "tecnologias", "semelhantes",
                        "acordo", "condições", "apenas", "respeitamos", "somente",
                        # round vocab5
                        "finalidades", "interesse", "legítimo", "armazenar", "aceder", "acessar",
                        # round vocab6
                        "aceitando", "aceitação", "recusando", "leitura", "audiência", "segmentação", "publicitários",
                        "publicitárias", "análises", "analíticos", "desempenho", "medir", "fornecedor", "lista",
                        "detalhes", "preferência", "escolher", "personalização", "personalizar", "personalizados",
                        "personalizada", "clique", "clicar", "clicando", "botão", "banner", "fechando", "rodapé",
                        "navegador", "visita", "visitas", "visitantes", "identificadores", "únicos", "ip",
                        "geolocalização", "precisos", "características", "digitalização", "funcionalidades", "redes",
                        "sociais", "incorporados", "duração", "conservação", "opor-se", "oposição", "assinatura",
                        "alternativa", "permitem", "recolher", "coletar", "tratamento", "finalidade", "fins",
                        "utilizamos", "usamos", "pessoais", "uso", "sites", "site", "continuar", "navegar",
                        "concordando", "aceite", "aceitas", "permitir", "ajustes", "opções",
                       ]},
    },
    # copyright and reproduction notes, sponsored / affiliate disclosures, agency syndication, not-advice notes, terms
    "legal": {
        "fr": {"strong": ["cgu", "cgv", "publireportage", "publi-rédactionnel", "interdites", "expresse",
                          "n'engagent", "n'engage", "complétude", "exhaustivité", "déposées", "déposée",
                          "d'affiliation", "annonceur", "cfd", "l'aimable", "publicité", "non-responsabilité",
                          # round vocab4
                          "erratum", "rectificatif", "ndlr", "avertissez-moi",
                          # round vocab5
                          "rcs", "siret", "siren", "surtaxé",
                          # round vocab6
                          "sponsorisée", "sponsorisés", "sponsorisées", "commandité", "commanditée",
                          "publi-information", "publicommuniqué", "publi-communiqué",
                          "shutterstock", "istock", "istockphoto", "maxppp",
                          "abacapress", "businesswire", "globenewswire", "prnewswire", "newswire", "cfc", "hébergeur",
                          "reproductions", "rédactionnellement", "non-contractuelles", "non-contractuelle",
                          "déontologie", "sponsorisation",
                          # round vocab6
                          "joueurs-info-service", "astérisque",
                         ],
               "weak": ["légales", "légal", "rémunéré", "rémunération", "partenaire", "partenaires", "achat",
                        "achats", "liens", "publicitaire", "contenu", "afp", "dépêche", "agence", "crédit",
                        "crédits", "protégé", "protégés", "propriété", "intellectuelle", "intégrale", "strictement",
                        "interdit", "l'éditeur", "l'auteur", "engagent", "propos", "reflètent", "constitue",
                        "aucune", "incitation", "recommandation", "d'investissement", "investissement", "financier",
                        "financiers", "boursier", "médical", "médicale", "traitement", "substitut", "remplace",
                        "remplacer", "indicatives", "informatif", "fins", "caractère", "général", "fiable",
                        "fiabilité", "erreurs", "dommages", "préjudice", "résultant", "utilisation", "générales",
                        "d'utilisation", "société", "sarl", "marque", "marques", "vente", "contient", "rédigé",
                        "annonceurs", "rédaction", "participé", "réalisation", "levier", "perdent", "comptes",
                        "investisseurs", "particuliers", "risque", "élevé", "purement", "sauraient", "engager",
                        "achetez", "produit", "percevoir", "surcoût", "aucun", "cas", "représentation", "procédé",
                        "l'autorisation", "confrères", "reproduit", "exprimées", "auteur", "proposé", "commerciaux",
                        "contenir", "uniquement", "fourni",
                        # round vocab4
                        "traduit", "communiqué", "généré", "automatiquement", "artificielle", "l'aide", "tribune",
                        "paru", "presse", "archives", "indépendance", "réalisé", "republié", "agences",
                        "l'intelligence", "l'anglais", "d'illustration", "recherches", "avis", "consultez", "toucher",
                        "l'article", "publiée", "résumé", "indiquait", "chronique", "respectifs", "émetteur",
                        "cryptomonnaies", "volatils", "promotionnel", "relu", "suicidaires", "dépendance",
                        "endettement", "d'évoluer", "susceptibles", "l'origine", "traduction", "mis", "jour",
                        # round vocab5
                        "intelligence", "ia", "affiliés", "prix", "disponibilité", "engage", "remboursé", "capacités",
                        "remboursement",
                        # round vocab6
                        "photo", "photos", "illustration", "getty", "images", "sipa", "belga", "reuters", "ap",
                        "licence", "creative", "wikimedia", "conditions", "mentions", "confidentialité",
                        "privée", "données", "personnelles", "rgpd", "cnil", "charte", "sauf", "copie", "diffusion",
                        "rediffusion", "reproduire", "reproduite", "redistribution", "exploitation", "totale",
                        "publication", "hébergé", "hébergement", "siège", "immatriculée", "sas", "éditoriale",
                        "éditorial", "rédactionnelle", "rédactionnel", "sélectionnés", "sélectionne", "sélectionnons",
                        "indépendamment", "indépendante", "sponsor", "commissions", "percevons", "touchons", "touche",
                        "rémunérés", "lien", "affilié", "amazon", "diffusé", "relayé", "diagnostic", "consultation",
                        "pharmacien", "ordonnance", "automédication", "substituer", "substitue", "conseiller", "amf",
                        "rendements", "volatilité", "spéculatif", "spéculatifs", "pertes", "l'intégralité", "crypto",
                        "crypto-actifs", "jeux", "d'argent", "hasard", "jouer", "mineurs", "addictif", "addiction",
                        "isolement", "anj", "juridique", "juridiques", "avocat", "précision", "correction", "corrigé",
                        "corrigée", "modifié", "modifiée", "rectifié", "mentionnait", "erronée", "erroné", "financé",
                        "financée", "contributeur", "contributeurs", "adhérent", "garanties", "exactes", "complètes",
                        "l'exactitude", "recommandons", "vendeurs", "marchands",
                        # round vocab6
                        "placement", "marqués", "effectuez", "cliquez", "trader", "rapide", "l'effet", "cotations",
                        "différé", "indépendant", "réalisons", "bénéfice", "remplissant", "requises", "conflits",
                        "familiaux", "éventuelles", "instruments", "complexes", "présentent", "retrouvez", "cotation",
                        "boursières", "indices",
                        # round vocab6
                        "utilisant", "acceptez", "traitées", "conformément", "disposez", "droit", "d'accès",
                        "rectification", "suppression", "libertés", "générée", "citées", "appartiennent",
                        "propriétaires", "tenu", "précédente", "d'opposition", "portabilité", "délégué",
                       ]},
        "es": {"strong": ["patrocinada", "patrocinados", "publirreportaje", "vertidas", "responsabiliza",
                          "omisiones", "registradas", "anunciante", "apalancamiento", "cfds", "meramente",
                          # round vocab4
                          "adscritas", "erratas", "notificarme", "avísame",
                          # round vocab5
                          "autoprohibición",
                          # round vocab6
                          "patrocinadas", "publirreportajes",
                          "shutterstock", "istock", "istockphoto", "businesswire",
                          "globenewswire", "prnewswire", "newswire", "vertidos", "responsabilizamos", "lopd",
                          "lopdgdd", "lssi", "lssice", "jugarbien", "dgoj", "exime", "eximen",
                          # round vocab6
                          "asterisco",
                         ],
               "weak": ["reservado", "queda", "expresamente", "comisiones", "compra", "gana", "ganamos", "recibimos",
                        "pequeña", "costo", "expresadas", "reflejan", "necesariamente", "autor", "autores",
                        "exclusiva", "responsable", "constituye", "recomendación", "inversión", "financiero",
                        "financiera", "médico", "médica", "diagnóstico", "tratamiento", "informativos", "carácter",
                        "integridad", "errores", "daños", "perjuicios", "derivados", "uso", "términos",
                        "condiciones", "aviso", "agencia", "efe", "propiedad", "intelectual", "registrada", "venta",
                        "contiene", "redacción", "participado", "inversores", "minoristas", "pierden", "dinero",
                        "cuentas", "sustituir", "contenida", "sitio", "elaboración", "recibir", "realizas",
                        "artículo", "distribución", "comunicación", "pública", "contenidos", "expresa", "ofrecido",
                        "comerciales", "contener", "exención",
                        # round vocab4
                        "foto", "compras", "generado", "archivo", "imagen", "traducido", "fuente", "opinión",
                        "agencias", "noticia", "prensa", "precios", "traducción", "inglés", "ayuda", "nota",
                        "créditos", "criptomonedas", "descargo", "revisado", "suicidas", "juega", "requisitos",
                        "independiente", "productos", "versión", "automáticamente", "resumen", "permiso",
                        "actualizado", "desarrollo", "actualización", "opiniones", "refleja", "ilustrativa",
                        "referencia", "respectivos", "comunicado", "inteligencia",
                        # round vocab5
                        "artificial", "ia", "afiliados", "disponibilidad",
                        # round vocab6
                        "licencia", "creative", "wikimedia", "firmantes", "columnistas", "asesor", "asesoría",
                        "reemplaza", "reemplazar", "sustitutivo", "facultativo", "especialista", "automedicación",
                        "cnmv", "rentabilidad", "volátil", "volatilidad", "especulativo", "pérdidas", "apalancados",
                        "jugar", "apuestas", "ludopatía", "adicción", "privacidad", "personales", "protección",
                        "rgpd", "legal", "legales", "cif", "nif", "inscrita", "mercantil", "corrección",
                        "rectificación", "aclaración", "corregido", "corregida", "fotografía", "getty", "images",
                        "reuters", "difundido", "políticas", "asistencia", "herramientas", "supervisión", "editorial",
                        "periodistas", "seleccionados", "seleccionamos", "independientes", "patrocinio", "afiliado",
                        "amazon", "vendedores", "tiendas", "financiado", "financiada", "estatal", "garantiza",
                        "exactas", "ap",
                        # round vocab6
                        "fines", "exclusivamente", "postura", "marcados", "instrumentos", "complejos", "perder",
                        "rápidamente", "cotizaciones", "retraso", "causar", "obtengo", "ingresos", "cumplen",
                        "aplicables",
                        # round vocab6
                        "utilizar", "aceptas", "tratados", "ejercer", "supresión", "oposición", "delegado",
                        "afirmaba", "erróneamente", "generada", "mencionadas", "pertenecen", "propietarios",
                        "portabilidad",
                       ]},
        "it": {"strong": ["publiredazionale", "esattezza", "completezza", "guadagniamo", "inserzionista",
                          "pubbliredazionale", "pubblicità",
                          # round vocab4
                          "idonei", "lapresse", "adnkronos", "imagoeconomica", "avvisami",
                          # round vocab5
                          "p.iva",
                          # round vocab6
                          "sponsorizzata", "sponsorizzate", "pubbliredazionali",
                          "shutterstock", "istock", "istockphoto",
                          "businesswire", "globenewswire", "prnewswire", "newswire", "aams", "ndr", "declinano",
                          "provvigione",
                          # round vocab6
                          "asterisco",
                         ],
               "weak": ["vietato", "espressa", "scritta", "consenso", "redazionale", "contenuto", "pubblicitario",
                        "acquisto", "piccola", "aggiuntivo", "espresse", "riflettono", "necessariamente", "autore",
                        "autori", "costituisce", "raccomandazione", "sollecitazione", "investimento", "finanziario",
                        "finanziaria", "diagnosi", "sostituisce", "sostituire", "scopo", "informativi", "carattere",
                        "generale", "errori", "danni", "derivanti", "utilizzo", "termini", "condizioni", "legali",
                        "ansa", "agenzia", "fonte", "marchi", "registrati", "proprietà", "intellettuale", "iva",
                        "partita", "vendita", "redazione", "inserzione", "collaborazione", "leva", "investitori",
                        "perdono", "denaro", "conti", "contenute", "puramente", "presenti", "permettono", "ottenere",
                        "alcun", "sito", "riprodotto", "contenuti", "dell'editore", "offerto", "commerciali",
                        "contenere", "esclusione", "intendono", "nessun", "caso",
                        # round vocab4
                        "foto", "dell'autore", "opinioni", "immagine", "informativo", "generato", "tradotto",
                        "aggiornamento", "originale", "traduzione", "artificiale", "dall'ia", "d'archivio", "crediti",
                        "stampa", "criptovalute", "gioco", "gioca", "guadagno", "prezzi", "promozionale",
                        "pubblicitaria", "informazione", "realizzato", "dall'inglese", "l'ausilio",
                        "dell'intelligenza", "riassunto", "concessione", "agi", "rispettivi", "aggiornato", "notizia",
                        "esclusivamente", "riflette", "opinione", "archivio", "repertorio", "generica", "comunicato",
                        # round vocab5
                        "intelligenza", "ia", "disponibilità", "dipendenza", "minori",
                        # round vocab6
                        "sponsorizzati", "redazionali", "inserzionisti", "provvigioni", "licenza", "creative",
                        "wikimedia", "consob", "specialista", "curante", "automedicazione", "responsabilmente", "adm",
                        "ludopatia", "azzardo", "vincite", "vincita", "privacy", "trattamento", "dati", "personali",
                        "gdpr", "informativa", "titolare", "fiscale", "imprese", "rea", "testata", "giornalistica",
                        "direttore", "rettifica", "precisazione", "correzione", "corretto", "nota", "fotografia",
                        "getty", "images", "shutterstock", "ipa", "agf", "fotogramma", "reuters", "diffuso",
                        "qualificati", "ricevo", "riceviamo", "percepisce", "percepiamo", "amazon", "variare",
                        "rendimento", "volatilità", "speculativo", "perdite", "sociale", "versato", "legale",
                        "finanziato", "statale", "garantisce", "garanzie", "esatte", "editoriale", "selezionati",
                        "indipendente", "indipendenti", "venditori", "negozi", "consigliamo", "modificato",
                        "versione", "erroneamente", "riportato",
                        # round vocab6
                        "costituiscono", "nell'articolo", "costi", "aggiuntivi", "pubblicati", "scritto", "fornite",
                        "strumenti", "complessi", "rischio", "elevato", "perdere", "rapidamente", "causare",
                        "patologica", "quotazioni", "ritardo",
                        # round vocab6
                        "utilizzando", "accetti", "trattati", "conformità", "esercitare", "cancellazione",
                        "protezione", "affermava", "generata", "citati", "appartengono", "proprietari", "l'editore",
                        "eventuali", "od", "portabilità",
                       ]},
        "pt": {"strong": ["vedada", "publieditorial", "omissões", "cnpj", "alavancagem",
        # round vocab4
        "folhapress", "errata", "avise-me", "notificar-me",
                          # round vocab6
                          "patrocinada", "patrocinados", "patrocinadas",
                          "shutterstock", "istock", "istockphoto", "businesswire",
                          "globenewswire", "prnewswire", "newswire", "nipc", "publipost", "informe-publicitário",
                          # round vocab6
                          "asterisco",],
               "weak": ["expressamente", "escrita", "comissões", "ganhamos", "recebemos", "pequena", "custo",
                        "opiniões", "expressas", "refletem", "constitui", "recomendação", "financeiro", "financeira",
                        "tratamento", "substitui", "caráter", "geral", "precisão", "erros", "danos", "decorrentes",
                        "termos", "condições", "agência", "lusa", "marcas", "propriedade", "venda", "redação",
                        "investidores", "perdem", "dinheiro", "contas", "substituir", "orientação", "profissional",
                        "saúde", "contidas", "não", "constituem", "reflete", "opinião", "veículo", "faça", "artigo",
                        "oferecido", "comerciais", "conter", "isenção", "hipótese", "alguma",
                        # round vocab4
                        "foto", "imagem", "gerado", "investimento", "aviso", "atualização", "imprensa", "consulte",
                        "traduzido", "fonte", "arquivo", "informativo", "meramente", "envolve", "risco", "leia",
                        "auxílio", "inteligência", "estadão", "notícia", "nota", "necessariamente", "criptomoedas",
                        "republicado", "tradução", "inglês", "resumo", "agências", "atualizado", "matéria",
                        "ilustrativa", "crédito", "créditos", "pertencem", "proprietários",
                        # round vocab5
                        "artificial", "ia", "preços", "disponibilidade",
                        # round vocab6
                        "licença", "creative", "wikimedia", "cvm", "anbima", "volatilidade", "perdas",
                        "especulativo", "médico", "médica", "diagnóstico", "automedicação", "consulta",
                        "especialista", "apostas", "aposte", "vício", "privacidade", "pessoais", "lgpd", "rgpd",
                        "nif", "erc", "correção", "corrigido", "corrigida", "esclarecimento", "fotografia", "getty",
                        "images", "reuters", "ag", "release", "assessoria", "comunicado", "parceiros", "adicional",
                        "legal", "legais", "vendedores", "lojas", "amazon", "financiado", "financiada", "estatal",
                        "garante", "garantias", "exatas", "editorial", "selecionados", "independente",
                        "independentes", "recomendamos", "versão", "informava", "publicitário", "publicitária",
                        "conteúdos", "patrocínio", "colaboração", "autoral", "autorais",
                        # round vocab6
                        "substituem", "instrumentos", "complexos", "apresentam", "elevado", "perda", "rápida",
                        "proibidas", "jogue", "cotações", "exibidas", "atraso", "associado", "qualificadas", "ganho",
                        # round vocab6
                        "utilizar", "concorda", "tratados", "exercer", "retificação", "exclusão", "encarregado",
                        "proteção", "afirmava", "erroneamente", "gerada", "citadas", "eventuais", "portabilidade",
                        "titular",
                       ]},
    },
    # sign-up boxes, email fields, confirmations, alerts and notifications
    "newsletter": {
        "fr": {"strong": ["désabonnement", "s'abonner", "m'abonner", "m'inscrire", "saisissez", "m'inscris",
                          "m'abonne",
                          # round vocab4
                          "prévenez-moi",
                          # round vocab6
                          "désinscrire", "newsletters", "désabonnez-vous", "abonnez-vous",],
               "weak": ["e-mails", "mails", "courriel", "courriels", "électronique", "valide", "entrez",
                        "renseignez", "indiquez", "jour", "soir", "lundi", "l'essentiel", "actu", "l'actualité",
                        "sélection", "directement", "réception", "gratuitement", "lien", "alertes", "alerte",
                        "activez", "confirmer", "confirmez", "validez", "valider", "vérifiez", "indésirables",
                        "envoyé", "reçu", "manquez", "rien", "restez", "informé", "informés", "informée", "veux",
                        "offres", "partenaires", "actualité", "aucune", "prise", "succès", "meilleurs", "rédaction",
                        "réussie", "confirmée", "décryptages", "analyses", "enquêtes", "exclusivités", "exclusives",
                        "info", "infos", "l'info", "dernières", "nouvelles", "conseils", "astuces", "bons", "plans",
                        "promotions", "réductions", "avant-premières", "événements", "gratuites", "nouveautés",
                        "tendances", "idées", "dimanche", "samedi", "week-end", "mardi", "mercredi", "jeudi", "midi",
                        "rendez-vous", "quotidien", "hebdo", "mensuelle", "communauté", "rejoignez", "rejoindre",
                        # round vocab4
                        "soyez", "j'accepte", "whatsapp", "notifications", "suivre", "chaîne", "obligatoire",
                        "obligatoires", "champ", "champs", "saisir", "confirmation", "ratez", "spams", "l'actu",
                        # round vocab6
                        "briefing", "résumé", "sélectionnés", "meilleures", "lettres", "infolettre", "infolettres",
                        "messagerie", "spam", "indésirable", "envoyée", "inscrit", "inscrite", "inscrits", "confirmé",
                        "n'oubliez", "cliquez", "activer", "invalide", "saisie", "désinscription", "choisissez",
                        "cochez", "consentez", "recevrez", "envoyons", "partagerons", "revendrons",]},
        "es": {"strong": ["boletines", "recibirás", "apúntate", "apuntarte", "perderte", "entérate", "mantente",
                          "bandeja", "enviaremos",
                          # round vocab6
                          "desuscribirte", "newsletters",],
               "weak": ["darte", "alta", "correos", "válido", "introduzca", "escribe", "ingresa", "ingrese",
                        "dirección", "día", "semana", "noche", "diariamente", "semanalmente", "directamente",
                        "recibirá", "mejor", "selección", "destacadas", "alertas", "notificaciones", "avisos",
                        "gratuitas", "confirma", "confirmar", "confirmación", "registrado", "únete", "cancelar",
                        "cualquier", "pierdas", "nada", "enterado", "informado", "informada", "últimas",
                        "correctamente", "realizado", "importantes", "seleccionadas", "redacción", "confirmada",
                        "confirmado", "análisis", "reportajes", "exclusivas", "exclusivos", "consejos", "trucos",
                        "ofertas", "promociones", "descuentos", "novedades", "eventos", "sábado", "domingo", "lunes",
                        "viernes", "quincenal", "mensual", "comunidad", "lectores", "miles", "enviamos",
                        # round vocab4
                        "introduce", "registrarte", "acepto", "whatsapp", "canal", "entradas", "obligatorio",
                        "odiamos", "compartiremos", "respetamos",
                        # round vocab6
                        "mejores", "spam", "enviado", "suscrita", "revisa", "clic", "enlace", "activar", "válida",
                        "inválido", "elige",]},
        "it": {"strong": ["disiscriviti", "riceverai", "perderti", "l'iscrizione", "casella", "invieremo",
                          # round vocab6
                          "newsletters", "disiscrizione",],
               "weak": ["cancellarti", "cancellazione", "direttamente", "elettronica", "valido", "digita", "giorno",
                        "settimana", "sera", "meglio", "selezione", "aggiornamenti", "aggiornato", "aggiornata",
                        "resta", "rimani", "avvisi", "notifiche", "gratuitamente", "conferma", "confermare",
                        "confermato", "perdere", "unisciti", "lettori", "voglio", "annullare", "qualsiasi",
                        "principali", "avvenuta", "successo", "giornata", "completata", "confermata", "analisi",
                        "approfondimenti", "esclusive", "esclusivi", "consigli", "offerte", "promozioni", "sconti",
                        "novità", "eventi", "sabato", "domenica", "lunedì", "venerdì", "mensile", "comunità",
                        "migliaia", "inviamo",
                        # round vocab4
                        "l'informativa", "whatsapp", "canale", "informato", "obbligatorio", "accetti", "avvisami",
                        # round vocab6
                        "riassunto", "migliori", "spam", "indesiderata", "inviata", "controlla", "clicca", "link",
                        "attivare", "scegli", "seleziona", "condivideremo",]},
        "pt": {"strong": ["boletim", "boletins", "descadastrar", "descadastre", "receberá", "receberás",
        # round vocab4
        "subscreva", "subscrição",
                          # round vocab6
                          "descadastre-se", "newsletters",],
               "weak": ["cancele", "emails", "eletrônico", "informe", "insira", "dia", "noite", "direto",
                        "diretamente", "melhores", "seleção", "destaques", "notificações", "confirme", "confirmação",
                        "obrigada", "perca", "fique", "dentro", "atualizado", "principais", "realizada", "sucesso",
                        "manhãs", "melhor", "concluída", "análises", "reportagens", "dicas", "promoções",
                        "descontos", "novidades", "segunda-feira", "sexta-feira", "comunidade", "leitores",
                        "milhares",
                        # round vocab4
                        "whatsapp", "informado", "cadastro", "verifique", "cancelar", "mantenha-se", "cadastrar",
                        "subscrever", "válido", "obrigatório", "respeitamos", "aceito", "canal",
                        # round vocab6
                        "resumo", "correio", "eletrónico", "spam", "enviado", "inscrita", "confirmado", "confira",
                        "clique", "link", "ativar", "inválido", "escolha", "marque", "aceita", "enviaremos",
                        "compartilharemos", "entrada", "lixo",]},
    },
    # share bars, copy-link, send to a friend, save and print
    "share": {
        "fr": {"strong": ["presse-papiers", "presse-papier", "tweeter", "épingler", "suivez-nous", "imprimer",
                          # round vocab6
                          "bluesky", "threads", "telegram", "messenger", "pinterest", "reddit", "flipboard",
                          "mastodon",],
               "weak": ["copié", "copiez", "envoyez", "ami", "amis", "réseaux", "sociaux", "courriel", "l'url",
                        "favoris", "enregistrer", "sauvegarder", "j'aime", "suivez", "ajouter",
                        # round vocab6
                        "partagé", "partagée", "partages", "mail", "sms",
                       ]},
        "es": {"strong": ["portapapeles", "tuitear", "tuit", "compártelo", "síguenos", "imprimir",
                          # round vocab6
                          "bluesky", "threads", "messenger", "pinterest", "reddit", "flipboard", "mastodon",
                          "menéame",],
               "weak": ["copiado", "amigo", "amigos", "sociales", "guardar", "favoritos", "compartido", "compartida",
                        "compartidos", "veces", "imprime", "sigue", "noticia", "añadir",
                        # round vocab6
                        "copia", "sms", "publicar", "guarda",]},
        "it": {"strong": ["twitta", "seguici",
                          # round vocab6
                          "bluesky", "threads", "messenger", "pinterest", "reddit", "flipboard", "mastodon",],
               "weak": ["copiato", "copiare", "appunti", "amico", "amici", "salva", "preferiti", "volte", "stampare",
                        "segui", "aggiungi",
                        # round vocab6
                        "condiviso", "condivisioni", "posta", "sms", "pubblica",
                        "salvare",]},
        "pt": {"strong": ["siga-nos", "segue-nos",
                          # round vocab6
                          "bluesky", "threads", "messenger", "pinterest", "reddit", "flipboard", "mastodon",],
               "weak": ["área", "transferência", "sociais", "salvar", "imprima", "envie", "mande", "siga", "notícia",
                        "adicionar",
                        # round vocab6
                        "compartilhado", "partilhado", "compartilhamentos", "partilhas", "sms", "publicar",
                        "guardar", "copiado", "copie",]},
    },
    # sign-in / register forms, password reset, paywall and metering messages, account links
    "login": {
        "fr": {"strong": ["connectez", "s'identifier", "identifiez", "m'identifier", "déconnecter", "identifiants",
                          "réinitialiser", "inscrivez-vous", "débloquez", "pseudo", "résiliable", "abonnez-vous",
                          # round vocab6
                          "reconnecter", "reconnectez-vous", "réinitialisation", "paywall", "annulable", "m'abonner",
                          "s'abonner", "créez-en",
                          # round vocab6
                          "multicomptes",],
               "weak": ["connecté", "connectée", "identifier", "créez", "gratuitement", "inscrit", "inscrits",
                        "abonnement", "offre", "essai", "illimité", "débloquer", "reste", "restant", "restants",
                        "gratuits", "profil", "utilisateur", "nom", "adresse", "e-mail", "valider", "continuer",
                        "membre", "membres", "réservée", "exclusivité", "exclusif", "mois-ci", "restent", "encore",
                        "nouveau", "découverte", "numérique", "l'abonnement", "moi", "partir", "mois", "incorrects",
                        "offert", "offerts", "découvrez", "formules", "d'essai", "résiliation", "atteint", "limite",
                        "d'articles", "bienvenue", "bonjour",
                        # round vocab4
                        "engagement", "journalisme", "soutenez",
                        # round vocab6
                        "déconnecté", "déconnectée", "oubliée", "mémoriser", "confirmer", "confirmez", "vérification",
                        "vérifier", "code", "sms", "envoyé", "envoyer", "session", "expirée", "premium",
                        "exclusivement", "accès", "l'intégralité", "résilier", "lu", "consulté", "articles",
                        "paramètres", "tableau", "bord", "facture", "factures", "abonnements", "gérer", "commandes",
                        "apple", "facebook", "activer", "activation", "lien", "courriel", "client", "clients",
                        "promo", "promotion", "euros", "euro", "accédez", "accéder", "profitez", "lisez", "soutenir",
                        "indépendant", "illimitée", "contenus", "abonner", "rejoignez", "1er", "offerte", "réservés",
                        "connectés", "kiosque",
                        # round vocab6
                        "épuisé", "quota", "l'ensemble", "indépendante", "accessible", "inscrivant", "modifié",
                        "succès", "associée", "sauvegarder", "entrez", "recevoir",
                        # round vocab6
                        "libre", "nouveaux", "confirmation", "renvoyer", "l'e-mail",
                        # round vocab6
                        "appareil", "affichera", "l'autre", "immédiatement", "essentiel", "aidez-nous", "clics",
                        "sécurisé", "nouvel", "valable", "totalité", "protégé",]},
        "es": {"strong": ["identifícate", "regístrese", "olvidé", "desbloquea", "desconectar", "hazte",
                          # round vocab6
                          "identificarse", "registrarte", "restablecimiento", "mantenerme", "desbloquear", "paywall",
                          "suscríbase",
                          # round vocab6
                          "suscribite", "registrate", "ingresá", "iniciá", "accedé", "probá",],
               "weak": ["inicia", "ingresa", "ingresar", "entra", "registro", "registrado", "registrados",
                        "olvidado", "restablecer", "recuperar", "gratuita", "suscribirte", "suscripción",
                        "ilimitado", "acceso", "leer", "exclusiva", "exclusivos", "abonados", "nombre", "correo",
                        "electrónico", "artículos", "gratuitos", "restantes", "quedan", "límite", "alcanzado",
                        "mensual", "continuar", "salir", "cliente", "socio", "socios", "aún", "todavía", "nuevo",
                        "cancela", "quieras", "seguir", "contenidos", "límites", "incorrectos", "oferta", "descubre",
                        "planes", "prueba", "bienvenido", "bienvenida", "hola",
                        # round vocab4
                        "suscríbete", "periodismo", "apoya", "permanencia", "compromiso",
                        # round vocab6
                        "inicie", "iniciando", "identificado", "identificada", "registrada", "olvidó", "recuperación",
                        "verificar", "verificación", "código", "sms", "enviado", "enlace", "mantener", "conectado",
                        "conectada", "desconectado", "premium", "abonado", "abonada", "suscrito", "suscrita",
                        "suscriptora", "euros", "euro", "cancelación", "cancelar", "leído", "consultado", "perfil",
                        "ajustes", "configuración", "pedidos", "facturas", "gestionar", "disfruta", "disfrutar",
                        "apoyar", "apple", "facebook", "acceda", "digital", "kiosco", "ilimitada", "ilimitados",
                        "promoción", "introduce", "introduzca", "email", "e-mail", "obligatorio", "confirmar",
                        "suscribirse", "gratuito", "exclusivas", "únete", "expirado", "caducado",
                        # round vocab6
                        "completo", "agotado", "independiente", "accesible", "registrándote", "cambiado",
                        "correctamente", "asociada", "asociado", "guardar", "recibir",
                        # round vocab6
                        "válida", "nuevos", "gestiona",
                        # round vocab6
                        "llegaste", "alcanzaste", "notas", "funcionalidad", "seguro", "seguí", "elegí",]},
        "it": {"strong": ["registrarti", "reimposta", "disconnetti", "abbonarti", "abbonarsi", "sblocca", "disdici",
                          # round vocab6
                          "loggato", "loggati", "registrarsi", "reimpostazione", "reimpostare", "credenziali",
                          "abbonandoti", "paywall",],
               "weak": ["accedere", "accedendo", "registrato", "registrata", "dimenticata", "recupera", "nuovo",
                        "utente", "nome", "riservata", "abbonamento", "illimitato", "leggere", "continua", "leggi",
                        "gratuiti", "rimanenti", "esclusivo", "esclusivi", "prova", "offerta", "ancora", "digitale",
                        "vuoi", "continuare", "primo", "mese", "errati", "scopri", "piani", "raggiunto", "benvenuto",
                        "benvenuta", "ciao",
                        # round vocab4
                        "giornalismo", "sostieni", "vincoli",
                        # round vocab6
                        "autenticati", "recupero", "verifica", "codice", "sms", "inviato", "sessione", "scaduta",
                        "connesso", "collegato", "disconnesso", "abbonamenti", "sottoscrivi", "premium",
                        "esclusivamente", "sbloccare", "euro", "disdetta", "disdire", "letto", "gratuito", "articoli",
                        "impostazioni", "ordini", "gestisci", "entra", "sostenere", "email", "e-mail", "apple",
                        "facebook", "cartacea", "illimitata", "illimitati", "promo", "promozione", "confermare",
                        "conferma", "inserisci", "obbligatorio", "riservati", "iscriviti",
                        # round vocab6
                        "completo", "esaurito", "contenuti", "indipendente", "modificata", "successo", "associato",
                        "associata", "salvare", "ricevere",
                        # round vocab6
                        "primi", "nuovi",
                        # round vocab6
                        "registrandoti", "chiaro", "lavoro", "sicuro", "pagamento", "leggendo",]},
        "pt": {"strong": ["esqueci", "redefinir", "registe-se", "desbloqueie", "assine",
                          # round vocab6
                          "logar", "logue", "registrar-se", "redefinição", "mantenha-me", "paywall",],
               "weak": ["acesse", "crie", "usuário", "utilizador", "inicie", "sessão", "assinatura", "lendo", "ler",
                        "leia", "atingiu", "meus", "minhas", "ainda", "novo", "tenha", "acesso", "incorretos",
                        "descubra", "planos", "teste", "bem-vindo", "bem-vinda", "olá",
                        # round vocab4
                        "exclusiva", "ilimitado", "jornalismo", "apoie", "subscritores", "gratuitas", "fidelidade",
                        "logado",
                        # round vocab6
                        "conectado", "desconectado", "iniciar", "cadastro", "registo", "registar", "recuperar",
                        "verificação", "código", "sms", "enviado", "confirmar", "expirou", "expirada", "manter",
                        "assinar", "assinaturas", "subscritor", "subscrever", "subscrição", "premium", "desbloquear",
                        "gratuito", "cancele", "cancelar", "quiser", "leu", "matérias", "artigos", "gratuitos",
                        "configurações", "definições", "pedidos", "gerenciar", "gerir", "continuar", "apoiar",
                        "e-mail", "email", "apple", "facebook", "digital", "impresso", "ilimitada", "oferta",
                        "promoção", "exclusivos", "exclusivas", "obrigatório", "informe", "insira", "digite",
                        # round vocab6
                        "completa", "esgotou", "conteúdos", "independente", "salvar", "alterada", "sucesso",
                        "associado", "receber",
                        # round vocab6
                        "válida", "novos", "gerencie",
                        # round vocab6
                        "cadastrando-se", "cadastrados", "reportagens", "multa", "seguro", "pagamento",]},
    },
    # comment forms (required fields, notify me), moderation notes, sort orders, forum stubs
    "comments": {
        "fr": {"strong": ["réagissez", "abusif", "masquer", "prévenez-moi", "avertissez-moi", "désactivés", "disqus",
                          # round vocab6
                          "commentez", "modérateurs",],
               "weak": ["réaction", "modération", "modéré", "modérateur", "approuvé", "validé", "publié", "charte",
                        "abus", "contenu", "trier", "récents", "anciens", "pertinents", "fil", "pseudo", "nom",
                        "obligatoire", "obligatoires", "champs", "requis", "marqués", "enregistrer", "navigateur",
                        "prochaine", "suivi", "nouveaux", "annuler", "j'aime", "première", "clos", "désactivé",
                        "connecté", "écrit", "répondu", "répondez", "sujet", "internaute", "internautes", "lecteurs",
                        "lecteur", "partagez", "publiée", "indiqués", "prochain", "attente", "propulsé", "soumis",
                        "publiés", "équipe", "ajoutez", "participez",
                        # round vocab6
                        "citer", "votes", "vote", "voter", "aimer", "utile", "inutile", "populaires", "meilleurs",
                        "signalé", "supprimé", "message", "messages", "discussions", "forum", "membre", "posté",
                        "postée", "envoyé", "modifier", "éditer", "supprimer", "charger", "caractères", "restants",
                        "maximum", "courtois", "respectueux", "injurieux", "diffamatoire", "diffamatoires",
                        "racistes", "respecter", "règles", "l'équipe", "noter", "évaluer",]},
        "es": {"strong": ["comenta", "opina", "abusivo", "notificarme", "avísame", "notifícame", "desactivados",
                          # round vocab6
                          "moderadores", "comenten",],
               "weak": ["opinar", "opiniones", "moderación", "moderado", "publicado", "publicados", "aprobado",
                        "aprobados", "normas", "participación", "denuncia", "ordenar", "recientes", "antiguos",
                        "valorados", "mostrar", "ocultar", "cargar", "nombre", "obligatorio", "obligatorios",
                        "campos", "marcados", "requerido", "guarda", "navegador", "próxima", "nuevos", "correo",
                        "cancelar", "gusta", "votos", "desactivado", "habilitados", "conversación", "foro", "hilo",
                        "mensaje", "mensajes", "escribió", "dijo", "usuarios", "lectores", "primera", "publicada",
                        "pendiente", "espera", "sujetos", "vez", "añadir", "participa",
                        # round vocab6
                        "citar", "voto", "votar", "útil", "populares", "mejores", "reportar", "reportado",
                        "eliminado", "discusiones", "enviado", "editar", "eliminar", "caracteres", "restantes",
                        "máximo", "respetuoso", "respetuosos", "insultos", "ofensivos", "difamatorios", "racistas",
                        "respeta", "reglas", "valoración", "valorar", "calificar", "puntuación",]},
        "it": {"strong": ["netiquette", "nascondi", "contrassegnati", "avvisami", "notificami", "disattivati",
                          "disabilitati",
                          # round vocab6
                          "moderatori", "commentate",],
               "weak": ["moderazione", "moderato", "approvazione", "approvato", "pubblicato", "regole", "abuso",
                        "ordina", "recenti", "vecchi", "votati", "carica", "altri", "nome", "obbligatorio",
                        "obbligatori", "campi", "richiesti", "salva", "prossima", "inviami", "nuovi", "annulla",
                        "piace", "voti", "conversazione", "messaggio", "messaggi", "scritto", "utenti", "lettori",
                        "pensi", "cosa", "attesa", "pubblicati", "l'approvazione", "redazione", "partecipa",
                        # round vocab6
                        "cita", "voto", "votare", "utile", "popolari", "migliori", "segnalato", "eliminato",
                        "discussioni", "forum", "inviato", "modificare", "elimina", "caratteri", "rimanenti",
                        "massimo", "rispettoso", "offensivi", "diffamatori", "razzisti", "rispetta", "valutazione",
                        "valuta", "recensione", "recensioni",]},
        "pt": {"strong": ["comente", "comentem", "opine", "notifique-me", "avise-me", "desativados",
                          # round vocab6
                          "moderadores",],
               "weak": ["moderação", "aprovação", "aprovado", "regras", "recentes", "antigos", "votados", "carregar",
                        "obrigatório", "obrigatórios", "salvar", "novos", "curtir", "curtidas", "conversa", "fórum",
                        "mensagem", "mensagens", "escreveu", "usuários", "leitores", "acha", "pensa", "aguardando",
                        "aguarda", "adicionar", "participe",
                        # round vocab6
                        "citar", "voto", "votar", "útil", "populares", "melhores", "denunciado", "excluído",
                        "discussões", "publicado", "enviado", "editar", "excluir", "caracteres", "restantes",
                        "máximo", "respeitoso", "ofensivos", "ofensas", "racistas", "respeite", "avaliação",
                        "avaliar",]},
    },
    # list titles: most read / commented / shared, recommended, tags, galleries
    "related": {
        "fr": {"strong": ["recommandées", "consultés", "commentés", "partagés", "incontournables", "mots-clés",
                          "étiquettes", "aimerez", "sujet", "thématique", "autres", "d'autres", "lus", "intéresser",
                          "taboola", "outbrain",
                          # round vocab6
                          "sponsorisé",],
               "weak": ["dossiers", "dossier", "actus", "dépêches", "d'actualité", "l'actualité", "catégorie",
                        "catégories", "mots", "clés", "recommandations", "partenaires", "sponsorisés", "contenus",
                        "pourrait", "pourraient", "aimer", "suivant", "galerie", "diaporama", "nouveautés",
                        "récents", "récentes", "semaine", "jour", "meilleurs", "recommandé", "ailleurs",
                        "d'articles", "perdre", "manquer", "fil", "info",
                        # round vocab6
                        "suggestions", "suggéré", "suggérés", "découvrez", "tendances", "populaire", "lecture",
                        "lectures", "podcasts", "replay", "partenaire", "publicité", "sponsorisé",]},
        "es": {"strong": ["leídas", "recomendadas", "recomendamos", "etiquetas", "otras", "otros", "interesar",
                          "gustar",
                          # round vocab6
                          "patrocinados",],
               "weak": ["vistos", "vistas", "comentado", "comentados", "comentadas", "compartidos", "sugeridos",
                        "reportajes", "fotos", "galería", "podría", "portada", "temas", "categorías", "hoy",
                        "semana", "tendencia", "sigue", "leyendo", "contenido", "patrocinado", "perderte",
                        # round vocab6
                        "sugerencias", "sugerido", "descubre", "popular", "lecturas", "podcasts", "videos",
                        "contenidos", "socios",]},
        "it": {"strong": ["consigliate", "correlato", "correlata", "lette", "ultimi", "ultimora", "approfondisci",
                          "suggeriti", "altri", "interessarti", "potrebbero",
                          # round vocab6
                          "consigliato", "sponsorizzate",],
               "weak": ["commentati", "visti", "condivisi", "piacere", "approfondimenti", "leggere", "guarda",
                        "foto", "argomenti", "categorie", "oggi", "settimana", "suggerimenti", "sponsorizzati",
                        "perdere", "primo", "piano",
                        # round vocab6
                        "suggerito", "scopri", "tendenze", "popolare", "letture", "podcast", "sponsorizzato",
                        "contenuti", "partner",]},
        "pt": {"strong": ["lidos", "últimos", "outras", "outros", "interessar", "gostar",
                          # round vocab6
                          "recomendadas", "patrocinados",],
               "weak": ["compartilhados", "galeria", "categorias", "hoje", "lendo", "saiba", "matérias",
                        "reportagens", "perca", "alta",
                        # round vocab6
                        "sugestões", "sugerido", "descubra", "popular", "leituras", "podcasts", "secção",
                        "patrocinado", "conteúdos", "parceiros",]},
    },
    # skip links, breadcrumbs, section menus, previous / next, footer and sidebar labels
    "navigation": {
        "fr": {"strong": ["évitement", "d'évitement", "raccourcis",
                          # round vocab6
                          "sous-menu",],
               "weak": ["l'accueil", "d'accueil", "sommaire", "rubriques", "rubrique", "suivant", "précédent",
                        "suivante", "précédente", "rechercher", "recherchez", "contactez-nous", "accessibilité",
                        "afficher", "masquer", "barre", "latérale", "pied", "remonter", "bas", "liens",
                        "directement", "précédentes", "suivantes",
                        # round vocab6
                        "principale", "secondaire", "plan", "site", "mentions", "contact", "thèmes", "sections",
                        "moins", "pagination", "première", "dernière", "pages", "flux", "rss", "applications",
                        "application", "télécharger", "l'application", "services", "aide", "faq", "recrutement",
                        "carrières", "annonces", "légales", "publicité", "boutique", "partenaires", "kiosque",
                        "podcasts", "vidéos", "newsletters", "éditions", "édition",]},
        "es": {"strong": ["atajos", "migas",
                          # round vocab6
                          "submenú",],
               "weak": ["portada", "secciones", "sección", "siguiente", "anterior", "artículo", "buscador",
                        "búsqueda", "ayuda", "mapa", "contacto", "accesibilidad", "mostrar", "ocultar", "barra",
                        "subir", "abajo", "enlaces", "directamente", "páginas", "página",
                        # round vocab6
                        "secundario", "sitio", "aviso", "quiénes", "somos", "sobre", "nosotros", "ver", "menos",
                        "paginación", "primera", "última", "rss", "aplicaciones", "app", "descargar", "servicios",
                        "preguntas", "frecuentes", "empleo", "publicidad", "tienda", "hemeroteca", "kiosco",
                        "podcasts", "vídeos", "ediciones", "edición",]},
        "it": {"strong": ["briciole",
                          # round vocab6
                          "sottomenu",],
               "weak": ["homepage", "sezioni", "sezione", "successivo", "precedente", "successiva", "articolo",
                        "ricerca", "aiuto", "mappa", "contatti", "accessibilità", "mostra", "nascondi", "laterale",
                        "piè", "pagina", "pagine", "giù", "link", "direttamente",
                        # round vocab6
                        "aprire", "chiudere", "secondario", "sito", "tutte", "vedi", "altro", "meno", "paginazione",
                        "ultima", "rss", "app", "scarica", "servizi", "domande", "frequenti", "lavora", "pubblicità",
                        "negozio", "archivio", "edicola", "podcast", "video", "edizioni", "edizione", "mondo",]},
        "pt": {"weak": ["inicial", "seções", "secções", "seção", "secção", "próximo", "próxima", "artigo", "busca",
                        "pesquisa", "ajuda", "contato", "acessibilidade", "rodapé", "diretamente",
                        # round vocab6
                        "secundário", "mapa", "site", "somos", "fale", "conosco", "contactos", "ver", "menos",
                        "paginação", "primeira", "última", "rss", "aplicativos", "aplicações", "app", "baixar",
                        "serviços", "perguntas", "frequentes", "trabalhe", "anuncie", "loja", "acervo", "banca",
                        "podcasts", "vídeos", "edições", "edição",],
               "strong": [  # round vocab6
                   "submenu",
               ]},
    },
}

# Words every class may hold that are no cue (articles, pronouns, prepositions, auxiliaries).
FUNCTION_EXTRA: list[str] = [
    # fr
    "toi", "ils", "elles", "elle", "lui", "leur", "leurs", "avez", "ont", "être", "avoir", "fait", "suis", "êtes",
    "sommes", "était", "peut", "peuvent", "pouvez", "devez", "doit", "dans", "sous", "chez", "vers", "entre",
    "depuis", "pendant", "avant", "après", "toujours", "juste", "très", "bien", "quoi", "où", "donc", "comme", "ses",
    "tes", "d'un", "d'une", "qu'il", "qu'elle", "c'est", "cela", "ça", "ceci", "celui", "celle", "ceux", "quelques",
    "quelque", "s'est", "n'a", "n'ont", "n'êtes", "soit", "selon", "afin", "lors", "tant", "ni", "ainsi", "alors",
    "trop", "maintenant", "dès", "seront", "j'ai", "puis", "seulement", "plusieurs",
    # es
    "tú", "él", "ella", "ellos", "ellas", "usted", "ustedes", "mis", "qué", "quien", "como", "cómo", "donde",
    "dónde", "cuando", "pero", "sí", "muy", "hasta", "desde", "hacia", "ser", "estás", "estamos", "fue", "puedes",
    "pueden", "debe", "otro", "otra", "nuestras", "ese", "esa", "eso", "estos", "estas", "allí", "así", "sólo",
    "todas", "eres", "será", "estaremos", "tiene", "tienen", "hace", "mientras", "según", "haya", "esté", "serán",
    "podemos", "algunos", "algunas", "después", "vuestra",
    # it
    "lei", "noi", "voi", "loro", "c'è", "nel", "nella", "nello", "nei", "nelle", "negli", "dal", "dai", "dalle",
    "dagli", "sulla", "sui", "sulle", "degli", "dello", "allo", "agli", "tra", "fra", "che", "chi", "cui", "dove",
    "quando", "sempre", "appena", "molto", "hanno", "avete", "stata", "sei", "siamo", "siete", "sarà", "può", "puoi",
    "possono", "deve", "devi", "questi", "queste", "quello", "quella", "quel", "suo", "suoi", "vostro", "vostra",
    "ecco", "perché", "però", "quindi", "dopo", "prima", "stai", "aver", "verranno", "poi", "soltanto", "tuoi",
    "tue", "nostri", "nostre", "vostri",
    # pt
    "ele", "ela", "eles", "elas", "vocês", "lhe", "ao", "aos", "às", "num", "numa", "quem", "onde", "mas", "só",
    "muito", "é", "são", "têm", "temos", "ter", "podem", "seus", "suas", "meu", "teu", "esse", "essa", "isso",
    "isto", "nesta", "nesse", "deste", "desta", "pelos", "pelas", "sido", "foram", "estará", "porque", "até", "após",
    "antes", "depois", "teve", "serão", "alguns", "algumas", "nossos", "nossas", "teus", "tuas",
    # round vocab6: fr
    "ma", "là", "voici", "voilà", "serait", "étant", "vont", "allez", "faire", "peu", "beaucoup", "jamais", "quand",
    "pourquoi", "n'y", "qu'un", "qu'une", "d'être", "jusqu'à", "lorsque", "puisque", "parce", "cependant", "ensuite",
    "vraiment", "souvent", "parfois", "autour", "contre", "durant", "auprès", "parmi", "notamment", "oui", "m'a",
    "t'a", "l'a", "qu'on",
    # es
    "yo", "mí", "siempre", "nunca", "cual", "cuál", "cuyo", "han", "había", "estado", "soy", "somos", "vía",
    "contra", "durante", "mediante", "tras", "bajo", "aunque", "entonces", "luego", "además", "tanto", "mucho", "poco",
    # it
    "stati", "viene", "vengono", "tanto", "oppure", "né", "sopra", "sotto", "contro", "verso", "presso", "cioè",
    "anzi", "inoltre", "quale", "quali", "altro", "alcuni", "alcune", "l'ha", "c'era",
    # pt
    "sou", "nem", "qual", "quais", "toda", "então", "porém", "assim", "disso", "nisso", "dele", "dela", "deles",
    "nele", "nela", "pouco",
]
