"""Related and navigation furniture: "Previous Story", "Latest from ...", "ALSO READ: ...".

Three kinds of marker:

* block markers ("Latest from X", "Don't Miss", "More on this story") head a list of
  teasers; near the end of a page the whole list goes with them;
* previous/next markers take the one headline under them;
* item markers ("ALSO READ: headline", "Back to top") take only their own line.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.rules import Rule, alternation, merged, nukta_spellings

#: Headings of teaser lists. A trailing "*" admits any short suffix ("Latest from X").
BLOCK_MARKERS = {
    "en": ["Latest from *", "More from *", "Don't Miss", "Do Not Miss", "Related Articles",
           "Related Stories", "Related News", "Related Posts", "Related Content",
           "Related Coverage", "Related Reading", "Related", "Related Topics", "More on this story",
           "More on this topic", "More on this", "Most viewed", "Most read", "Most popular",
           "Most shared", "Most watched", "Popular", "Popular Stories", "Popular now",
           "Popular posts", "Trending", "Trending Now", "Trending Stories", "Trending News",
           "You may also like", "You might also like", "You may be interested in",
           "You might be interested in", "You may have missed", "Recommended",
           "Recommended for you", "Recommended Stories", "Recommended Reading",
           "Recommended Articles", "Read next", "What to read next", "Up next", "More stories",
           "More Stories *", "More News", "More news *", "More articles", "Top Stories",
           "Latest News", "Latest Stories", "Latest Articles", "Latest posts", "Latest",
           "Editor's Picks", "Editors' Picks", "Also on *", "From around the web",
           "Around the web", "Further reading", "Keep reading", "Elsewhere on *",
           "Other stories", "Other news", "Must read", "Must Read", "In case you missed it",
           "Recent Posts", "Recent News", "Recent Stories", "Trending on *", "Most Read on *",
           "More episodes", "Other episodes", "Recent episodes", "Previous episodes", "Read more",
           "Read Next", "Up Next",
           "Top News", "Top Headlines", "Catch up", "What's next", "Also read", "More in *",
           "Most read *", "Most viewed *", "Most popular *", "Explore more on these topics",
           "Related topics", "More Science", "More Politics", "More Business", "More Sport",
           "More Sports", "More News", "More Opinion", "More Culture", "More Tech",
           "More World", "More Health", "More Entertainment", "More Lifestyle", "More Travel"],
    "de": ["Mehr zum Thema", "Mehr zum Thema *", "Das könnte Sie auch interessieren",
           "Das könnte dich auch interessieren", "Weitere Artikel", "Weitere Artikel *",
           "Weitere Nachrichten", "Weitere Meldungen", "Meistgelesen", "Meistgelesene Artikel",
           "Am meisten gelesen", "Ähnliche Artikel", "Ähnliche Beiträge", "Verwandte Artikel",
           "Verwandte Themen", "Auch interessant", "Empfehlungen", "Unsere Empfehlungen",
           "Mehr aus *", "Mehr von *", "Top-Artikel", "Neueste Artikel", "Neueste Beiträge",
           "Aktuelle Nachrichten", "Zum Thema", "Auch lesenswert", "Beliebte Artikel",
           "Beliebte Beiträge", "Lesen Sie auch", "Auch spannend", "Neu im Ressort",
           "Empfohlene Beiträge", "Empfohlene Artikel", "Weitere Beiträge", "Weitere Beiträge zum Thema",
           "Weitere Beiträge aus der Kolumne", "Weitere Beiträge aus der Serie",
           "Weitere Beiträge aus der Reihe", "Weitere Beiträge dieser Serie",
           "Lesen Sie auch die folgenden Beiträge", "Lesen Sie auch folgende Beiträge",
           "Lesen Sie dazu auch", "Das Thema könnte dich auch interessieren",
           "Das Thema könnte Sie auch interessieren", "Dieses Thema könnte dich auch interessieren",
           "Das interessiert dich vielleicht auch",
           "Kommentierte Artikel", "Meistkommentiert", "Meistkommentierte Artikel",
           "Meist kommentiert", "Beiträge aus dem Forum", "Aus dem Forum", "Passend zum Thema",
           "Weiterführende Artikel", "Ebenfalls interessant"],
    "fr": ["À lire aussi", "A lire aussi", "Lire aussi", "Sur le même sujet", "Les plus lus",
           "Articles similaires", "Articles liés", "Dans la même rubrique",
           "Nos dernières actualités", "Plus d'articles", "À voir aussi", "A voir aussi",
           "Les articles les plus lus", "Dernières actualités", "Vous aimerez aussi",
           "Vous pourriez aussi aimer", "Sélectionné pour vous", "À découvrir",
           "Les plus partagés", "Lire plus", "Ailleurs sur *", "Toute l'actualité *",
           "À lire également", "A lire également", "Sur le même thème"],
    "es": ["Noticias relacionadas", "Te puede interesar", "Lo más leído", "Lo más visto",
           "Más noticias", "Artículos relacionados", "También te puede interesar",
           "Lee también", "Más leídas", "Más leídos", "Últimas noticias", "Relacionado",
           "Relacionados", "Relacionadas", "Te recomendamos", "Más de *", "Contenido relacionado",
           "Otras noticias", "Te puede gustar", "Seguí leyendo", "Seguir leyendo", "Más para leer",
           "Notas relacionadas", "Le puede interesar", "Te podría interesar", "Le podría interesar",
           "Quizás te interese", "Más sobre este tema"],
    "pt": ["Veja também", "Mais lidas", "Mais lidos", "Notícias relacionadas", "Leia mais",
           "Leia também", "Últimas notícias", "Você pode gostar", "Matérias relacionadas",
           "Mais notícias", "Recomendado para você", "Mais de *", "Conteúdo relacionado",
           "Outras notícias", "Relacionados", "Relacionadas", "Mais vistas", "Em alta"],
    "it": ["Leggi anche", "Articoli correlati", "Notizie correlate", "Potrebbe interessarti",
           "Potrebbe interessarti anche", "Ti potrebbe interessare", "Ti potrebbe interessare anche",
           "I più letti", "Più letti", "Le più lette", "Più lette", "Ultime notizie", "Altre notizie",
           "Correlati", "Altri articoli", "Ultimi articoli", "Da non perdere", "Consigliati per te",
           "Dello stesso autore", "Leggi altro", "Potrebbe piacerti anche", "In evidenza",
           "Altre notizie da *", "Ultime da *"],
    "nl": ["Lees ook", "Meer over dit onderwerp", "Gerelateerde artikelen", "Gerelateerd",
           "Meest gelezen", "Meer nieuws", "Laatste nieuws", "Ook interessant",
           "Dit vind je misschien ook interessant", "Misschien ook interessant", "Meer artikelen",
           "Aanbevolen", "Aanbevolen artikelen", "Anderen lazen ook", "Net binnen",
           "Ook gelezen", "Populair", "Meest bekeken", "Meer nieuws uit *", "Meer uit *"],
    "pl": ["Czytaj także", "Czytaj też", "Czytaj również", "Zobacz także", "Zobacz też",
           "Zobacz również", "Polecamy", "Polecane", "Najczęściej czytane", "Najpopularniejsze",
           "Powiązane artykuły", "Podobne artykuły", "Najnowsze", "Najnowsze artykuły",
           "Najnowsze wiadomości", "Może cię zainteresować", "Może Cię zainteresować",
           "Inne artykuły", "Warto przeczytać", "Więcej na ten temat", "Więcej z *",
           "Przeczytaj także", "Przeczytaj też", "Polecane artykuły", "Najchętniej czytane"],
    "id": ["Baca juga", "Berita terkait", "Artikel terkait", "Terpopuler", "Berita terpopuler",
           "Terkini", "Berita terkini", "Berita lainnya", "Artikel lainnya", "Rekomendasi",
           "Pilihan editor", "Pilihan redaksi", "Berita terbaru", "Terbaru", "Populer",
           "Paling banyak dibaca", "Lihat juga", "Baca selanjutnya", "Topik terkait",
           "Berita rekomendasi", "Rekomendasi untuk anda", "Berita lainnya dari *"],
    # Hindi paragraphs end with a danda ("।"), which the block test does not read as the end of
    # a sentence: a Hindi heading here would take a story's rest. Only headings of the end
    # of the page; "ये भी पढ़ें" alone is a jump (its own line only).
    "hi": nukta_spellings([
        "संबंधित खबरें", "सम्बंधित खबरें", "संबंधित ख़बरें", "ताज़ा खबरें", "ताज़ा ख़बरें",
        "टॉप न्यूज़", "सबसे ज़्यादा पढ़ी गईं", "सबसे ज़्यादा पढ़ी गई", "लेटेस्ट खबरें", "ट्रेंडिंग",
        "अन्य खबरें", "और खबरें", "खबरें और भी हैं"]),
}  # fmt: skip

#: Previous/next links; alone on a line, each takes the headline under it.
PREVIOUS_NEXT = {
    "en": ["Previous Story", "Next Story", "Previous Article", "Next Article", "Previous Post",
           "Next Post", "Previous", "Next", "Prev", "Older Post", "Newer Post", "Older",
           "Newer", "Next up", "Previous page", "Next page"],
    "de": ["Vorheriger Artikel", "Nächster Artikel", "Voriger Artikel", "Vorheriger Beitrag",
           "Nächster Beitrag", "Zurück", "Weiter", "Vorschau auf den nächsten Artikel",
           "Vorschau auf den nächsten Beitrag", "Neuerer Post", "Älterer Post"],
    "fr": ["Article précédent", "Article suivant", "Précédent", "Suivant", "Article plus récent",
           "Article plus ancien"],
    "es": ["Artículo anterior", "Artículo siguiente", "Siguiente artículo", "Noticia anterior",
           "Siguiente noticia", "Anterior", "Siguiente", "Entrada más reciente",
           "Entrada antigua", "Entradas más recientes", "Entradas antiguas"],
    "pt": ["Notícia anterior", "Próxima notícia", "Próximo artigo", "Artigo anterior",
           "Anterior", "Próximo", "Próxima", "Postagem mais recente", "Postagem mais antiga"],
    "it": ["Articolo precedente", "Articolo successivo", "Prossimo articolo", "Notizia precedente",
           "Notizia successiva", "Precedente", "Successivo", "Post più recente",
           "Post più vecchio"],
    "nl": ["Vorig artikel", "Volgend artikel", "Vorig bericht", "Volgend bericht", "Vorige",
           "Volgende", "Nieuwere post", "Oudere post"],
    "pl": ["Poprzedni artykuł", "Następny artykuł", "Poprzedni wpis", "Następny wpis",
           "Poprzedni", "Następny", "Nowszy post", "Starszy post"],
    "id": ["Artikel sebelumnya", "Artikel selanjutnya", "Artikel berikutnya", "Berita sebelumnya",
           "Berita selanjutnya", "Berita berikutnya", "Sebelumnya", "Selanjutnya", "Berikutnya",
           "Posting Lebih Baru", "Posting Lama"],
    "hi": nukta_spellings(["पिछली खबर", "अगली खबर", "पिछला लेख", "अगला लेख", "पिछली पोस्ट",
                           "अगली पोस्ट"]),
}  # fmt: skip

#: Inline pointers to another story: "ALSO READ: headline", "Lesen Sie auch: ...".
READ_ALSO = {
    "en": ["Also read", "Also see", "Read also", "Read more", "Read More", "See also", "See more",
           "Related", "More", "Recommended", "Watch", "Listen", "Read", "Must read",
           "Related article", "Related articles", "Related story", "Related stories",
           "Related content", "Related coverage", "Related link", "Don't miss", "Click here",
           "Read the full story", "Trending"],
    "de": ["Lesen Sie auch", "Lesen Sie mehr", "Auch lesen", "Lesetipp", "Mehr dazu",
           "Mehr zum Thema", "Siehe auch", "Das könnte Sie auch interessieren", "Auch interessant",
           "Lies auch", "Hier lesen", "Video", "Lesen Sie hier", "Lies hier", "Lesen Sie dazu",
           "Lesen Sie dazu auch", "Lesen Sie außerdem", "Lies auch hier"],
    "fr": ["Lire aussi", "À lire aussi", "A lire aussi", "Lire également", "À lire également",
           "Voir aussi", "À voir aussi", "A voir aussi", "Lire la suite", "À lire", "Lire"],
    "es": ["Lee también", "Lea también", "Leer más", "Lee más", "Ver también", "Te puede interesar",
           "Más información", "Relacionado", "Lea", "Lee", "Mira", "Mirá también", "Leé también",
           "Ver más", "Le puede interesar", "Te podría interesar", "Le podría interesar",
           "Puede interesarle", "Podría interesarte", "Lea además", "Lee además", "Lea más",
           "Quizás te interese", "Te recomendamos"],
    "pt": ["Leia também", "Leia mais", "Veja também", "Saiba mais", "Veja mais", "Leia", "Veja",
           "Assista", "Ler mais", "Ler também", "Veja ainda"],
    "it": ["Leggi anche", "Leggi pure", "Leggi", "Vedi anche", "Guarda anche", "Approfondisci",
           "Correlato", "Potrebbe interessarti", "Leggi l'articolo"],
    "nl": ["Lees ook", "Lees meer", "Lees verder", "Bekijk ook", "Zie ook", "Ook interessant",
           "Lees", "Kijk ook", "Luister ook"],
    "pl": ["Czytaj także", "Czytaj też", "Czytaj również", "Czytaj więcej", "Czytaj",
           "Zobacz także", "Zobacz też", "Zobacz również", "Przeczytaj też", "Przeczytaj także",
           "Sprawdź też", "Sprawdź także", "Polecamy"],
    "id": ["Baca juga", "Baca", "Lihat juga", "Simak juga", "Baca selengkapnya", "Artikel terkait",
           "Berita terkait", "Tonton juga"],
    "hi": nukta_spellings(["ये भी पढ़ें", "यह भी पढ़ें", "इसे भी पढ़ें", "ये खबर भी पढ़ें",
                           "यह खबर भी पढ़ें", "और पढ़ें", "पढ़ें", "यह भी देखें", "ये भी देखें",
                           "संबंधित खबर"]),
}  # fmt: skip

#: Links that stand alone: "Continue reading", "Back to top", "Skip to main content".
JUMPS = {
    "en": ["Continue reading", "Continue reading the main story", "Click here to read more",
           "Read the full story", "Read full article", "Read the full article", "Read full story",
           "Read more", "Read More", "Go to Top", "Go toTop", "Go to the top", "Back to top", "Back to Top",
           "Scroll to top", "Return to top", "Top of page", "Skip to main content",
           "Skip to content", "Skip to navigation", "Jump to navigation", "Skip navigation",
           "View all", "See all", "Load more", "Show more", "More", "Read more stories",
           "Back to news", "Back to homepage", "Home", "Menu", "Search", "Close", "Open menu",
           "Listen live", "Watch live", "Live TV", "Live radio", "Table of contents",
           "Table of Contents", "Jump to section"],
    "de": ["Weiterlesen", "Mehr lesen", "Nach oben", "Zum Seitenanfang", "Zum Inhalt springen",
           "Zur Startseite", "Zurück zur Übersicht", "Alle Artikel", "Mehr anzeigen", "Startseite",
           "Inhaltsverzeichnis", "Inhaltsverzeichnis anzeigen", "Inhaltsverzeichnis ausblenden"],
    "fr": ["Lire la suite", "Retour en haut", "Haut de page", "Aller au contenu",
           "Aller au contenu principal", "Voir plus", "Voir tout", "Retour à l'accueil", "Accueil",
           "Sommaire", "Table des matières"],
    "es": ["Seguir leyendo", "Leer más", "Volver arriba", "Ir al contenido", "Ver más",
           "Ver todo", "Volver a la portada", "Portada", "Inicio", "Tabla de contenidos",
           "Tabla de contenido", "Índice de contenidos"],
    "pt": ["Continuar lendo", "Continue lendo", "Voltar ao topo", "Ir para o conteúdo",
           "Saltar para o conteúdo",
           "Ver mais", "Ver tudo", "Início", "Capa", "Leia mais", "Índice de conteúdos",
           "Tabela de conteúdos"],
    "it": ["Continua a leggere", "Leggi tutto", "Leggi di più", "Torna su", "Torna all'inizio",
           "Vai al contenuto", "Vai al contenuto principale", "Salta al contenuto", "Mostra di più",
           "Mostra altro", "Vedi tutti", "Carica altri", "Torna alla home", "Indice dei contenuti",
           "Sommario"],
    "nl": ["Lees verder", "Lees meer", "Verder lezen", "Naar boven", "Terug naar boven",
           "Ga naar de inhoud", "Direct naar de inhoud", "Naar de inhoud", "Meer laden",
           "Toon meer", "Bekijk alles", "Terug naar home", "Inhoudsopgave"],
    "pl": ["Czytaj dalej", "Czytaj więcej", "Przejdź do treści", "Do góry", "Wróć na górę",
           "Pokaż więcej", "Zobacz więcej", "Zobacz wszystkie", "Strona główna", "Rozwiń",
           "Spis treści"],
    "id": ["Baca selengkapnya", "Selengkapnya", "Kembali ke atas", "Lewati ke konten",
           "Langsung ke konten", "Lihat semua", "Muat lebih banyak", "Tampilkan lebih banyak",
           "Beranda", "Lanjut membaca", "Lanjutkan membaca", "Daftar isi", "Daftar Isi"],
    "hi": nukta_spellings(["आगे पढ़ें", "और पढ़ें", "पूरी खबर पढ़ें", "पूरा पढ़ें", "ऊपर जाएं",
                           "ऊपर जाएँ", "मुख्य सामग्री पर जाएं", "और देखें", "सभी देखें", "होम",
                           "ये भी पढ़ें", "यह भी पढ़ें", "इसे भी पढ़ें", "ये खबर भी पढ़ें",
                           "यह खबर भी पढ़ें", "यह भी देखें", "ये भी देखें"]),
}  # fmt: skip

#: Labels of tag and category lists: "Tags: a, b", "Schlagwörter: ...", "Etiquetas: ...",
#: and blog software's ("Labels: a, b", "Libellés : ...").
TAG_LABELS = {
    "en": ["Tags", "Tagged", "Tagged with", "Topics", "Related Topics", "Filed under",
           "Categories", "Category", "Posted in", "Keywords", "More about", "Sections", "Labels"],
    "de": ["Schlagwörter", "Schlagworte", "Themen", "Stichworte", "Stichwörter", "Kategorie",
           "Kategorien", "Mehr zu", "Labels"],
    "fr": ["Étiquettes", "Mots-clés", "Mots clés", "Thèmes", "Catégorie", "Catégories", "Sujets",
           "Libellés"],
    "es": ["Etiquetas", "Temas", "Tags relacionados", "Categoría", "Categorías", "Palabras clave"],
    "pt": ["Tópicos", "Assuntos", "Etiquetas", "Temas", "Categoria", "Categorias", "Palavras-chave",
           "Marcadores"],
    "it": ["Tag", "Argomenti", "Categoria", "Categorie", "Parole chiave", "Etichette"],
    "nl": ["Trefwoorden", "Onderwerpen", "Categorie", "Categorieën", "Meer over", "Labels"],
    "pl": ["Tagi", "Tematy", "Kategoria", "Kategorie", "Słowa kluczowe", "Etykiety"],
    "id": ["Tag", "Topik", "Kategori", "Kata kunci", "Label"],
    "hi": nukta_spellings(["टैग", "टैग्स", "टॉपिक", "टॉपिक्स"]),
}  # fmt: skip

#: First crumbs of a breadcrumb trail: "Home » News » Local".
BREADCRUMB_ROOTS = ["Home", "News", "Startseite", "Nachrichten", "Accueil", "Actualités",
                    "Inicio", "Portada", "Início", "Capa", "Notícias", "Noticias", "Notizie",
                    "Nieuws", "Strona główna", "Wiadomości", "Beranda", "Berita",
                    *nukta_spellings(["होम", "समाचार"])]  # fmt: skip


def _with_suffix(phrases: list[str]) -> str:
    """Alternation where a phrase ending in ``*`` takes a short suffix ("Latest from X")."""
    plain = [p for p in phrases if not p.endswith("*")]
    open_ended = [p[:-1].strip() for p in phrases if p.endswith("*")]
    parts = [alternation(plain)]
    if open_ended:
        # The suffix names a section: at most four words, no sentence ("Mehr zum Thema
        # Klimaschutz gibt es in der Ausstellung." is prose).
        parts.append(
            alternation(open_ended)
            + r"\s*[\-–—:]?\s*[\p{L}\d][\p{L}\d&'’\-]*(?:\s+[\p{L}\d&'’\-]+){0,3}"
        )
    return "(?:" + "|".join(parts) + ")"


#: "Also on example.com", "Auch auf gofeminin.de": a heading that names the site's own domain.
ON_SITE = (
    r"(?:also\s+on|more\s+on|auch\s+auf|mehr\s+auf|aussi\s+sur|plus\s+sur|también\s+en|"
    r"más\s+en|também\s+no|mais\s+no|anche\s+su|ook\s+op|więcej\s+na|juga\s+di)\s+"
    r"(?:www\.)?[\p{L}\d\-]{2,40}(?:\.[\p{L}\d\-]{2,20}){0,2}\.(?:com|net|org|de|at|ch|fr|es|it|nl|pl|"
    r"pt|br|mx|ar|be|id|in|co\.uk|uk|eu|info)"
)


def block_marker(languages: Sequence[str] | None = None) -> str:
    """The pattern of teaser-list headings in ``languages`` (all when ``None``)."""
    return "(?:" + _with_suffix(merged(BLOCK_MARKERS, languages)) + "|" + ON_SITE + ")"


def previous_next_marker(languages: Sequence[str] | None = None) -> str:
    """The pattern of previous/next links in ``languages`` (all when ``None``)."""
    return r"(?:«|‹|<|←)?\s*" + alternation(merged(PREVIOUS_NEXT, languages)) + r"\s*(?:»|›|>|→)?"


BLOCK_MARKER = block_marker()
#: A blog's home link in its pager, beside the breadcrumbs' roots ("Newer Post Older Post
#: Home", "Entrada más reciente Entrada antigua Página principal").
PAGER_HOMES = ["Página principal", "Página inicial", "Home page", "Startpagina", "Strona główna"]


def pager_marker(languages: Sequence[str] | None = None) -> str:
    """A previous/next link, and the rest of a blog's pager on its line (group ``more``):
    up to three more of them or a home link ("Newer Post Older Post Home")."""
    link = previous_next_marker(languages)
    home = alternation([*merged(JUMPS, languages), *BREADCRUMB_ROOTS, *PAGER_HOMES])
    return link + r"(?P<more>(?:\s*[|·•]?\s*(?:" + link + "|" + home + r")){1,3})?"


PAGER_MARKER = pager_marker()
_CRUMB = r"\p{L}[\p{L}\d&'’.,\- ]{0,40}"
# A crumb after a root is a section name: at most four words ("Home / Away records are
# listed below." is prose).
_ROOTED_CRUMB = r"[\p{L}\d][\p{L}\d&'’.\-]*(?:\s[\p{L}\d&'’.\-]+){0,3}"

#: A last-lines pointer to a link the extractor dropped: "Alles über X findest Du hier.",
#: "The full report can be found here." One sentence that ends on "here" (a colon after it
#: introduces content: "Das Konzeptpapier finden Sie hier:" stays).
POINTER_HERE = (
    r"[^\n.!?:;\"“”„«»]{3,120}?\s(?:"
    r"(?:findest\s+du|finden\s+sie|findet\s+ihr|gibt\s+es|lest\s+ihr|lesen\s+sie|liest\s+du)\s+(?:alles\s+)?hier"
    r"|(?:can\s+be\s+(?:found|read|seen|viewed|downloaded)|is\s+available|are\s+available)\s+here"
    r"|(?:est|sont)\s+(?:disponibles?|à\s+retrouver|à\s+lire)\s+ici"
    r"|(?:encuentras|encuentra|puedes\s+(?:leer|ver|encontrar)|puede\s+(?:leer|ver|encontrar))\s+aquí"
    r"|(?:pode\s+ser\s+(?:lido|lida|vista?|encontrad[oa])|está\s+disponível)\s+aqui"
    r")\s*[.!]"
)

#: Headings that open a teaser list only where one follows ("Weitere Tourentipps in
#: Schweden" at the end of a travel piece); mid-story the same words are a subheading
#: ("Weitere US-Zellprojekte im Aufbau"), so they are never removed on their own.
WEAK_BLOCK_MARKER = (
    r"(?:weitere|mehr|noch\s+mehr|more|other|autres|otros|otras|outros|outras|altri|altre)\s+"
    r"[\p{L}\-]+(?:\s+[\p{L}\-]+){0,5}"
)

#: "Weitere Infos unter www.example.de.", "More information at www.example.org": a pointer
#: to a site, at the end of the page.
MORE_INFO = (
    r"(?:(?:weitere|mehr)\s+(?:infos?|informationen)\s+(?:gibt\s+es\s+)?(?:unter|auf|bei|im\s+internet\s+unter)"
    r"|(?:more|further)\s+(?:information|info|details)\s+(?:at|on|is\s+available\s+at)"
    r"|for\s+more\s+(?:information|info|details),?\s+(?:visit|see|go\s+to)"
    r"|plus\s+d['’](?:infos?|informations)\s+(?:sur|:)"
    r"|más\s+información\s+en|mais\s+informações\s+(?:em|no\s+site)"
    r"|maggiori\s+informazioni\s+su|meer\s+informatie\s+(?:op|via))"
    r"\s*:?\s+(?:www\.|https?://)[^\s]+"
)

#: The entry footer blog software writes under a post, in its languages ("This entry was
#: posted in News and tagged rain. Bookmark the permalink.", "Dieser Beitrag wurde unter
#: Allgemein veröffentlicht. Setze ein Lesezeichen auf den Permalink."): a template's
#: opening, then its categories and tags or its permalink sentence.
#: Openings prose shares ("This was written by the mayor's office and posted in ...",
#: "Dieser Beitrag wurde vom Rat ...") are left out or given as the template words them; a
#: footer that opens so and ends with the permalink sentence is the next rule's.
ENTRY_OPENINGS = [
    "This entry was posted", "This entry was filed", "This post was posted", "This entry was tagged",
    "Dieser Eintrag wurde veröffentlicht", "Dieser Eintrag wurde unter",
    "Dieser Beitrag wurde veröffentlicht", "Dieser Beitrag wurde unter", "Cet article a été publié",
    "Ce contenu a été publié", "Cette entrée a été publiée", "Ce billet a été publié",
    "Esta entrada fue publicada", "Esta entrada se publicó", "Esta entrada foi publicada",
    "Este post foi publicado", "Esse post foi publicado", "Questa voce è stata pubblicata",
    "Questo articolo è stato pubblicato", "Dit bericht is geplaatst", "Dit item is geplaatst",
    "Dit bericht werd geplaatst", "Ten wpis został opublikowany", "Wpis został opublikowany",
    "Tulisan ini dipublikasikan", "Entri ini dipublikasikan",
]  # fmt: skip
#: What the template says after its opening: its tags, its filing, its permalink.
ENTRY_PARTS = [
    "and tagged", "and is filed under", "filed under", "posted in", "follow any responses",
    "bookmark the permalink", "permalink",
    "verschlagwortet", "lesezeichen", "mot-clé", "mots-clés", "mot-clef", "mot(s)-clé(s)",
    "mot(s)-clef(s)", "permalien", "etiquetada", "etiquetado", "enlace permanente",
    "marcada com", "marcado com", "link permanente", "contrassegnata", "contrassegnato",
    "getagd", "oznaczony", "bezpośredniego odnośnika", "ditandai", "kategori",
]  # fmt: skip
#: The template's permalink or feed sentence, which ends its template or nearly.
ENTRY_PERMALINK = [
    "Bookmark the permalink", "Setze ein Lesezeichen auf den Permalink",
    "Lesezeichen auf den Permalink", "Vous pouvez le mettre en favoris avec ce permalien",
    "Vous pouvez la mettre en favoris avec ce permalien", "Mettre en favoris avec ce permalien",
    "Guarda el enlace permanente", "Marca el enlace permanente",
    "Adicione o link permanente aos seus favoritos", "Guarde o link permanente",
    "Contrassegna il permalink", "Aggiungi ai segnalibri il permalink", "Bookmark de permalink",
    "Dodaj zakładkę do bezpośredniego odnośnika", "Tandai permalink",
    "You can follow any responses to this entry through the RSS",
    "Follow any comments here with the RSS feed", "You can leave a response, or trackback",
]  # fmt: skip
#: The parts are whole words ("kategori" is no part of "Kategorie").
ENTRY_META = (
    alternation(ENTRY_OPENINGS)
    + r"[^\n]{0,300}?(?<!\w)"
    + alternation(ENTRY_PARTS)
    + r"(?!\w)[^\n]{0,300}"
)
#: The permalink or feed sentence starts the line or a sentence of it, as the template
#: writes it ("... Filed under Life. Bookmark the permalink."): "readers can bookmark the
#: permalink" is prose.
ENTRY_PERMALINK_LINE = (
    r"(?:[^\n]{0,300}?[.!?…\]]\s+)?" + alternation(ENTRY_PERMALINK) + r"\.?[^\n]{0,200}"
)


def tag_list(languages: Sequence[str] | None = None) -> str:
    """A tag or category list: its label, a colon and its items, which hold no sentence
    punctuation, with a separator after the last one or not ("Posted in: Fantasy |").
    The possessive repeat keeps it linear."""
    item = r"#?[^.!?:,|;#•·]{1,60}"
    return (
        alternation(merged(TAG_LABELS, languages))
        + r"\s*:\s*"
        + item
        + r"(?:[,|;#•·]\s*"
        + item
        + r")*+\s*[,|;•·]?"
    )


#: A tag or category list in every language, as a segment of a meta line reads it.
TAG_LIST = tag_list()


def build_rules(languages: Sequence[str] | None = None) -> list[Rule]:
    """The line rules with the phrases of ``languages`` (all languages when ``None``)."""
    read_also = alternation(merged(READ_ALSO, languages))
    return [
        Rule("navigation.more_info", MORE_INFO, "a pointer to a website at the end of the page",
             zone="tail", max_length=160, needs=("www.", "http")),
        Rule("navigation.pointer_here", POINTER_HERE, "a pointer to a link at the end of the page",
             zone="tail", max_length=160, needs=("hier", "here", "ici", "aquí", "aqui")),
        Rule("navigation.read_also",
             r"\[?\s*" + read_also + r"\s*\]?\s*(?:[:|»›>\-–—]+|\.{3}|…)\s*\S.{0,220}",
             "a pointer to another story", max_length=260),
        Rule("navigation.more_news",
             # "Veja mais notícias da região no g1 Campinas", "Read more news from the region".
             r"(?:(?:veja|leia|confira)\s+mais\s+notícias|(?:read|see|get)\s+more\s+(?:news|stories)\s+"
             r"(?:from|about|on)|más\s+noticias\s+(?:de|sobre)|plus\s+d['’]actualités\s+(?:sur|de))\b[^\n]{0,120}",
             "a pointer to more stories", max_length=160),
        Rule("navigation.view_in_browser",
             r"(?:view|read|open)\s+(?:this\s+)?(?:e-?mail|newsletter|issue)\s+(?:in|on)\s+(?:your\s+|a\s+|the\s+)?(?:browser|web)",
             "a newsletter's browser link", max_length=80),
        Rule("navigation.related_article",
             # "Related article Why Europe is warming": the label, then a capitalised headline.
             r"related\s+(?:article|story|content|coverage|link)s?\s+(?-i:\p{Lu})[^\n]{5,200}",
             "a pointer to another story", max_length=230),
        Rule("navigation.read_also_caps",
             # "ALSO READ Headline" with no colon: only in capitals, as the marker is written.
             r"(?-i:ALSO READ|READ MORE|READ ALSO|SEE ALSO|MUST READ|RELATED|WATCH|LISTEN|VÍDEOS?|VIDEOS?|"
             r"FOTOS|GALERIA|PODCAST|LEGGI ANCHE|LEES OOK|CZYTAJ TAKŻE|CZYTAJ TEŻ|ZOBACZ TAKŻE|ZOBACZ TEŻ|"
             r"BACA JUGA)\b\s*\S.{0,220}",
             "a pointer to another story", max_length=260),
        Rule("navigation.jump", alternation(merged(JUMPS, languages)) + r"\s*(?:»|›|>|→|\.{3}|…)?",
             "a navigation link", max_length=60),
        Rule("navigation.tags", tag_list(languages), "a tag or category list", max_length=400,
             needs=(":",)),
        # Ungated: its pattern opens with the template's first words. A footer that opens
        # otherwise ("Posted in X | Bookmark the permalink.") has the next rule's words.
        Rule("navigation.entry_meta", ENTRY_META, "a blog post's entry footer", max_length=400),
        Rule("navigation.entry_permalink", ENTRY_PERMALINK_LINE, "a blog post's entry footer",
             max_length=700,
             needs=("permalink", "permalien")),
        Rule("navigation.breadcrumb",
             # ">" also compares numbers in prose, so it needs three crumbs; » and › two.
             _CRUMB + r"(?:\s*[»›]\s*" + _CRUMB + r"){1,8}|" + _CRUMB + r"(?:\s*>\s*" + _CRUMB + r"){2,8}",
             "a breadcrumb trail", max_length=200, needs=("»", "›", ">")),
        Rule("navigation.breadcrumb_root",
             alternation(BREADCRUMB_ROOTS) + r"(?:\s*[>/]\s*" + _ROOTED_CRUMB + r"){1,8}",
             "a breadcrumb trail", max_length=200, needs=(">", "/")),
    ]  # fmt: skip


RULES = build_rules()
