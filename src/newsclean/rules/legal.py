"""Legal lines, photo credits and advertising labels.

"© 2025 Valley Herald. All rights reserved.", "Image source, Getty Images",
"Photo: AFP", "Advertisement", "Anzeige", "Story continues below advertisement".
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.rules import Rule, alternation, merged, nukta_spellings

#: "All rights reserved" in the shipped languages.
RIGHTS_RESERVED = ["All rights reserved", "Alle Rechte vorbehalten", "Tous droits réservés",
                   "Todos los derechos reservados", "Todos os direitos reservados",
                   "Reservados todos los derechos", "Tutti i diritti riservati",
                   "Riproduzione riservata", "Alle rechten voorbehouden",
                   "Wszelkie prawa zastrzeżone", "Hak cipta dilindungi undang-undang",
                   "Hak cipta dilindungi", "सर्वाधिकार सुरक्षित"]  # fmt: skip

#: Advertising labels that fill a line.
ADVERTISING = {
    "en": ["Advertisement", "Advertisements", "Advertisement · Scroll to continue",
           "Advertisement | Scroll to continue", "Advertising", "Ad", "Ads", "Sponsored",
           "Sponsored content", "Sponsored post", "Paid content", "Paid post", "Promoted",
           "Promoted content", "Partner content", "Advertisement - scroll to continue",
           "Scroll to continue with content", "Story continues below advertisement",
           "Article continues below advertisement", "Article continues below",
           "Story continues below", "Continue reading below", "Content continues below",
           "Article continues after advertisement", "Remove ads", "Ad Feedback",
           "Skip advertisement", "Supported by", "Sponsor Message", "Sponsor"],
    "de": ["Anzeige", "Werbung", "Gesponsert", "Sponsored Post", "Artikel wird unter der Anzeige fortgesetzt",
           "Weiter nach der Anzeige", "Mehr nach der Anzeige"],
    "fr": ["Publicité", "Contenu sponsorisé", "Contenu partenaire", "Article sponsorisé",
           "La suite après cette publicité", "L'article continue ci-dessous"],
    "es": ["Publicidad", "Contenido patrocinado", "Patrocinado", "Anuncio"],
    "pt": ["Publicidade", "Conteúdo patrocinado", "Patrocinado", "Anúncio",
           "Continua após a publicidade"],
    "it": ["Pubblicità", "Contenuto sponsorizzato", "Contenuto pubblicitario", "Sponsorizzato",
           "Articolo sponsorizzato", "Annuncio", "Annunci", "Pubbliredazionale",
           "Continua a leggere dopo la pubblicità", "L'articolo continua sotto",
           "Pubblicità - Continua a leggere sotto"],
    "nl": ["Advertentie", "Advertenties", "Reclame", "Gesponsord", "Gesponsorde inhoud",
           "Partnerbijdrage", "Lees verder na de advertentie", "Lees verder onder de advertentie",
           "Het artikel gaat verder onder de advertentie"],
    "pl": ["Reklama", "Reklamy", "Artykuł sponsorowany", "Materiał sponsorowany",
           "Materiał partnera", "Artykuł partnera", "Treść sponsorowana",
           "Dalsza część artykułu pod reklamą", "Dalszy ciąg artykułu pod reklamą"],
    "id": ["Iklan", "Konten sponsor", "Konten bersponsor", "Advertorial",
           "Scroll untuk melanjutkan", "Gulir untuk melanjutkan", "Lanjutkan membaca di bawah iklan",
           "Artikel berlanjut setelah iklan"],
    "hi": nukta_spellings(["विज्ञापन", "प्रायोजित", "स्पॉन्सर्ड", "विज्ञापन के बाद आगे पढ़ें",
                           "विज्ञापन के नीचे खबर जारी है"]),
}  # fmt: skip

#: Labels of photo credits: "Photo: AFP", "Foto: dpa", "Crédit photo : AFP".
CREDIT_LABELS = ["Photo", "Photos", "Photograph", "Photography", "Picture", "Pictures", "Pic",
                 "Image", "Images", "Credit", "Credits", "Photo credit", "Image credit",
                 "Image source", "Foto", "Fotos", "Bild", "Bilder", "Bildquelle", "Quelle Bild",
                 "Crédit photo", "Crédits photo", "Crédit", "Crédits", "Illustration",
                 "Imagen", "Fotografía", "Imagem", "Fotografia", "Créditos", "Video", "Grafik",
                 "Titelbild", "Symbolbild", "Foto de archivo", "Foto de arquivo", "Foto d'archivio",
                 "Beeld", "Fot.", "Zdjęcie", "Źródło zdjęcia", "Sumber foto", "Kredit foto",
                 "Beitragsbild", "Headerbild", "Aufmacherbild", "Vorschaubild", "Teaserbild",
                 "Bildnachweis", "Fotonachweis", "Fotocredit", "Crédits photos", "Crédit photos",
                 "Image illustrative", "Photo illustrative", "Photo d'illustration",
                 "Illustration photo", "Imagen ilustrativa", "Imagem ilustrativa",
                 *nukta_spellings(["फ़ोटो", "फ़ोटो क्रेडिट", "फ़ोटो सोर्स", "तस्वीर", "सांकेतिक तस्वीर",
                                   "सांकेतिक फ़ोटो"])]  # fmt: skip

#: Photo agencies that end a credit ("Jane Doe/Getty Images").
PHOTO_AGENCIES = ["Getty Images", "Getty", "AFP", "Reuters", "AP", "EPA", "EPA-EFE", "dpa",
                  "picture alliance", "picture-alliance", "iStock", "iStockphoto", "Shutterstock",
                  "Alamy", "PA", "PA Images", "PA Wire", "Bloomberg", "Keystone", "imago",
                  "IMAGO", "EFE", "Lusa", "ANSA", "Xinhua", "SIPA", "Sipa", "Unsplash", "Pexels",
                  "NurPhoto", "Anadolu", "AAP", "Folhapress", "Agência Brasil", "Europa Press",
                  "ANP", "LaPresse", "PAP", "Antara", "ANTARA"]  # fmt: skip

_AGENCY = alternation(PHOTO_AGENCIES)

#: Affiliate and sponsorship disclosures, as blogs and review sites word them.
DISCLOSURES = [
    r"(?:this|the)\s+(?:post|article|page|story|video|review)\s+(?:may\s+)?contains?\s+"
    r"(?:paid\s+)?(?:affiliate\s+links|sponsored\s+content|advertising)\b",
    r"(?:this|the)\s+(?:post|article|video)\s+is\s+sponsored\s+by\b",
    r"as\s+an\s+amazon\s+associate,?\s+(?:i|we)\s+earn\b",
    r"we\s+recommend\s+the\s+best\s+products\s+through\s+an\s+independent\s+review\s+process\b",
    r"[^\n]{0,80}?\badvertisers\s+do\s+not\s+influence\s+our\s+(?:picks|reviews|ratings)\b",
    r"(?:we|i)\s+may\s+(?:earn|receive)\s+(?:a\s+)?(?:small\s+)?(?:commission|compensation)\s+"
    r"(?:when|if|from)\s+you\s+(?:buy|purchase|click|shop|visit)\b",
    r"(?:dieser|der(?:\s+folgende)?)\s+(?:beitrag|artikel|post|text)\s+enthält\s+"
    r"(?:(?:unbezahlte|bezahlte|sogenannte)\s+)?(?:affiliate-?\s?links|werbung\s+für\s+[^\n,;.!?]{1,60}[.!]?$)",
    r"bei\s+den\s+(?:verlinkungen|links|produktlinks)\s+handelt\s+es\s+sich\s+um\s+(?:sogenannte\s+)?"
    r"affiliate",
    r"als\s+amazon-partner\s+verdiene\s+ich\b",
    r"cet\s+article\s+contient\s+des\s+liens\s+(?:affiliés|d['’]affiliation|sponsorisés)\b",
    r"este\s+(?:artículo|post|contenido)\s+contiene\s+enlaces\s+(?:de\s+afiliados?|afiliados)\b",
    r"este\s+(?:artigo|post|conteúdo)\s+contém\s+links\s+(?:de\s+afiliados?|afiliados)\b",
]

def build_rules(languages: Sequence[str] | None = None) -> list[Rule]:
    """The line rules with the phrases of ``languages`` (all languages when ``None``)."""
    return [
        Rule("legal.disclosure",
             # "*Werbung. Dieser Beitrag enthält Werbung für X.", "Letzte Aktualisierung am 2.02.2022 /
             # Bei den Verlinkungen handelt es sich um Affiliate Links / ...": a marker or a date may
             # come first.
             r"(?:\*?\s*(?:werbung|anzeige|advertising|advertisement|sponsored|disclosure|"
             r"transparenz|hinweis|affiliate-?links?)\s*[.:|*]\s*|[^\n\"“”„«»]{0,60}?\s[/|]\s)?"
             r"(?:" + "|".join(DISCLOSURES) + r")[^\n\"“”„«»]{0,300}",
             "an affiliate or advertising disclosure", max_length=420,
             needs=("affiliate", "affilié", "afiliad", "amazon", "commission", "compensation",
                    "advertis", "sponsor", "werbung")),
        Rule("legal.advertising_marker",
             # "(Werbung)", "(Anzeige)": the advertising mark in brackets.
             r"\(\s*(?:werbung|anzeige|advertisement|sponsored|publicidad|publicité)\s*\)",
             "an advertising label", max_length=30),
        Rule("legal.embed_placeholder",
             # Consent placeholders of embedded content, and a broadcaster's licence window.
             r"klicken\s+sie\s+auf\s+den\s+(?:unteren\s+|folgenden\s+)?button,?\s+um\s+(?:den\s+)?inhalte?\s+"
             r"von\s+[^\n]{2,80}?\s+zu\s+laden\.?"
             r"|mit\s+dem\s+laden\s+des\s+(?:inhalts|videos|beitrags|tweets|posts)\s+akzeptieren\s+sie\s+"
             r"die\s+datenschutzerklärung[^\n]{0,80}"
             r"|javascript\s+is\s+(?:currently\s+)?disabled\s+in\s+(?:this|your)\s+browser[^\n]{0,100}"
             r"|(?:please\s+)?enable\s+javascript\s+to\s+(?:view|see|watch|load)\s+(?:this|the)\s+"
             r"(?:content|video|embed|tweet|post)[^\n]{0,60}"
             r"|click\s+(?:the\s+button\s+)?(?:below\s+)?to\s+load\s+(?:the\s+)?content\s+from\s+[^\n]{2,80}"
             r"|(?:video|audio|sendung|podcast|beitrag)\s+(?:verfügbar|abrufbar)\s+bis\s+(?:zum\s+)?"
             r"[\p{L}\d.,:/ ]{4,30}"
             r"|(?:video|audio)\s+available\s+until\s+[\p{L}\d.,:/ ]{4,30}"
             r"|(?:vidéo|audio)\s+disponible\s+jusqu['’]au\s+[\p{L}\d.,:/ ]{4,30}",
             "an embed's placeholder", max_length=200,
             needs=("button", "datenschutz", "javascript", "load", "verfügbar", "abrufbar",
                    "available", "disponible")),
        Rule("legal.copyright_mark",
             # "Engineering Notes © 2025", "All content © Nordic News Agency. ...": a © in a line
             # that quotes nobody.
             r"[^\n\"“”«»„]{0,80}?©[^\n\"“”«»„]{0,300}", "a copyright line", max_length=400,
             needs=("©",)),
        Rule("legal.copyright_owner",
             r"copyright\s+(?-i:\p{Lu})[\p{L}\d&.'’\-]*(?:\s+(?-i:\p{Lu})[\p{L}\d&.'’\-]*){0,4}",
             "a copyright line", max_length=60),
        Rule("legal.powered_by",
             r"(?:proudly\s+)?powered\s+by\s+(?-i:\p{Lu})[\p{L}\d.\-]*(?:\s+[\p{L}\d.\-]+){0,2}",
             "a site-software credit", max_length=50),
        Rule("legal.disclaimer", r"disclaimer\s*:\s*[^\n]{10,600}", "a disclaimer", max_length=700),
        Rule("legal.copyright",
             r"(?:©|\(c\)|copyright\s*(?:©|\(c\))|copyright\s+\d{4})[^\n]{0,300}",
             "a copyright line", max_length=400),
        Rule("legal.rights_reserved",
             # No quotation marks: a quoted "All rights reserved" is story (en-neg-copyright-bill).
             r"[^\n\"“”«»„]{0,200}?" + alternation(RIGHTS_RESERVED) + r"[^\n\"“”«»„]{0,400}",
             "a rights line", max_length=600,
             needs=("reserv", "vorbehalten", "réserv", "riservat", "voorbehouden", "zastrzeżone",
                    "dilindungi", "सर्वाधिकार")),
        Rule("legal.not_redistributed",
             r"this\s+material\s+may\s+not\s+be\s+published,\s+broadcast,\s+rewritten,?\s+or\s+"
             r"redistributed[^\n]{0,100}", "an agency's usage notice", max_length=300,
             needs=("redistributed",)),
        Rule("legal.standards",
             r"our\s+standards\s*:[^\n]{0,100}", "a publisher's standards notice", max_length=150),
        Rule("legal.photo_credit",
             # "Image source, Getty Images": BBC writes the label with a comma.
             # A full stop may stand between digits ("Titelseite vom 2.4.2019"), not end a sentence.
             r"\(?\s*" + alternation(CREDIT_LABELS) + r"\s*(?::|,(?=\s*(?-i:\p{Lu})))\s*"
             r"(?:[^.!?\n]|(?<=\d)\.(?=\d)){1,80}(?:\.\s*)?\)?",
             "a photo credit", max_length=100),
        Rule("legal.photo_by",
             r"\(?\s*(?:photo|photograph|image|picture|foto|illustration|artwork|graphic|video)s?\s+"
             r"(?:by|courtesy(?:\s+of)?|von|de|par)\s+"
             r"[^.!?\n]{1,80}\)?", "a photo credit", max_length=100),
        Rule("legal.agency_photo",
             r"\(?\s*(?:" + _AGENCY + r")\s+(?:photo|images?|foto|file)(?:\s*/\s*[^\n]{1,60})?\)?"
             r"|\(?(?:" + _AGENCY + r")\)?",
             "a photo credit", max_length=100),
        Rule("legal.photo_agency_credit",
             # "Jane Doe/Getty Images", "Foto: Max Muster/dpa": a name, a slash, an agency.
             r"\(?[\p{L}.'’\- ]{1,50}\s*/\s*(?:" + _AGENCY + r")(?:\s+via\s+[^\n]{1,40})?\)?",
             "a photo credit", max_length=100, needs=("/",)),
        Rule("legal.photo_label",
             # "Foto ANP", "Beeld Reuters", "fot. PAP/Leszek Szymański", "zdj. Anna Nowak": a label
             # with an agency and no colon, or the Polish abbreviations with anything.
             r"\(?\s*(?:(?:foto|beeld|fot\.|zdj\.)\s+(?:" + _AGENCY + r")(?:\s*/\s*[^.!?\n]{1,60})?"
             r"|(?:fot|zdj)\.\s*[^.!?\n]{1,80})\)?",
             "a photo credit", max_length=100),
        Rule("legal.advertising",
             alternation(merged(ADVERTISING, languages)),
             "an advertising label", max_length=80),
    ]  # fmt: skip


RULES = build_rules()
