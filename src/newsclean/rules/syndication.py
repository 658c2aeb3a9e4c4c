"""Aggregator and syndication footers.

"Similar News: ..." opens a block of teasers that runs to the end of the page; the other
footers are single lines: "The post X appeared first on Y.", wire-feed and
syndicated-feed disclaimers, "Originally published at ...".
"""

from __future__ import annotations

from newsclean.rules import Rule

#: Headings of an aggregator's teaser block ("Similar News:", seed 003).
BLOCK_MARKERS = [
    r"(?:similar\s+news|articles\s+similaires|noticias\s+similares|notícias\s+semelhantes|"
    r"ähnliche\s+nachrichten)\s*:.*",
    r"(?:more|other)\s+(?:news|stories)\s+(?:like\s+this|from\s+other\s+(?:news\s+)?sources).*",
    r"related\s+news\s+from\s+other\s+sources.*",
]

#: "The post X appeared first on Y." (WordPress feeds); also glued to a paragraph's end.
APPEARED_FIRST = (
    r"(?:the\s+post\s+.{1,300}?\s+appeared\s+first\s+on"
    r"|la\s+entrada\s+.{1,300}?\s+se\s+publicó\s+primero\s+en"
    r"|o\s+post\s+.{1,300}?\s+apareceu\s+primeiro\s+em"
    r"|l['’]article\s+.{1,300}?\s+est\s+apparu\s+en\s+premier\s+sur"
    r"|der\s+beitrag\s+.{1,300}?\s+erschien\s+zuerst\s+auf)\s+[^\n]{1,120}"
)

#: "This story has been published from a wire agency feed without modifications to the text."
WIRE_FEED = (
    r"\(?\s*(?:this|the)\s+(?:story|article|report|news|content|copy)\s+(?:has\s+been|was|is)\s+"
    r"(?:published|auto[- ]?generated|generated|sourced|taken)\s+from\s+(?:an?\s+)?"
    r"(?:wire\s+agency|syndicated|news\s+agency|agency)\s+feed\b[^\n]{0,200}"
)

#: "(Except for the headline, this story has not been edited by X staff and is published
#: from a syndicated feed.)" and "Only the headline and picture of this report may have
#: been reworked by ...".
SYNDICATED_FEED = (
    r"\(?\s*(?:except\s+for\s+the\s+headline,?\s+)?(?:this|the)\s+(?:story|article|report)\s+"
    r"has\s+not\s+been\s+edited\s+by\s+[^\n]{1,120}?\s+(?:staff|team)\s+and\s+is\s+"
    r"(?:auto[- ]?generated|published)\s+from\s+an?\s+syndicated\s+feed[^\n]{0,40}"
    r"|\(?\s*only\s+the\s+headline\s+(?:and\s+picture\s+)?of\s+this\s+report\s+may\s+have\s+"
    r"been\s+reworked[^\n]{0,300}"
)

#: "This report by The Canadian Press was first published March 3, 2025." and the
#: broadcasters' "Diese Nachricht wurde am ... im Programm ... gesendet."
FIRST_PUBLISHED = (
    r"(?:this|the)\s+(?:report|story|article)\s+(?:by\s+[^\n]{1,60}?\s+)?was\s+(?:first|originally)\s+"
    r"(?:published|broadcast)\b[^\n]{0,80}"
    r"|diese\s+(?:nachricht|meldung|sendung)\s+wurde\s+am\s+[^\n]{1,40}?\s+im\s+programm\s+"
    r"[^\n]{1,60}?\s+gesendet\.?"
)

#: A crawler's header above the Markdown it made of a page (r.jina.ai): "Title:
#: ...", "URL Source: https://...", "Published Time: ...", "Warning: ...", then
#: "Markdown Content:" and the page. Its signature is the source line and the content
#: label together at the top of the text; a line of it is a label and a value.
CRAWLER_HEADER_LABELS = ("Title", "URL Source", "Published Time", "Description", "Warning")
CRAWLER_SOURCE = r"URL Source:\s+\S+://\S+"
CRAWLER_CONTENT = r"Markdown Content:"

