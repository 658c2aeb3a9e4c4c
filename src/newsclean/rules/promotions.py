"""Promotion and calls to action: share buttons, newsletter prompts, app and follow prompts.

Button labels must fill their line ("Share", "Teilen", "Compartir"). Prompts are whole
sentences ("Sign up for our daily newsletter ...") and may also be glued to the end of
a story line by the extractor; :data:`PROMPTS` are searched there too.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.rules import Rule, alternation, merged, nukta_pattern, nukta_spellings

#: Button and link labels that fill a line on their own.
BUTTONS = {
    "en": ["Share", "Share this", "Share this article", "Share this story", "Share this post",
           "Share this page", "Share on Facebook", "Share on Twitter", "Share on X",
           "Share on LinkedIn", "Share on WhatsApp", "Share on Reddit", "Share via Email",
           "Share via", "Share article", "Share story", "Share full article", "Tweet",
           "Email", "E-mail", "Print", "Print this page", "Print this article", "Copy link",
           "Copy Link", "Link copied", "Subscribe", "Subscribe now", "Subscribe today",
           "Sign up", "Sign up now", "Sign in", "Log in", "Login", "Register", "Newsletter",
           "Newsletters", "Reuse this content", "Save", "Save article", "Save story",
           "Gift this article", "Gift article", "Listen to this article", "Listen to article",
           "Listen", "Donate", "Support us", "Become a member", "Follow", "Follow us",
           "Get the app", "Download the app", "Download our app", "Comment on this story",
           "Add to favorites", "Bookmark", "Manage cookies", "Cookie settings", "Contact us",
           "Subscribe to newsletter", "Join now", "Try it free", "Share via WhatsApp",
           "Get alerts", "Enable notifications", "Share this:", "Like this", "Like this:",
           "Like Loading", "Like Loading...", "Share or comment on this article",
           "Save this story",
           "Listen to this story", "Share on Flipboard", "Unsubscribe", "Update your preferences",
           "Manage your preferences", "Manage preferences", "Share this episode",
           "Share this video", "Kindly share this story", "Please share this story",
           "Share the story", "Share this page"],
    "de": ["Teilen", "Artikel teilen", "Jetzt teilen", "Beitrag teilen", "Auf Facebook teilen",
           "Auf X teilen", "Auf Twitter teilen", "Per Mail teilen", "Per E-Mail teilen",
           "Bei WhatsApp teilen", "Drucken", "Merken", "Artikel merken", "Jetzt abonnieren",
           "Abonnieren", "Folgen", "Anmelden", "Registrieren", "Artikel anhören",
           "Link kopieren", "Zur Merkliste hinzufügen", "Feedback", "Kontakt", "Zum Newsletter",
           "Newsletter abonnieren", "Jetzt Newsletter abonnieren", "Teilen mit", "Gefällt mir",
           "Gefällt mir Wird geladen", "Diesen Artikel teilen", "Beitrag teilen", "Seite teilen"],
    "fr": ["Partager", "Partager cet article", "Partager sur Facebook", "Partager sur X",
           "Partager sur Twitter", "Partager sur LinkedIn", "Imprimer", "S'abonner",
           "Abonnez-vous", "Se connecter", "Écouter cet article", "Copier le lien",
           "Envoyer par e-mail", "Envoyer par email", "Suivre", "Sauvegarder", "Offrir l'article",
           "Ajouter à mes favoris", "Partager :", "J'aime", "J'aime chargement",
           "Partagez cet article", "Partager l'article"],
    "es": ["Compartir", "Compartir en Facebook", "Compartir en X", "Compartir en Twitter",
           "Compartir en WhatsApp", "Comparte", "Comparte esta noticia", "Imprimir", "Suscríbete",
           "Suscribirse", "Iniciar sesión", "Enviar por correo", "Copiar enlace", "Guardar",
           "Escuchar", "Seguir", "Escuchar noticia", "Compartir esto", "Me gusta",
           "Me gusta Cargando", "Comparte esta nota", "Compartir nota", "Compartí esta nota"],
    "pt": ["Compartilhe", "Compartilhar", "Partilhar", "Partilhe", "Compartilhe esta notícia",
           "Compartilhar no Facebook", "Compartilhar no WhatsApp", "Imprimir", "Assine",
           "Assine já", "Entrar", "Copiar link", "Salvar", "Ouvir", "Seguir", "Enviar por e-mail",
           "Ouvir notícia", "Compartilhe isso", "Curtir isso", "Curtir", "Curtir Carregando",
           "Partilhe este artigo", "Compartilhe esta matéria"],
    "it": ["Condividi", "Condividi l'articolo", "Condividi questo articolo", "Condividi su Facebook",
           "Condividi su X", "Condividi su Twitter", "Condividi su WhatsApp", "Condividi su LinkedIn",
           "Invia per email", "Stampa", "Copia link", "Copia il link", "Link copiato", "Iscriviti",
           "Abbonati", "Abbonati ora", "Accedi", "Registrati", "Salva", "Salva l'articolo",
           "Segui", "Ascolta", "Ascolta l'articolo", "Ascolta questo articolo",
           "Iscriviti alla newsletter"],
    "nl": ["Delen", "Deel", "Deel dit artikel", "Artikel delen", "Delen op Facebook", "Delen op X",
           "Delen via WhatsApp", "Deel via WhatsApp", "Deel op Facebook", "Mailen", "Printen",
           "Afdrukken", "Kopieer link", "Link kopiëren", "Link gekopieerd", "Abonneren",
           "Nu abonneren", "Word abonnee", "Inloggen", "Aanmelden", "Opslaan", "Bewaren",
           "Bewaar artikel", "Volgen", "Luister", "Luister naar dit artikel",
           "Beluister dit artikel", "Schrijf je in"],
    "pl": ["Udostępnij", "Udostępnij artykuł", "Udostępnij na Facebooku", "Udostępnij na X",
           "Udostępnij przez WhatsApp", "Skopiuj link", "Kopiuj link", "Link skopiowany",
           "Drukuj", "Wyślij e-mailem", "Zaloguj się", "Zarejestruj się", "Subskrybuj",
           "Zapisz", "Zapisz artykuł", "Obserwuj", "Posłuchaj", "Odsłuchaj", "Słuchaj",
           "Posłuchaj artykułu", "Kup subskrypcję", "Zapisz się do newslettera"],
    "id": ["Bagikan", "Bagikan artikel ini", "Bagikan berita ini", "Bagikan ke Facebook",
           "Bagikan ke X", "Bagikan ke Twitter", "Bagikan ke WhatsApp", "Bagikan via WhatsApp",
           "Salin tautan", "Salin link", "Tautan disalin", "Cetak", "Langganan", "Berlangganan",
           "Masuk", "Daftar sekarang", "Simpan", "Simpan artikel", "Ikuti", "Ikuti kami",
           "Dengarkan", "Dengarkan artikel ini", "Dengarkan berita ini"],
    "hi": nukta_spellings(["शेयर", "शेयर करें", "इसे शेयर करें", "खबर शेयर करें",
                           "फ़ेसबुक पर शेयर करें", "व्हाट्सएप पर शेयर करें", "एक्स पर शेयर करें",
                           "कॉपी लिंक", "लिंक कॉपी करें", "प्रिंट", "प्रिंट करें", "सब्सक्राइब",
                           "सब्सक्राइब करें", "फ़ॉलो करें", "हमें फ़ॉलो करें", "लॉग इन", "लॉगिन",
                           "सेव करें", "सुनें", "खबर सुनें", "ये खबर सुनें", "यह खबर सुनें"]),
}  # fmt: skip

#: The share buttons blog software writes under a post (Blogger's, in its locales), joined
#: to each language's buttons: "Email This BlogThis! Share to Twitter Share to Facebook".
BLOG_BUTTONS = {
    "en": ["BlogThis!", "Email This", "Share to Twitter", "Share to Facebook",
           "Share to Pinterest", "Share to X"],
    "de": ["BlogThis!", "Diesen Post per E-Mail versenden", "In Twitter freigeben",
           "In Facebook freigeben", "Auf Pinterest teilen"],
    "fr": ["BlogThis!", "Envoyer par e-mail", "Partager sur Pinterest"],
    "es": ["BlogThis!", "Escribe un blog", "Enviar por correo electrónico",
           "Compartir con Twitter", "Compartir con Facebook", "Compartir en Pinterest"],
    "pt": ["BlogThis!", "Enviar por e-mail", "Compartilhar no Twitter",
           "Compartilhar com o Pinterest"],
    "it": ["BlogThis!", "Invia tramite email", "Postalo sul blog", "Condividi su Pinterest"],
    "nl": ["BlogThis!", "Dit e-mailen", "Delen op Twitter", "Delen op Pinterest"],
    "pl": ["BlogThis!", "Wyślij pocztą e-mail", "Udostępnij w usłudze Twitter",
           "Udostępnij w usłudze Facebook", "Udostępnij w serwisie Pinterest"],
    "id": ["BlogThis!", "Kirimkan Ini lewat Email", "Berbagi ke Twitter", "Berbagi ke Facebook",
           "Bagikan ke Pinterest"],
}  # fmt: skip
for _language, _buttons in BLOG_BUTTONS.items():
    BUTTONS[_language] = [*BUTTONS[_language], *_buttons]

#: A blog's feed link: "Subscribe to: Post Comments (Atom)", "Abonnieren: Posts (Atom)".
FEED_LINK = r"[^\n]{0,60}?\(\s*(?-i:Atom)\s*\)"

#: Social networks and share verbs; a line made only of these is a share bar.
SOCIAL = ["Facebook", "Twitter", "X", "LinkedIn", "WhatsApp", "Pinterest", "Reddit", "Telegram",
          "Email", "E-mail", "Mail", "Print", "Messenger", "Flipboard", "Tumblr", "Copy link",
          "Share", "Tweet", "Teilen", "Partager", "Compartir", "Compartilhar", "Partilhar",
          "Threads", "Bluesky", "Instagram", "YouTube", "TikTok", "SMS", "Xing", "Mastodon",
          "Spotify", "Apple Podcasts", "Google Podcasts", "Pocket Casts", "Amazon Music",
          "Deezer", "RSS", "Overcast", "Condividi", "Delen", "Udostępnij", "Bagikan",
          *nukta_spellings(["शेयर", "फ़ेसबुक", "व्हाट्सएप", "ट्विटर", "ईमेल"])]  # fmt: skip

#: Words that join the last network of a list ("Facebook y Twitter", "Facebook and X").
NETWORK_JOINERS = ["and", "or", "y", "o", "und", "oder", "et", "ou", "e", "i", "oraz", "dan", "en",
                   "&"]  # fmt: skip

#: The start of a follow prompt whose networks stand on the lines under it:
#: "Síguenos en" / "Telegram," / "Instagram," / "Facebook y" / "Twitter".
FOLLOW_LEADS = ["Follow us on", "Follow us", "Find us on", "Like us on", "Connect with us on",
                "Join us on", "Folgen Sie uns auf", "Folgen Sie uns", "Folge uns auf", "Folgt uns auf",
                "Suivez-nous sur", "Suivez-nous", "Retrouvez-nous sur", "Síguenos en", "Siguenos en",
                "Síguenos", "Siguenos", "Síganos en", "Siga-nos no", "Siga-nos nas", "Siga-nos",
                "Seguici su", "Seguici", "Volg ons op", "Volg ons", "Obserwuj nas na",
                "Obserwuj nas", "Ikuti kami di", "Ikuti kami", "Share on", "Teilen auf",
                "Compartir en", "Partager sur"]  # fmt: skip

_NETWORK = (
    r"(?:facebook|twitter|x|instagram|linkedin|tiktok|youtube|threads|bluesky|whatsapp|"
    r"telegram|google\s+news|flipboard|mastodon|snapchat|pinterest|google\s+(?:news|noticias|notícias|actualités))"
)
_SOME_WORDS = r"(?:[\p{L}\d'’&\-]+,?\s+){0,6}"

#: Prompt sentences, each ending its line; searched inside story lines as well.
PROMPTS = {
    "en": [
        r"(?:first-time|new)\s+subscribers\s+(?:also\s+)?(?:receive|get)\b",
        r"(?:listen|subscribe|watch|follow)\s+(?:on|via|in)\s+(?:apple\s+podcasts|spotify|google\s+podcasts|"
        r"youtube|amazon\s+music|pocket\s+casts|deezer|overcast|your\s+podcast\s+app)\b",
        r"(?:get|receive|have)\s+[^\n]{0,80}?\b(?:straight\s+)?(?:to|in|into)\s+your\s+inbox\b",
        r"sign\s+up\s+for\s+more\b",
        r"forwarded\s+this\s+(?:e-?mail|newsletter)\?",
        r"you\s+(?:are\s+)?receiv(?:ing|ed)\s+this\s+(?:e-?mail|newsletter)\b",
        r"know\s+someone\s+who\s+(?:would|might)\s+(?:like|enjoy)\s+this\?",
        r"support\s+(?:the|our|this)\s+(?:show|podcast|newsletter|work|site|reporting)\b",
        r"you(?:['’]ve|\s+have)\s+read\s+\d+\s+(?:of|out\s+of)\s+(?:your\s+)?\d+\s+free\s+(?:articles|stories)",
        r"newsletter\b[^\n]{0,200}\b(?:subscribe|sign\s+up)\b",
        r"(?:sign\s+up|subscribe|register)\s+(?:now\s+|today\s+|here\s+|free\s+)?(?:for|to)\s+"
        + _SOME_WORDS
        + r"(?:newsletters?|e-?mails?|alerts?|updates|digest|briefing|bulletin)\b",
        r"(?:get|receive)\s+(?:our|the)\s+"
        + _SOME_WORDS
        + r"(?:newsletters?|briefing|digest|alerts|e-?mails?)\b",
        r"(?:select|choose|pick)\s+from\s+our\s+newsletters?\b",
        r"(?:enter|add)\s+your\s+e-?mail(?:\s+address)?\s+(?:to|and|below)\b",
        # "CNN News, delivered." - a newsletter tagline (seed 003, glued to a teaser).
        r"(?-i:\p{Lu})[\p{L}&.'’\-]*(?:\s+(?-i:\p{Lu})[\p{L}&.'’\-]*){0,3},\s+delivered\.",
        r"click\s+here\s+to\s+(?:get|download|subscribe|join|follow|sign\s+up|install|"
        r"read|watch|listen|receive)\b",
        r"(?:download|get|install)\s+(?:the|our)\s+(?:free\s+)?(?:[\p{L}\d'’\-]+\s+){0,4}apps?\b",
        r"(?:get|have)\s+(?:this|it|them|[\p{L}'’\s]{1,30})\s+delivered\s+(?:straight\s+)?to\s+your\s+inbox\b",
        r"thanks\s+for\s+reading\b[^\n]{0,80}\b(?:subscribe|sign\s+up|share)\b",
        r"follow\s+(?:[\p{L}'’]+\s+){1,2}coverage\s+(?:of|at|on)\b",
        r"(?:track|catch)\s+(?:all\s+)?the\s+latest\s+" + _SOME_WORDS + r"(?:news|updates)\b",
        r"catch\s+all\s+the\s+" + _SOME_WORDS + r"(?:news|updates)\b",
        r"(?:the\s+|our\s+)?[\p{L}\-]{0,30}(?:newsletter|briefing)\s*:\s*(?:every|each|daily|weekly)\b",
        r"follow\s+(?:us|(?-i:\p{Lu})[\p{L}&.'’\-]*(?:\s+(?-i:\p{Lu})[\p{L}&.'’\-]*){0,3})\s+on\s+"
        + _NETWORK,
        r"(?:like\s+us\s+on\s+facebook|join\s+(?:us\s+on|our)\s+(?:whatsapp|telegram)\b|"
        r"for\s+the\s+latest\s+(?:news|updates|stories|headlines)[\p{L}\s,]{0,40}"
        r"(?:follow|subscribe|download)\b)",
        r"(?:support|help\s+(?:us\s+)?fund)\s+(?:our|independent|local|quality|trusted)\s+"
        r"(?:[\p{L}\-]+\s+){0,2}journalism\b",
        r"(?:become\s+a\s+(?:member|subscriber|patron|supporter)|donate\s+(?:now|today)|"
        r"make\s+a\s+(?:donation|contribution)\s+(?:to|today|now))\b",
        r"already\s+a\s+subscriber\?",
        # Paywalls: "To view the full story, please subscribe to X.", "Subscribe now to our
        # e-edition for the full story.", "If you're already a subscriber, log in ...".
        r"to\s+(?:view|read|see|access|continue\s+reading)\s+(?:the\s+(?:full|whole|complete)\s+"
        r"(?:story|article)|this\s+(?:story|article)|the\s+rest\s+of\s+(?:this|the)\s+(?:story|article))"
        r"\s*,?\s+(?:please\s+)?(?:subscribe|sign\s+in|log\s+in|register|become\s+a)\b",
        r"(?:subscribe|sign\s+up)\s+(?:now\s+|today\s+)?(?:to\s+[^\n]{1,60}?\s+)?"
        r"(?:for|to\s+(?:read|view|get|see))\s+the\s+(?:full|whole|complete)\s+(?:story|article)\b",
        r"for\s+the\s+(?:full|whole|complete)\s+(?:story|article)\b[^\n]{0,80}?\b(?:subscribe|sign\s+up)\b",
        r"if\s+you['’]re\s+(?:seeing\s+this\s+message\s+but\s+you['’]re\s+)?already\s+a\s+"
        r"(?:subscriber|member)\b",
        # "If you enjoyed reading this post - would you consider supporting our work?"
        r"if\s+you\s+(?:enjoyed|liked|value|appreciate)\s+(?:reading\s+)?(?:this|our)\s+(?:post|article|"
        r"story|piece|work|journalism|reporting|content)\b[^\n]{0,120}?\b(?:support|donat|subscri|"
        r"contribut|become\s+a\s+(?:member|patron))",
        r"sign\s+up\s+(?:now\s+|today\s+|here\s+)?to\s+(?:get|receive)\b",
        r"(?:submit|send)\s+(?:your|a)\s+letter\s+to\s+the\s+editor\b",
        r"(?:subscribe|log\s+in|sign\s+in)\s+to\s+(?:continue|keep)\s+reading\b",
        r"this\s+(?:article|story|content)\s+is\s+(?:for|available\s+to|exclusive\s+to)\s+"
        r"(?:subscribers|members)\b",
        r"want\s+(?:more|the\s+latest)\s+[\p{L}\s]{0,40}\?\s*(?:sign\s+up|subscribe|follow)\b",
        r"(?:stay|keep)\s+(?:up\s+to\s+date|informed|updated)\s+with\s+"
        + _SOME_WORDS
        + r"(?:newsletters?|app|alerts)\b",
    ],
    "de": [
        r"(?:jetzt\s+)?(?:den\s+|unseren\s+)?(?:kostenlosen\s+)?newsletter\s+(?:abonnieren|bestellen)\b",
        r"(?:jetzt\s+)?(?:kostenlos\s+)?(?:für|zum)\s+(?:den|unseren)\s+"
        + _SOME_WORDS
        + r"newsletter\s+anmelden\b",
        r"folg(?:en\s+sie|e)\s+uns\s+(?:auf|bei)\s+" + _NETWORK,
        r"(?:hier|jetzt)\s+(?:kostenlos\s+)?(?:die\s+)?(?:[\p{L}\-]+[\s\-]+)?app\s+herunterladen\b",
        r"laden\s+sie\s+(?:jetzt\s+)?(?:die|unsere)\s+" + _SOME_WORDS + r"app\b",
        r"(?:das\s+|der\s+|unser\s+)?[\p{L}\-]{0,30}(?:newsletter|briefing)\s*:\s*"
        r"(?:jeden|jede|täglich|wöchentlich|immer)\b",
        r"unterstützen\s+sie\s+(?:unseren|unabhängigen|den)\s+" + _SOME_WORDS + r"journalismus\b",
        r"newsletter\b[^\n]{0,200}\b(?:abonnieren|anmelden)\b",
        r"sie\s+haben\s+\d+\s+von\s+\d+\s+kostenlosen\s+artikeln",
        r"lust\s+auf\s+mehr\?\s+[^\n]{0,160}?\b(?:newsletter|posteingang)",
        r"melde\s+dich\s+(?:hier\s+|jetzt\s+)?(?:für|zu|bei)\s+(?:unserem|unseren|unserer|dem|den)\s+"
        r"[\p{L}\-]*newsletter\s+an\b",
        r"(?:schau(?:en\s+sie|t)?|wirf|werfen\s+sie)\s+(?:doch\s+)?(?:mal\s+)?(?:einen\s+blick\s+)?"
        r"in\s+unseren\s+[\p{L}\-]*newsletter\b",
        # "Unterstütze RosaMag bereits mit 2,50!", "Unterstützen Sie unsere Arbeit".
        r"unterstütze(?:n\s+sie)?\s+(?:uns|unsere\s+(?:arbeit|redaktion)\b|(?-i:\p{Lu})[\p{L}\d\-]+"
        r"(?:\s+(?:bereits|schon|jetzt))?\s+(?:ab|mit)\s+(?:nur\s+)?\d)",
    ],
    "fr": [
        r"(?:abonnez|inscrivez)-vous\s+(?:à|a)\s+(?:notre|la|nos)\s+"
        + _SOME_WORDS
        + r"(?:newsletters?|infolettres?|lettres?\s+d['’]information)\b",
        r"vous\s+avez\s+lu\s+\d+\s+des?\s+\d+\s+articles\s+(?:gratuits|offerts)",
        r"recevez\s+(?:notre|la|nos)\s+" + _SOME_WORDS + r"newsletters?\b",
        r"recevez\s+(?:chaque\s+\p{L}+\s+|gratuitement\s+|par\s+e-?mail\s+)?l['’]essentiel\b",
        r"suivez-nous\s+sur\s+" + _NETWORK,
        r"téléchargez\s+(?:l['’]application|notre\s+application|l['’]appli)\b",
        r"soutenez\s+(?:notre|le)\s+" + _SOME_WORDS + r"journalisme\b",
        r"il\s+vous\s+reste\s+\d{1,3}\s*%\s+de\s+cet\s+article\s+à\s+lire",
        r"(?:cet\s+article|la\s+suite\s+de\s+cet\s+article)\s+est\s+réservée?\s+aux\s+abonnés\b",
    ],
    "es": [
        r"suscr[ií]b(?:e|a)(?:te|se)\s+(?:a|al|gratis\s+a)\s+(?:nuestro|nuestra|nuestros|la|el)?\s*"
        + _SOME_WORDS
        + r"(?:boletín|boletines|newsletters?)\b",
        r"s[ií]g(?:ue|a)nos\s+en\s+" + _NETWORK,
        r"descarga\s+(?:la|nuestra)\s+(?:app|aplicación)\b",
        r"(?:únete|suscr[ií]bete)\s+a\s+nuestro\s+canal\s+de\s+(?:whatsapp|telegram|youtube)\b",
        r"apoya\s+(?:nuestro|el)\s+" + _SOME_WORDS + r"periodismo\b",
        r"(?:has|ha)\s+leído\s+\d+\s+de\s+\d+\s+(?:artículos|notas)",
        r"hazte\s+(?:miembro|suscriptor|suscriptora|mecenas|member)\b",
    ],
    "pt": [
        r"assine\s+(?:a|nossa|as|nossas)\s+" + _SOME_WORDS + r"newsletters?\b",
        r"inscreva-se\s+(?:na|em|no)\s+(?:nossa\s+)?" + _SOME_WORDS + r"newsletters?\b",
        r"siga(?:-nos)?\s+(?:o\s+[\p{L}\s.]{1,30}\s+)?(?:no|na|nas|nos|em)\s+" + _NETWORK,
        r"baixe\s+o\s+(?:app|aplicativo)\b",
        r"receba\s+(?:as|nossas|as\s+principais)\s+notícias\b",
        r"apoie\s+(?:o|nosso)\s+" + _SOME_WORDS + r"jornalismo\b",
        r"(?:entre|participe)\s+(?:no|do)\s+canal\s+d[oa]\s+.{1,60}\s+no\s+(?:whatsapp|telegram)\b",
        r"assine\s+(?:já|agora|hoje)\b",
        r"você\s+(?:já\s+)?leu\s+\d+\s+de\s+\d+\s+(?:matérias|artigos|notícias)",
    ],
    "it": [
        r"iscriviti\s+(?:gratis\s+)?(?:alla|alle|al|ai)\s+(?:nostra\s+|nostre\s+|nostro\s+)?"
        + _SOME_WORDS
        + r"newsletter\b",
        r"ricevi\s+(?:gratis\s+)?(?:la\s+nostra|le\s+nostre|la|le)\s+" + _SOME_WORDS + r"newsletter\b",
        r"seguici\s+(?:anche\s+)?(?:su|sul\s+canale)\s+" + _NETWORK,
        r"scarica\s+(?:gratis\s+)?(?:l['’]app|la\s+nostra\s+app|l['’]applicazione)\b",
        r"(?:entra|unisciti)\s+(?:nel|al)\s+(?:nostro\s+)?canale\s+(?:whatsapp|telegram)\b",
        r"sostieni\s+(?:il\s+)?(?:nostro\s+)?(?:giornalismo|l['’]informazione\s+(?:libera|indipendente))\b",
        r"hai\s+letto\s+\d+\s+(?:di|su)\s+\d+\s+articoli",
    ],
    "nl": [
        r"(?:schrijf\s+je\s+in|meld\s+je\s+aan|abonneer\s+je)\s+(?:gratis\s+)?(?:voor|op)\s+"
        r"(?:onze|de|het)\s+" + _SOME_WORDS + r"(?:nieuwsbrief|nieuwsbrieven|newsletter)\b",
        r"ontvang\s+(?:gratis\s+)?(?:onze|de|het)\s+" + _SOME_WORDS + r"nieuwsbrief\b",
        r"volg\s+(?:ons|(?-i:\p{Lu})[\p{L}&.'’\-]*(?:\s+(?-i:\p{Lu})[\p{L}&.'’\-]*){0,3})\s+(?:ook\s+)?"
        r"(?:op|via)\s+" + _NETWORK,
        r"download\s+(?:gratis\s+)?(?:de|onze)\s+(?:gratis\s+)?(?:[\p{L}\d'’\-]+\s+){0,3}app\b",
        r"steun\s+(?:onze|de|onafhankelijke)\s+" + _SOME_WORDS + r"journalistiek\b",
        r"word\s+(?:nu\s+)?(?:abonnee|lid|donateur)\b",
        r"je\s+hebt\s+\d+\s+van\s+de\s+\d+\s+gratis\s+artikelen",
    ],
    "pl": [
        r"zapisz\s+się\s+(?:do|na)\s+(?:naszego\s+|nasz\s+)?" + _SOME_WORDS + r"newslett?er(?:a)?\b",
        r"obserwuj\s+(?:nas|(?-i:\p{Lu})[\p{L}&.'’\-]*(?:\s+(?-i:\p{Lu})[\p{L}&.'’\-]*){0,3})\s+(?:na|w)\s+"
        + _NETWORK,
        r"pobierz\s+(?:naszą\s+|darmową\s+)?aplikację\b",
        r"wesprzyj\s+(?:nas\b|(?:nasze\s+|niezależne\s+|naszą\s+)?(?:dziennikarstwo|media|redakcję)\b)",
        r"(?:kup|wykup)\s+(?:subskrypcję|prenumeratę|dostęp)\b",
        r"dołącz\s+do\s+(?:nas\s+na|naszego\s+kanału\s+(?:na|w))\s+(?:whatsapp|telegram|" + _NETWORK + r")",
        r"przeczytał(?:eś|aś)\s+\d+\s+z\s+\d+\s+(?:darmowych|bezpłatnych)\s+artykułów",
    ],
    "id": [
        r"ikuti\s+(?:kami|(?:berita|update|informasi|perkembangan)\s+(?:[\p{L}\d.'’\-]+\s+){0,5}?)?"
        r"\s*(?:di|lewat|melalui|via)\s+" + _NETWORK,
        r"(?:gabung|bergabung|join)\s+(?:ke\s+|di\s+|dengan\s+)?(?:saluran|channel|grup)\s+"
        r"(?:[\p{L}\d.\-]+\s+){0,2}(?:whatsapp|telegram)\b",
        r"(?:unduh|download)\s+(?:sekarang\s+)?aplikasi\b",
        r"(?:berlangganan|daftar)\s+(?:gratis\s+)?(?:newsletter|buletin)\b",
        r"dapatkan\s+update\s+berita\b",
        r"simak\s+berita\s+(?:[\p{L}\-]+\s+){0,6}?(?:di|lewat|melalui)\s+" + _NETWORK,
    ],
    "hi": [
        nukta_pattern(p)
        for p in (
            r"(?:ताज़ा|लेटेस्ट|ब्रेकिंग)\s+(?:खबरों|न्यूज़|अपडेट्स?)\s+(?:के\s+लिए|के\s+लिये)\s+"
            r"[^\n]{0,80}?(?:(?:फ़ॉलो|डाउनलोड|सब्सक्राइब|लाइक|ज्वाइन|जॉइन)\s+करें|जुड़ें)",
            r"(?:हमें|हमारे\s+साथ)\s+[^\n]{0,40}?(?:फ़ेसबुक|ट्विटर|एक्स|इंस्टाग्राम|यूट्यूब|व्हाट्सएप|"
            r"टेलीग्राम|गूगल\s+न्यूज़|facebook|twitter|instagram|youtube|whatsapp|telegram|google\s+news|x)"
            r"\s+पर\s+(?:फ़ॉलो|लाइक|सब्सक्राइब|ज्वाइन|जॉइन)\s+करें",
            r"हमारे\s+(?:व्हाट्सएप|व्हाट्सऐप|टेलीग्राम|whatsapp|telegram)\s+(?:चैनल|ग्रुप)\s+(?:से|को)\s+"
            r"(?:जुड़ें|ज्वाइन\s+करें|जॉइन\s+करें|फ़ॉलो\s+करें)",
        )
    ],
}

#: Words one of the prompts holds (lower case). A line holding none is not searched for a
#: glued prompt: a substring test costs far less than the search.
PROMPT_WORDS = (
    "newsletter",
    "subscri",
    "sign up",
    "sign in",
    "log in",
    "delivered",
    "app",
    "follow",
    "like us",
    "join",
    "journalism",
    "member",
    "donat",
    "thanks for reading",
    "coverage",
    "latest",
    "inbox",
    "mail",
    "click here",
    "briefing",
    "abonn",
    "anmeld",
    "folg",
    "laden",
    "journalismus",
    "inscri",
    "recev",
    "suivez",
    "télécharg",
    "soutenez",
    "suscr",
    "sígu",
    "sigu",
    "descarga",
    "únete",
    "apoy",
    "assine",
    "inscreva",
    "siga",
    "baixe",
    "receba",
    "apoie",
    "canal",
    "catch all",
    "track the",
    "forwarded",
    "subscribers",
    "receiving this",
    "know someone",
    "support the",
    "free articles",
    "kostenlosen artikeln",
    "articles gratuits",
    "leído",
    "participe",
    "infolettre",
    "iscriviti",
    "seguici",
    "scarica",
    "canale",
    "sostieni",
    "nieuwsbrief",
    "volg",
    "download",
    "steun",
    "abonnee",
    "zapisz",
    "obserwuj",
    "pobierz",
    "wesprzyj",
    "subskrypcj",
    "dołącz",
    "ikuti",
    "gabung",
    "unduh",
    "berlangganan",
    "dapatkan",
    "simak",
    "already a",
    "full story",
    "full article",
    "enjoyed",
    "letter to the editor",
    "posteingang",
    "unterstütze",
    "hazte",
    "abonnés",
)

#: Quotation and attribution: a prompt inside reported speech is story, not furniture.
PROSE_GUARD = (
    r"^\W{0,3}[\"“”„«]|\b(?:said|says|told|according\s+to|sagte|sagt|erklärte|a\s+déclaré|"
    r"a\s+dit|dijo|afirmó|disse|afirmou|declarou|ha\s+detto|ha\s+dichiarato|ha\s+spiegato|"
    r"ha\s+scritto|ha\s+chiesto|spiega|zei|zegt|aldus|riep|vroeg|schreef|meldde|l(?:aat|iet)\s+weten|"
    r"powiedział[a]?|mówi|dodał[a]?|napisał[a]?|apeluje|zaapelował[a]?|kata|ujar|ucap|ungkap|"
    r"tutur|imbau)\b"
    r"|(?:कहा|बताया)(?![\p{L}\p{M}])"
)



def prompt_pattern(languages: Sequence[str] | None = None) -> str:
    """The prompt sentences of ``languages`` (all when ``None``), as one alternation."""
    return "(?:" + "|".join(merged(PROMPTS, languages)) + ")"


def glued_prompt(languages: Sequence[str] | None = None) -> str:
    """A prompt glued to the end of a story line: its start and the rest of the line."""
    return prompt_pattern(languages) + r"[^\n]{0,200}$"


#: A paywall line that stands alone: "Pour lire la suite", "Pour accéder en illimité".
PAYWALL = (
    r"pour\s+(?:lire\s+la\s+suite(?:\s+de\s+cet\s+article)?|accéder\s+(?:en\s+illimité|à\s+la\s+suite|"
    r"à\s+l['’]intégralité|à\s+cet\s+article|à\s+ce\s+contenu)(?:\s+(?:à\s+)?[\p{L}'’\s]{1,40})?)"
    r"(?:\s*,\s*(?:abonnez-vous|connectez-vous|inscrivez-vous)[^\n]{0,80})?"
    r"|(?:zum\s+)?weiterlesen\s+(?:mit|für)\s+(?:\p{L}+\s+){0,2}(?:abo|abonnenten|plus)\b[^\n]{0,60}"
)

#: A membership pitch ending on "cancel anytime": "Tú también puedes ... Cancela cuando quieras."
CANCEL_ANYTIME = (
    r"[^\n\"“”«»„]{0,100}?(?:cancela\s+cuando\s+quieras|cancel\s+any\s?time|jederzeit\s+kündbar|"
    r"cancele\s+quando\s+quiser|disdici\s+quando\s+vuoi|résiliable\s+à\s+tout\s+moment)[.!]?"
)

#: "PC Gamer Newsletter": a brand's newsletter heading, a few capitalised words.
NEWSLETTER_TITLE = (
    r"(?-i:\p{Lu})[\p{L}\d&.'’\-]*(?:\s+(?-i:\p{Lu})[\p{L}\d&.'’\-]*){0,3}\s+"
    r"(?-i:Newsletter|NEWSLETTER)"
)

def build_rules(languages: Sequence[str] | None = None) -> list[Rule]:
    """The line rules with the phrases of ``languages`` (all languages when ``None``)."""
    button = alternation(merged(BUTTONS, languages))
    prompt = prompt_pattern(languages)
    return [
        # One button, or a few in a row: "Unsubscribe | Update your preferences", "Email
        # This BlogThis! Share to Twitter" (a bar whose separators were images).
        Rule("promotions.button", button + r"(?:\s*[|·•]?\s*" + button + r"){0,5}",
             "a share, subscribe or login button", max_length=120),
        Rule("promotions.share_bar",
             r"(?:" + alternation(SOCIAL) + r"[\s|·•,/]*){1,16}", "a bar of share buttons",
             max_length=200),
        # A prompt opens its line: "Residents can sign up for alerts" is story, not a prompt.
        Rule("promotions.prompt", prompt + r"[^\n]{0,240}",
             "a newsletter, app, follow or support prompt", max_length=320),
        Rule("promotions.paywall", PAYWALL, "a paywall notice", max_length=120),
        Rule("promotions.membership", CANCEL_ANYTIME, "a membership pitch", max_length=140,
             needs=("cancel", "kündbar", "quiser", "quando vuoi", "résiliable")),
        Rule("promotions.newsletter_title", NEWSLETTER_TITLE, "a newsletter heading", max_length=50,
             needs=("newsletter",)),
        Rule("promotions.feed_link", FEED_LINK, "a feed subscription link", max_length=80,
             needs=("atom",)),
    ]  # fmt: skip


RULES = build_rules()

#: A prompt glued to the end of a story line: its start and the rest of the line.
GLUED_PROMPT = glued_prompt()
