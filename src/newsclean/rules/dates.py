"""Dates and times as news pages write them, in the shipped languages.

Used by the ``timestamps`` cleaner (a line that is only a date) and by ``bylines``
("Posted on March 4, 2025 by Staff Writer"). Month and weekday names are data; the
token patterns below are built from them.
"""

from __future__ import annotations

from collections.abc import Mapping

from newsclean.rules import alternation, nukta_pattern, nukta_spellings

MONTHS: Mapping[str, Mapping[str, int]] = {
    "en": {
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
        "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
        "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
        "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    },
    "de": {
        "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5,
        "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10,
        "november": 11, "dezember": 12, "mär": 3, "mrz": 3, "okt": 10, "dez": 12,
    },
    "fr": {
        "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5,
        "juin": 6, "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10,
        "novembre": 11, "décembre": 12, "decembre": 12, "janv": 1, "févr": 2,
        "avr": 4, "juil": 7, "déc": 12,
    },
    "es": {
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6,
        "julio": 7, "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10,
        "noviembre": 11, "diciembre": 12, "ene": 1, "abr": 4, "ago": 8, "dic": 12,
    },
    "pt": {
        "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "abril": 4, "maio": 5,
        "junho": 6, "julho": 7, "agosto": 8, "setembro": 9, "outubro": 10,
        "novembro": 11, "dezembro": 12, "fev": 2, "set": 9, "out": 10, "dez": 12,
    },
    "it": {
        "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
        "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11,
        "dicembre": 12, "gen": 1, "mag": 5, "giu": 6, "lug": 7, "ott": 10,
    },
    "nl": {
        "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
        "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
        "mrt": 3,
    },
    # Polish dates name the month in the genitive ("3 marca 2025"); headings in the nominative.
    "pl": {
        "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
        "lipca": 7, "sierpnia": 8, "września": 9, "października": 10, "listopada": 11,
        "grudnia": 12, "styczeń": 1, "luty": 2, "marzec": 3, "kwiecień": 4, "maj": 5,
        "czerwiec": 6, "lipiec": 7, "sierpień": 8, "wrzesień": 9, "październik": 10,
        "listopad": 11, "grudzień": 12, "sty": 1, "lut": 2, "kwi": 4, "cze": 6, "lip": 7,
        "sie": 8, "wrz": 9, "paź": 10, "lis": 11, "gru": 12,
    },
    "id": {
        "januari": 1, "februari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
        "agustus": 8, "september": 9, "oktober": 10, "november": 11, "desember": 12,
        "agu": 8, "agt": 8, "ags": 8, "des": 12,
    },
    # Each spelling of a nukta letter, and the common variants ("सितम्बर", "अक्तूबर").
    "hi": {
        spelling: number
        for name, number in (
            ("जनवरी", 1), ("फ़रवरी", 2), ("मार्च", 3), ("अप्रैल", 4), ("अप्रेल", 4), ("मई", 5),
            ("जून", 6), ("जुलाई", 7), ("अगस्त", 8), ("सितंबर", 9), ("सितम्बर", 9),
            ("अक्टूबर", 10), ("अक्तूबर", 10), ("नवंबर", 11), ("नवम्बर", 11), ("दिसंबर", 12),
            ("दिसम्बर", 12),
        )
        for spelling in nukta_spellings([name])
    },
}  # fmt: skip

#: Every month name of every language, lower-cased, to its number.
MONTH_NUMBER: dict[str, int] = {
    name: number for table in MONTHS.values() for name, number in table.items()
}

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
           "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
           "Sonnabend", "Sonntag", "Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo", "segunda", "terça", "quarta", "quinta", "sexta"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
           "lunedi", "martedi", "mercoledi", "giovedi", "venerdi"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
           "pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."],
    "id": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Sabtu", "Minggu", "Ahad"],
    "hi": ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "बृहस्पतिवार", "शुक्रवार", "शनिवार",
           "रविवार"],
}  # fmt: skip

#: Words that label a date line: "Published", "Stand", "Publié le", "Atualizado em".
DATE_LABELS = {
    "en": ["Published", "Published on", "First published", "First published on", "Updated",
           "Updated on", "Last updated", "Last updated on", "Last modified", "Modified",
           "Posted", "Posted on", "Date", "Dated", "Released", "Issued", "Release Date",
           "Release date", "Page last updated", "Last reviewed", "Date published",
           "Publication date", "Published date"],
    "de": ["Veröffentlicht", "Veröffentlicht am", "Aktualisiert", "Aktualisiert am",
           "Zuletzt aktualisiert", "Zuletzt aktualisiert am", "Stand", "Stand vom", "Publiziert",
           "Publiziert am", "Erschienen", "Erschienen am", "Geändert", "Geändert am",
           "Erstellt", "Erstellt am", "Datum", "Letzte Änderung", "Letzte Änderung am",
           "Letzte Aktualisierung", "Letzte Aktualisierung am", "Zuletzt geändert",
           "Zuletzt geändert am", "Zuletzt bearbeitet", "Zuletzt bearbeitet am"],
    "fr": ["Publié", "Publié le", "Mis à jour", "Mis à jour le", "Modifié le", "Créé le", "Le",
           "Paru le", "Mise à jour", "Mise à jour le"],
    "es": ["Publicado", "Publicado el", "Actualizado", "Actualizado el", "Actualizado a",
           "Modificado", "Fecha"],
    "pt": ["Publicado", "Publicado em", "Atualizado", "Atualizado em", "Actualizado em",
           "Modificado em", "Data"],
    "it": ["Pubblicato", "Pubblicato il", "Aggiornato", "Aggiornato il", "Aggiornato alle",
           "Ultimo aggiornamento", "Ultima modifica", "Modificato il", "Data di pubblicazione",
           "Data"],
    "nl": ["Gepubliceerd", "Gepubliceerd op", "Bijgewerkt", "Bijgewerkt op", "Laatst bijgewerkt",
           "Laatst bijgewerkt op", "Aangepast", "Aangepast op", "Geplaatst", "Geplaatst op",
           "Update", "Datum"],
    "pl": ["Opublikowano", "Data publikacji", "Publikacja", "Aktualizacja", "Zaktualizowano",
           "Data aktualizacji", "Ostatnia aktualizacja", "Dodano", "Data"],
    "id": ["Diterbitkan", "Dipublikasikan", "Diperbarui", "Terbit", "Dibuat", "Diposting",
           "Diunggah", "Pembaruan terakhir", "Tanggal"],
    "hi": nukta_spellings(["अपडेटेड", "अपडेट", "प्रकाशित", "पब्लिश्ड", "प्रकाशन तिथि",
                           "अंतिम अपडेट", "लास्ट अपडेटेड", "तारीख़", "दिनांक"]),
}  # fmt: skip