#: Footers that extractors glue to the end of the last paragraph.
GLUED_FOOTERS = (APPEARED_FIRST, WIRE_FEED, SYNDICATED_FEED, FIRST_PUBLISHED)

RULES = [
    Rule("syndication.latest_headlines",
         r"(?-i:\p{Lu})[\p{L}'’\- ]{1,30}\s+(?:latest\s+news,\s+(?-i:\p{Lu})[\p{L}'’\- ]{1,30}\s+headlines"
         r"|dernières\s+nouvelles,\s+(?-i:\p{Lu})[\p{L}'’\- ]{1,30}\s+actualités"
         r"|últimas\s+noticias,\s+(?-i:\p{Lu})[\p{L}'’\- ]{1,30}\s+titulares"
         r"|neueste\s+nachrichten,\s+(?-i:\p{Lu})[\p{L}'’\- ]{1,30}\s+schlagzeilen)",
         "an aggregator's section footer (\"X Latest News, X Headlines\")"),
    Rule("syndication.appeared_first", APPEARED_FIRST,
         "a feed footer (\"The post ... appeared first on ...\")", max_length=500,
         needs=("appeared first", "publicó primero", "apareceu primeiro", "apparu en premier",
                "erschien zuerst")),
    Rule("syndication.wire_feed", WIRE_FEED, "a wire-feed disclaimer", max_length=400,
         needs=("feed",)),
    Rule("syndication.syndicated_feed", SYNDICATED_FEED, "a syndicated-feed disclaimer",
         max_length=500, needs=("feed", "reworked")),
    Rule("syndication.first_published", FIRST_PUBLISHED, "a republication credit",
         max_length=250, needs=("published", "broadcast", "gesendet")),
    Rule("syndication.originally_published",
         r"[(\[]?\s*(?:this\s+(?:article|story|post|piece|report|interview)\s+(?:was\s+)?"
         r"(?:originally|first)\s+(?:appeared|published|ran|posted)|originally\s+(?:published|posted|"
         r"appeared)|a\s+version\s+of\s+this\s+(?:story|article|piece)\s+(?:first\s+|originally\s+)?"
         r"(?:appeared|was\s+published|ran)|this\s+(?:article|story)\s+is\s+republished|"
         r"republished\s+with\s+permission|read\s+the\s+original\s+article|"
         r"dieser\s+(?:artikel|beitrag)\s+(?:ist\s+)?(?:erschien\s+)?zuerst|zuerst\s+erschienen|"
         r"cet\s+article\s+(?:a\s+été|est)\s+(?:initialement|originellement|d['’]abord)\s+(?:publié|paru)|"
         r"publicado\s+originalmente|este\s+(?:artículo|artigo)\s+(?:fue|foi)\s+(?:publicado\s+)?"
         r"(?:originalmente|originalmente\s+publicado))\b[^\n]{0,250}",
         "a republication credit (\"Originally published ...\")", max_length=400),
    Rule("syndication.press_release",
         r"view\s+original\s+content(?:\s+to\s+download\s+multimedia)?\s*:[^\n]{0,300}"
         r"|(?-i:SOURCE)\s+(?-i:\p{Lu})[^\n]{1,80}",
         "a press-release wire footer", max_length=400),
    Rule("syndication.source",
         # "Source: Reuters", not "Source: the company's annual report, page 12".
         r"(?:source|sources|quelle|fuente|fonte|fonti|bron|bronnen|źródło|źródła|sumber)\s*:\s*(?-i:\p{Lu})[\p{L}\d&.'’\-]*"
         r"(?:[\s,/]+(?-i:[\p{Lu}\d&])[\p{L}\d&.'’\-]*){0,5}",
         "a source credit at the end of the page", zone="tail", max_length=80),
]  # fmt: skip
