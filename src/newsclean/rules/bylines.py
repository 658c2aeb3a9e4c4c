"""Bylines and credits: "By Jane Doe, CNN", "Von Katrin Sommerfeld", "Par Julien Marchetti".

A byline must fill its line (or a segment of a meta line): "By" followed by names and,
optionally, an outlet. Names are capitalised words; the first may not be a weekday, a
month or a common sentence opener, which keeps "By Tuesday, the council..." and
"Von der Leyen sagte..." out.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.rules import alternation, merged, nukta_spellings
from newsclean.rules.dates import MONTHS, WEEKDAYS

#: Words that open a byline, by language ("By", "Von", "Par", "Por", "Texto:").
BY = {
    "en": ["By", "Written by", "Words by", "Story by", "Text by", "Report by", "Reported by",
           "Posted by", "Published by", "Compiled by", "Edited by", "Author", "Author:",
           "Authors:", "Byline:", "Reporter:", "Text:", "Words:", "From:"],
    "de": ["Von", "Ein Beitrag von", "Ein Artikel von", "Autor:", "Autorin:", "Text:", "Text von"],
    "fr": ["Par", "Texte :", "Texte:", "Auteur :", "Auteur:", "Rédigé par", "Propos recueillis par"],
    "es": ["Por", "Texto:", "Autor:", "Autora:", "Redacción:", "Escrito por"],
    "pt": ["Por", "Texto:", "Autor:", "Autora:", "Escrito por", "Reportagem:"],
    "it": ["Di", "A cura di", "Scritto da", "Articolo di", "Testo di", "Autore:", "Autrice:",
           "Testo:"],
    "nl": ["Door", "Door:", "Geschreven door", "Tekst:", "Auteur:", "Tekst en foto's:"],
    "pl": ["Autor:", "Autorka:", "Autorzy:", "Tekst:", "Opracowanie:", "Oprac.", "Oprac.:",
           "Opracował:", "Opracowała:"],
    "id": ["Oleh", "Oleh:", "Penulis:", "Reporter:", "Editor:", "Penyunting:", "Wartawan:",
           "Kontributor:"],
    # Hindi bylines take a colon: "लेखक ने कहा ..." (the writer said) is prose.
    "hi": nukta_spellings(["द्वारा", "द्वारा:", "लेखक:", "लेखक :", "लेखिका:", "लेखिका :",
                           "रिपोर्ट:", "रिपोर्टर:", "संवाददाता:", "एडिटेड बाय:",
                           "पब्लिश्ड बाय:", "रिपोर्टेड बाय:"]),
}  # fmt: skip

#: Words that join two names ("and", "und", "et", "y", "e").
AND = ["and", "&", "und", "et", "y", "e", "with", "mit", "avec", "con", "com", "en", "i", "dan",
       "और"]  # fmt: skip

#: Lower-case particles inside a name ("Ursula von der Leyen", "Ana da Silva").
PARTICLES = ["van", "von", "der", "den", "de", "da", "das", "do", "dos", "del", "della",
             "di", "du", "le", "la", "al", "el", "bin", "ibn", "ter", "ten", "zu", "y", "e",
             "dal", "dalla", "dei", "degli", "het", "'t", "binti"]  # fmt: skip

#: Words that join a name to an outlet or place ("Jane Doe in London", "for CNN").
OUTLET_JOINERS = [
    "for",
    "in",
    "at",
    "from",
    "für",
    "aus",
    "in",
    "pour",
    "à",
    "para",
    "en",
    "em",
    "de",
    "per",
    "voor",
    "dla",
    "untuk",
]

#: Role words: "Staff Writer", "Correspondent", "Redakteurin".
ROLES = ["Staff Writer", "Staff Reporter", "Senior Writer", "Senior Reporter", "Reporter",
         "Writer", "Correspondent", "Editor", "Contributor", "Columnist", "Special Correspondent",
         "Political Editor", "Business Reporter", "Health Reporter", "Science Correspondent",
         "Staff", "Redakteur", "Redakteurin", "Korrespondent", "Korrespondentin",
         "Journaliste", "Envoyé spécial", "Envoyée spéciale", "Correspondant", "Correspondante",
         "Periodista", "Corresponsal", "Redação", "Redacción", "Jornalista", "Repórter",
         "Giornalista", "Inviato", "Inviata", "Corrispondente", "Redattore", "Redattrice",
         "Redacteur", "Verslaggever", "Correspondente", "Dziennikarz", "Dziennikarka",
         "Korespondent", "Korespondentka", "Wartawan", "Jurnalis", "Kontributor",
         "संवाददाता"]  # fmt: skip

#: Last words that make a credit an organisation, not a person ("Newsroom Staff", "India News").
ORGANISATION_WORDS = {
    # A job title after the name ("Martha Quinlan, Coast and Environment Reporter"): the
    # part after "and" is a desk, not a second author.
    "reporter",
    "correspondent",
    "editor",
    "writer",
    "columnist",
    "producer",
    "contributor",
    "staff",
    "desk",
    "team",
    "newsroom",
    "bureau",
    "editors",
    "reporters",
    "news",
    "media",
    "online",
    "digital",
    "network",
    "tv",
    "radio",
    "communications",
    "office",
    "service",
    "services",
    "agency",
    "agencies",
    "press",
    "wire",
    "redaktion",
    "rédaction",
    "redacción",
    "redação",
    "nachrichten",
    "notícias",
    "noticias",
    "actualités",
    "redazione",
    "redactie",
    "redakcja",
    "redaksi",
    "notizie",
    "nieuws",
    "wiadomości",
    "berita",
    "ansa",
    "anp",
    "pap",
    "antara",
    *nukta_spellings(["डेस्क", "टीम", "ब्यूरो", "न्यूज़", "एजेंसी", "एजेंसियां"]),
    # newspaper names end in these: "Harlan Gazette", "Valley Herald"
    "gazette", "times", "post", "herald", "tribune", "journal", "chronicle", "courier",
    "observer", "telegraph", "express", "mirror", "standard", "ledger", "dispatch", "record",
    "register", "examiner", "guardian", "bulletin", "sentinel", "daily", "weekly", "magazine",
    "zeitung", "anzeiger", "rundschau", "kurier", "tagblatt", "presse", "quotidien", "diario",
    "periódico", "jornal", "folha", "gazeta", "correio", "today", "insider", "review",
}

#: First words that make a credit an organisation ("Department for ...", "City of ...").
ORGANISATION_FIRST_WORDS = {
    "department",
    "ministry",
    "office",
    "agency",
    "council",
    "university",
    "institute",
    "government",
    "bureau",
    "city",
    "county",
    "state",
    "the",
    "ministerium",
    "ministère",
    "ministerio",
    "ministério",
    "ministero",
    "ministerie",
    "ministerstwo",
    "kementerian",
    "comune",
    "gemeente",
    "urząd",
    "prefeitura",
    "stadt",
    "ville",
}

#: Credits that are no person's name; the line goes, but no author is captured.
GENERIC_CREDITS = {
    "staff",
    "staff writer",
    "staff reporter",
    "our correspondent",
    "our reporter",
    "agencies",
    "news desk",
    "web desk",
    "newsdesk",
    "editorial",
    "editorial staff",
    "editorial board",
    "the editorial board",
    "redaktion",
    "la rédaction",
    "redacción",
    "redação",
    "admin",
    "administrator",
    "guest",
    "guest author",
    "press release",
    "reuters",
    "afp",
    "ap",
    "dpa",
    "efe",
    "lusa",
    "ians",
    "pti",
    "ani",
    "associated press",
    "the associated press",
    "bloomberg",
    "reuters staff",
    "cnn",
    "bbc",
    "anp",
    "ansa",
    "redazione",
    "la redazione",
    "redactie",
    "de redactie",
    "redakcja",
    "redaksi",
    "tim redaksi",
    "pap",
    "antara",
    "adnkronos",
    "agi",
    *nukta_spellings(["न्यूज़ डेस्क", "डिजिटल डेस्क", "वेब डेस्क", "एजेंसी"]),
}

#: Outlets and agencies that may follow a name after a comma ("Jane Doe, CNN").
OUTLETS = ["CNN", "Reuters", "AP", "Associated Press", "The Associated Press", "AFP", "BBC",
           "BBC News", "Bloomberg", "dpa", "EFE", "Lusa", "ANSA", "ANP", "PTI", "IANS", "ANI",
           "NPR", "CBS News", "NBC News", "ABC News", "Fox News", "The Guardian", "Al Jazeera",
           "Xinhua", "Kyodo", "Yonhap", "Europa Press", "Agência Brasil", "KNA", "epd", "APA",
           "SDA", "Keystone-SDA", "Belga", "TT", "NTB", "Ritzau", "CNBC", "Axios", "Politico",
           "The Canadian Press", "Canadian Press", "Press Association", "PA Media", "AAP",
           "Australian Associated Press", "Press Trust of India", "United News of India",
           "Adnkronos", "AGI", "LaPresse", "PAP", "Antara", "ANTARA"]  # fmt: skip

#: Words that start sentences and may be capitalised after "By": never a name.
NOT_NAMES = ["The", "This", "That", "These", "Those", "Then", "Now", "Far", "All", "Some",
             "Most", "Many", "Law", "Contrast", "Comparison", "Default", "Design", "Night",
             "Day", "Noon", "Midday", "Midnight", "Lunchtime", "Dawn", "Dusk", "Christmas",
             "Easter", "Summer", "Winter", "Spring", "Autumn", "Fall", "Year", "Next", "Last",
             "Early", "Late", "Then", "Way", "Order", "Chance", "Accident", "Hand", "Car",
             "Train", "Plane", "Bus", "Air", "Sea", "Road", "Phone", "Email", "Mail", "Post",
             "Friday", "Der", "Die", "Das", "Den", "Dem", "Einem", "Einer", "Le", "La", "Les",
             "Un", "Une", "El", "Los", "Las", "Lo", "Um", "Uma", "Ailleurs",
             "Favor", "Fin", "Eso", "Ello", "Causa", "Isso", "Meio", "Sua", "Su", "Seu",
             "Montag", "Anfang", "Ende", "Mitte", "Seiten", "Mai",
             "Il", "Gli", "Het", "Een", "Karena", "Sebab", "Itu"]  # fmt: skip

#: Month and weekday names that are also given names ("di Marco Bellini", "Autorka: Maja
#: Nowak", "Oleh Agustus Sani", "Di Domenica Russo"): they may open a name.
NAME_DAYS = {"Marco", "Maja", "Agustus", "Domenica"}

_NOT_NAME = alternation(
    NOT_NAMES
    + [day for days in WEEKDAYS.values() for day in days if day.capitalize() not in NAME_DAYS]
    + [
        month.capitalize()
        for table in MONTHS.values()
        for month in table
        if len(month) > 3 and month.capitalize() not in NAME_DAYS
    ]
)
_PARTICLE = alternation(PARTICLES)
#: A word in Devanagari, which has no capitals: letters with their vowel signs and marks.
DEVANAGARI_WORD = r"(?=\p{Devanagari})\p{L}(?:(?=\p{Devanagari})[\p{L}\p{M}]|[\u200c\u200d])*"
#: One capitalised word of a name, or an initial ("J."), or a hyphenated or Mc/O' name, or a
#: word in Devanagari ("राहुल शर्मा").
NAME_WORD = (
    r"(?:\p{Lu}[\p{Ll}\p{Lu}'’\-]*\.?|\p{Lu}\.|" + DEVANAGARI_WORD + r")(?![\p{L}\p{M}\d])"
)
#: A news agency or outlet whose name follows a byline's names without a comma.
KNOWN_OUTLET = alternation(OUTLETS)
_NEXT_WORD = r"(?:\s+(?:" + _PARTICLE + r"\s+){0,2}(?!The\s)"
#: A person's name: one to four words, lower-case particles allowed inside. A name's third
#: or fourth word is never a known outlet's start ("Joann Loviglio Associated Press",
#: "Helen Briggs BBC News"): two words are a name, the rest its outlet; a second word
#: may be one ("Michael Bloomberg").
NAME = (
    r"(?!"
    + _NOT_NAME
    + r"(?![\p{L}]))"
    + NAME_WORD
    # "Mira Kowalchuk The Canadian Press": the outlet starts at "The".
    + _NEXT_WORD
    + NAME_WORD
    + _NEXT_WORD
    + r"(?!"
    + KNOWN_OUTLET
    + r"(?![\p{L}\p{M}\d]))"
    + NAME_WORD
    + r"){0,2})?"
)
#: Several names: "Jane Doe and John Smith", "Jan Berger und Eva Roth", "A, B and C".
# A list separated by commas must end with a conjunction ("A, B and C"): "Fiona MacLeod,
# BBC Scotland" is a name and an outlet, not two names.
NAMES = (
    NAME + r"(?:(?:\s*,\s*" + NAME + r"){0,4}\s*,?\s+" + alternation(AND) + r"\s+" + NAME + r")?"
)
#: An outlet, place or role after a name: capitalised words and small joiners.
OUTLET = (
    r"[\p{Lu}\d][\p{L}\d&.'’\-]*(?:\s+(?:[\p{Lu}\d&][\p{L}\d&.'’\-]*|of|the|for|and|und|de|"
    r"du|des|la|le|el|do|da|für|am|im|in|on|at|y|e)){0,6}"
)


def by_word(languages: Sequence[str] | None = None) -> str:
    """The words that open a byline in ``languages`` (all when ``None``)."""
    return alternation(merged(BY, languages))


BY_WORD = by_word()
OUTLET_JOINER = alternation(OUTLET_JOINERS)
#: A role, optionally qualified: "transport correspondent", "Senior Policy Reporter".
ROLE = r"(?:[\p{L}\-]+\s+){0,3}" + alternation(ROLES) + r"(?!\p{L})"
#: "Reporting by ...; Editing by ..." and the other wire credit lines.
_CREDIT_ROLE = (
    r"(?:(?:additional\s+)?report(?:ing|ed)|writ(?:ing|ten)|edit(?:ing|ed)|compil(?:ing|ed)|"
    r"produc(?:ing|ed)|research|graphics|fact[- ]checking|translat(?:ing|ed))\s+by\s+"
)
# Capitalised names, joined by "and", with an optional place ("in Rotterdam"): "Reporting
# by the parliamentary budget officer ..." is prose (holdout en-neg-ottawa-dental-plan).
_CREDITED = (
    r"(?-i:\p{Lu})[\p{L}.'’\-]*(?:\s+(?:(?-i:\p{Lu})[\p{L}.'’\-]*|and|&|in|from|at|de|van|"
    r"von|der|da|du|le|la|al))*"
)
WIRE_CREDIT = (
    r"\(?\s*" + _CREDIT_ROLE + _CREDITED
    + r"(?:\s*[;,.]\s*(?:and\s+)?" + _CREDIT_ROLE + _CREDITED + r")*\s*\)?\.?"
)
#: Agency credits that stand alone: "(dpa)", "Mit Material von dpa", "(AFP)".
AGENCY_CREDIT = (
    r"\(\s*(?:dpa|afp|ap|reuters|efe|lusa|ansa|anp|kna|epd|apa|sda|ians|pti|ani|dpa-AFX)"
    r"(?:\s*/\s*\p{L}+){0,3}\s*\)"
    r"|(?:mit\s+material\s+(?:von|der|des)|avec\s+(?:l['’])?afp|con\s+información\s+de|"
    r"com\s+informações\s+(?:de|da|do)|with\s+(?:files|reporting)\s+from)\s+.{1,80}"
)
#: An author bio line, at the end of a page: "Jane Carter is a reporter for ...".
BIO = (
    r"(?P<who>" + NAME + r")(?:,\s+[^,\n]{1,120},)?\s+"
    r"(?:is|was|has\s+been|(?P<verb>covers|writes|reports|berichtet|schreibt)|ist|est|es|é)\s+"
    r"(?:an?|the|ein|eine|un|une|uma?)?\s*(?:[\p{L}\-]+\s+){0,4}"
    r"(?P<role>reporter|writer|journalist|correspondent|editor|columnist|contributor|freelancer|"
    r"producer|photographer|critic|author|fellow|professor|redakteur(?:in)?|autor(?:in)?|"
    r"journaliste|periodista|jornalista)?"
)
#: Cues that a bio line is furniture: contact details, tips, follow prompts.
#: A press contact at the end of a release: "Telefon: +49 40 300 30", "E-Mail: x@y.de".
#: A label is required ("+81 158-23-2012" in a story is a restaurant's number).
CONTACT = (
    r"(?:telefon|tel\.?|phone|telephone|fon|fax|mobil|mobile|e-?mail|mail|kontakt|contact|"
    r"téléphone|teléfono|telefone)\s*:\s*(?:\+?\(?\d[\d\s\-()/.]{5,28}\d|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)"
)

BIO_CUES = (
    r"(?:@\w|\bemail\b|\be-mail\b|\btips?\b|can\s+be\s+reached|reach\s+(?:him|her|them)|"
    r"contact\s+(?:him|her|them)|follow\s+(?:him|her|them)|\bon\s+(?:twitter|x|bluesky|linkedin)\b)"
)