#: Words that join a date to its time or to another date ("at", "um", "às", "a las",
#: "alle ore", "om", "godz.", "pukul", "को"), and the Polish year mark ("2025 r.").
DATE_JOINERS = ["at", "on", "um", "am", "à", "às", "a las", "a la", "el", "em", "le", "de", "den",
                "il", "alle", "alle ore", "ore", "del", "om", "op", "o", "godz.", "o godz.", "r.",
                "pukul", "pada", "को", "बजे"]  # fmt: skip

MONTH = alternation([name for table in MONTHS.values() for name in table]) + r"\.?"
WEEKDAY = alternation([day for days in WEEKDAYS.values() for day in days]) + r"\.?"
LABEL = alternation([label for labels in DATE_LABELS.values() for label in labels])
JOINER = alternation(DATE_JOINERS)

_ORDINAL = r"(?:st|nd|rd|th|er|º|°)?"
#: A calendar date: "September 5, 2021", "5 Sept. 2021", "3. März 2025",
#: "4 de marzo de 2025", "2025-03-14", "14.03.2025", "05/03/2025", "March 2025".
DATE = (
    r"(?:"
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?!\d)"
    r"|(?P<d>\d{1,2})" + _ORDINAL + r"\.?\s*(?:de\s+|of\s+)?(?P<mn>" + MONTH + r")"
    r"(?:,?\s*(?:de\s+)?(?P<y>\d{4}))?(?!\d)"
    r"|(?P<mn>" + MONTH + r")\s+(?P<d>\d{1,2})" + _ORDINAL + r"(?:,?\s+(?P<y>\d{4}))?(?![\d:])"
    r"|(?P<mn>" + MONTH + r")\s+(?:de\s+)?(?P<y>\d{4})"
    r")"
)
_ZONE = (
    r"(?:GMT|UTC|BST|CET|CEST|MEZ|MESZ|WET|WEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT|IST|"
    r"AEST|AEDT|SGT|HKT|JST|KST|WIB|WITA|WIT|PKT|BRT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?"
)
#: A clock time: "6:12 PM", "17:45 Uhr", "18h05", "9.30am", optionally with a zone.
TIME = (
    r"(?:(?P<hh>[01]?\d|2[0-3])(?:[:.](?P<mm>[0-5]\d)|h(?P<mm>[0-5]\d)?)(?::[0-5]\d)?"
    r"\s*(?:(?P<ampm>[ap]\.?\s?m\.?)(?![\p{L}]))?(?:\s*(?:Uhr|uur|h|hrs|horas)(?!\p{L}))?"
    r"|(?P<hh>1[0-2]|0?\d)\s*(?P<ampm>[ap]\.?\s?m\.?)(?![\p{L}])"
    r")(?:\s*" + _ZONE + r")?"
)
#: "2 hours ago", "vor 3 Stunden", "il y a 2 heures", "hace 5 minutos", "há 2 dias".
RELATIVE = (
    r"(?:\d{1,3}\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago"
    r"|vor\s+\d{1,3}\s+(?:Sekunden|Minuten|Stunden|Tagen|Wochen)"
    r"|il\s+y\s+a\s+\d{1,3}\s+(?:secondes?|minutes?|heures?|jours?|semaines?)"
    r"|hace\s+\d{1,3}\s+(?:segundos?|minutos?|horas?|días?|semanas?)"
    r"|há\s+\d{1,3}\s+(?:segundos?|minutos?|horas?|dias?|semanas?)"
    r"|\d{1,3}\s+(?:secondi|minuti|minuto|ore|ora|giorni|giorno|settimane)\s+fa"
    r"|\d{1,3}\s+(?:seconden|minuten|minuut|uur|dagen|dag|weken)\s+geleden"
    r"|\d{1,3}\s+(?:sekund[ęy]?|minut[ęy]?|godzin[ęy]?|dni|dzień|tygodni[e]?)\s+temu"
    r"|\d{1,3}\s+(?:detik|menit|jam|hari|minggu)\s+(?:yang\s+)?lalu"
    + nukta_pattern(r"|\d{1,3}\s+(?:सेकंड|मिनट|घंटे|घंटा|दिन|हफ़्ते|सप्ताह)\s+पहले")
    + r")"
)
#: Day-relative words that stand for a date in a stamp ("Today, 10:32").
DAY_WORDS = (
    r"(?:today|yesterday|heute|gestern|aujourd['’]hui|hier|hoy|ayer|hoje|ontem|oggi|ieri|"
    r"vandaag|gisteren|dzisiaj|dziś|wczoraj|hari\s+ini|kemarin|आज(?!\p{M}))"
)
