"""Comment sections and their forms: "Leave a Reply", "12 comments", "Kommentare".

Form labels that could be a word of prose ("Website", "Reply") only count in the tail
of the page, where the comment form sits.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.rules import Rule, alternation, merged, nukta_spellings

#: Headings and prompts of a comment section, anywhere on the page.
PROMPTS = {
    "en": ["Leave a Reply", "Leave a reply", "Leave a Comment", "Leave a comment",
           "Leave a Reply Cancel reply", "Cancel reply", "Comments", "Comment", "No comments",
           "No Comments Yet", "View comments", "Show comments", "Hide comments", "Post a comment",
           "Add a comment", "Add comment", "Join the conversation", "Join the discussion",
           "Comments are closed", "Comments are closed.", "Be the first to comment",
           "Be the first to comment!", "Post Comment", "Submit Comment", "Log in to comment",
           "You must be logged in to post a comment.", "Loading comments",
           "Commenting is disabled", "Discussion", "Conversation", "Read comments",
           "See all comments", "Comments (0)"],
    "de": ["Schreib einen Kommentar", "Schreibe einen Kommentar", "Schreiben Sie einen Kommentar", "Kommentar schreiben",
           "Kommentar verfassen", "Kommentare", "Kommentar", "Keine Kommentare",
           "Antwort abbrechen", "Hinterlasse eine Antwort", "Hinterlasse einen Kommentar",
           "Kommentare schreiben", "Kommentieren", "Kommentare anzeigen", "Diskussion"],
    "fr": ["Laisser un commentaire", "Laisser une réponse", "Commentaires", "Commentaire",
           "Réagir", "Réagissez", "Annuler la réponse", "Ajouter un commentaire",
           "Voir les commentaires"],
    "es": ["Deja un comentario", "Deja una respuesta", "Dejar un comentario", "Comentarios",
           "Comentario", "Cancelar respuesta", "Ver comentarios", "Comenta"],
    "pt": ["Deixe um comentário", "Deixe uma resposta", "Comentários", "Comentário",
           "Cancelar resposta", "Ver comentários", "Comente"],
    "it": ["Lascia un commento", "Lascia una risposta", "Commenti", "Commento", "Commenta",
           "Scrivi un commento", "Aggiungi un commento", "Annulla risposta", "Nessun commento",
           "Mostra commenti", "Leggi i commenti", "Partecipa alla discussione"],
    "nl": ["Reacties", "Reactie", "Reageer", "Reageren", "Laat een reactie achter",
           "Plaats een reactie", "Geef een reactie", "Reactie annuleren", "Bekijk reacties",
           "Toon reacties", "Geen reacties", "Praat mee"],
    "pl": ["Komentarze", "Komentarz", "Skomentuj", "Dodaj komentarz", "Zostaw komentarz",
           "Napisz komentarz", "Brak komentarzy", "Anuluj odpowiedź", "Pokaż komentarze",
           "Zobacz komentarze", "Dyskusja"],
    "id": ["Komentar", "Tulis komentar", "Tinggalkan komentar", "Tinggalkan balasan",
           "Batalkan balasan", "Lihat komentar", "Kirim komentar", "Beri komentar",
           "Belum ada komentar"],
    "hi": nukta_spellings(["टिप्पणियाँ", "टिप्पणियां", "टिप्पणी", "टिप्पणी करें", "कमेंट",
                           "कमेंट्स", "कमेंट करें", "अपनी राय दें", "अपनी टिप्पणी दें",
                           "प्रतिक्रिया दें", "कोई टिप्पणी नहीं"]),
}  # fmt: skip

#: Comment-form notices, anywhere.
NOTICES = [
    r"your\s+e-?mail\s+address\s+will\s+not\s+be\s+published\.?[^\n]{0,80}",
    r"required\s+fields\s+are\s+marked\s*\*?",
    r"save\s+my\s+name,\s+e-?mail,?\s+and\s+website\s+in\s+this\s+browser[^\n]{0,80}",
    r"notify\s+me\s+of\s+(?:new\s+posts|follow-?up\s+comments|new\s+comments)[^\n]{0,60}",
    r"(?:deine|ihre)\s+e-mail-adresse\s+wird\s+nicht\s+veröffentlicht\.?[^\n]{0,80}",
    r"erforderliche\s+felder\s+sind\s+(?:mit\s+\*\s+)?markiert[^\n]{0,20}",
    r"votre\s+adresse\s+(?:e-?mail|de\s+messagerie|courriel)\s+ne\s+sera\s+pas\s+publiée\.?[^\n]{0,80}",
    r"les\s+champs\s+obligatoires\s+sont\s+indiqués[^\n]{0,30}",
    r"tu\s+dirección\s+de\s+correo\s+electrónico\s+no\s+será\s+publicada\.?[^\n]{0,80}",
    r"los\s+campos\s+obligatorios\s+están\s+marcados[^\n]{0,30}",
    r"(?:o\s+)?(?:seu\s+)?endereço\s+de\s+e-?mail\s+não\s+será\s+publicado\.?[^\n]{0,80}",
    r"campos\s+obrigatórios\s+são\s+marcados[^\n]{0,30}",
    r"il\s+tuo\s+indirizzo\s+(?:e-?mail|di\s+posta\s+elettronica)\s+non\s+sarà\s+pubblicato\.?[^\n]{0,80}",
    r"i\s+campi\s+obbligatori\s+sono\s+(?:contrassegnati|indicati)[^\n]{0,30}",
    r"je\s+e-?mailadres\s+wordt\s+niet\s+gepubliceerd\.?[^\n]{0,80}",
    r"vereiste\s+velden\s+zijn\s+gemarkeerd[^\n]{0,30}",
    r"twój\s+adres\s+e-?mail\s+nie\s+zostanie\s+opublikowany\.?[^\n]{0,80}",
    r"wymagane\s+pola\s+są\s+oznaczone[^\n]{0,30}",
    r"alamat\s+email\s+(?:anda|kamu)\s+tidak\s+akan\s+(?:dipublikasikan|ditampilkan|diterbitkan)\.?[^\n]{0,80}",
    r"(?:ruas|kolom)\s+(?:yang\s+)?wajib\s+(?:diisi\s+)?ditandai[^\n]{0,30}",
    r"आपका\s+ईमेल\s+पता\s+प्रकाशित\s+नहीं\s+किया\s+जाएगा[।.]?[^\n]{0,80}",
]

#: Comment counters: "12 comments", "Kommentare insgesamt: 2", "3 commentaires".
COUNTS = (
    r"\(?\d{1,6}\)?\s+(?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?|"
    r"comentários?|reactions?|reacties|reactie|commenti|commento|komentarzy?|komentarze|komentar|"
    r"टिप्पणियाँ|टिप्पणियां|टिप्पणी|कमेंट्स?)"
    r"|(?:comments?|responses?|replies|reactions?|kommentare(?:\s+insgesamt)?|commentaires?|"
    r"comentarios?|comentários?|commenti|reacties|komentarze|komentar|टिप्पणियाँ|टिप्पणियां)\s*"
    r"[:(]?\s*\d{1,6}\)?"
)

#: A comment section's heading that names the story it answers, the form blog software
#: writes it in ("6 Responses to “Title”", "One thought on “Title”", "3 Kommentare zu
#: „Titel“", "2 réflexions sur « Titre »"): a count, a word for the comments, a
#: preposition and the story's title in quotes, which end the line. The form is the rule:
#: a sentence goes on after its closing quote.
THREAD_COUNTS = (
    r"\d{1,6}|no|one|two|three|four|five|six|seven|eight|nine|ten|ein|eine|einen|zwei|drei|"
    r"keine|un|une|deux|trois|aucun|aucune|una|uno|dos|tres|ningún|ninguna|um|uma|dois|duas|"
    r"três|nenhum|nenhuma|due|tre|nessun|nessuna|een|eén|één|twee|drie|geen|jeden|jedna|"
    r"dwa|dwie|trzy|satu|dua|tiga"
)
THREAD_WORDS = (
    r"thoughts?|responses?|repl(?:y|ies)|comments?|reactions?|gedanken?|kommentare?|"
    r"antworten?|réflexions?|commentaires?|réponses?|comentarios?|respuestas?|pensamientos?|"
    r"comentários?|respostas?|pensamentos?|comment[oi]|rispost[ae]|pensier[oi]|reacties?|"
    r"gedachten?|antwoorden?|komentarz[ey]?|odpowiedzi|odpowiedź|komentar|tanggapan|balasan"
)
THREAD_TO = (
    r"on|to|for|about|zu|zum|zur|auf|für|über|sur|à|pour|en|a|sobre|para|em|no|na|su|per|"
    r"op|over|bij|do|untuk|pada|tentang|di"
)
THREAD_HEADING = (
    r"(?:" + THREAD_COUNTS + r")\s+(?:" + THREAD_WORDS + r")\s+(?:" + THREAD_TO + r")\s+"
    r"[\"“”„«‘’'‹]\s*[^\n]{1,200}?\s*[\"“”«»‘’'›]"
)

#: Form labels that only count at the end of a page.
FORM_LABELS = ["Name", "Name *", "Email", "Email *", "E-mail *", "Website", "Comment *", "Reply",
               "Report", "Antworten", "Melden", "Répondre", "Signaler", "Responder", "Denunciar",
               "Like", "Likes", "Upvote", "Share this comment", "Nome", "Nome *", "Rispondi",
               "Segnala", "Naam", "Naam *", "Beantwoorden", "Imię", "Imię *", "Odpowiedz",
               "Zgłoś", "Nama", "Nama *", "Balas", "Laporkan", "नाम", "जवाब दें", "Sito web",
               "Commento *", "Reactie *", "Komentarz *", "Komentar *", "Situs web", "Situs",
               "Strona internetowa", "वेबसाइट"]  # fmt: skip

#: Comment-section states and prompts written as sentences.
SENTENCES = [
    r"(?:view|see|show|read|load|voir|afficher|ver|mostrar|ler|alle)\s+(?:all\s+|les\s+|los\s+|os\s+)?"
    r"\d{1,6}\s+(?:comments?|commentaires|comentarios|comentários|kommentare|réactions)",
    r"(?:comments\s+are\s+(?:closed|disabled|turned\s+off)|os\s+comentários\s+estão\s+"
    r"(?:desativados|fechados|encerrados)|los\s+comentarios\s+están\s+(?:cerrados|desactivados)|"
    r"les\s+commentaires\s+sont\s+(?:fermés|désactivés)|kommentare\s+sind\s+(?:geschlossen|"
    r"deaktiviert)|i\s+commenti\s+sono\s+(?:chiusi|disattivati)|reageren\s+is\s+niet\s+(?:meer\s+)?mogelijk|"
    r"(?:komentarze|możliwość\s+komentowania)\s+(?:zostały|została)\s+(?:wyłączone|wyłączona)|"
    r"komentar\s+(?:ditutup|dinonaktifkan))[^\n]{0,60}",
    r"(?:to\s+comment|para\s+comentar|pour\s+commenter|um\s+zu\s+kommentieren)\s*,?\s+"
    r"(?:please\s+)?(?:log\s*in|sign\s+in|register|inici[áa]|inicie|conectá|connectez|melden|"
    r"faça\s+login|entre)[^\n]{0,60}",
    # Login states of a comment form: "Du musst eingeloggt sein, um Kommentare zu schreiben!"
    r"(?:du\s+musst|sie\s+müssen)\s+(?:eingeloggt|angemeldet|registriert)\s+sein,?\s+um\s+(?:einen\s+)?"
    r"kommentare?\s+(?:zu\s+)?(?:schreiben|verfassen|abzugeben|hinterlassen|posten)[^\n]{0,80}",
    r"you\s+(?:must|need\s+to)\s+be\s+(?:logged\s+in|signed\s+in|registered)\s+to\s+"
    r"(?:post\s+a\s+|leave\s+a\s+|add\s+a\s+|write\s+a\s+)?comment[^\n]{0,60}",
    r"vous\s+devez\s+être\s+(?:connectée?|inscrite?)\s+pour\s+(?:publier\s+un\s+|laisser\s+un\s+|poster\s+un\s+)?"
    r"commentaire[^\n]{0,40}",
    r"(?:debes|debe)\s+(?:estar\s+registrad[oa]|iniciar\s+sesión|estar\s+conectad[oa])\s+para\s+"
    r"(?:publicar\s+un\s+|dejar\s+un\s+)?comentar(?:io)?[^\n]{0,40}",
    r"(?:sie\s+sind|du\s+bist|you\s+are)\s+(?:aktuell\s+|derzeit\s+|zurzeit\s+|momentan\s+|currently\s+)?"
    r"(?:nicht|not)\s+(?:eingeloggt|angemeldet|logged\s+in|signed\s+in)\.?",
    # "Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)"
    r"(?:keine|no|aucun|sin|sem|nessun|geen|brak)\s+(?:kommentare|comments(?:\s+yet)?|commentaire|"
    r"comentarios|comentários|commento|reacties|komentarzy)\s*\([^()\n]{1,80}\)",
    r"(?:fehler\s+gefunden\?|found\s+an?\s+(?:error|typo|mistake)\?|spotted\s+an?\s+(?:error|typo|"
    r"mistake)\?|vous\s+avez\s+(?:repéré|trouvé)\s+une\s+(?:erreur|faute)\s*\?)[^\n]{0,60}",
]


def build_rules(languages: Sequence[str] | None = None) -> list[Rule]:
    """The line rules with the phrases of ``languages`` (all languages when ``None``)."""
    return [
        Rule("comments.sentence", "(?:" + "|".join(SENTENCES) + ")", "a comment-section prompt",
             max_length=120),
        Rule("comments.prompt", alternation(merged(PROMPTS, languages)),
             "a comment-section heading or prompt", max_length=80),
        Rule("comments.notice", "(?:" + "|".join(NOTICES) + ")", "a comment-form notice",
             max_length=250),
        Rule("comments.count", COUNTS, "a comment counter", max_length=40),
        # Ungated: its pattern opens with the count, so most lines fail at their first
        # characters, which costs less than testing a line for the comments' words.
        Rule("comments.thread", THREAD_HEADING, "a comment section's heading", max_length=260),
        Rule("comments.form", alternation(FORM_LABELS), "a comment-form label", zone="tail",
             max_length=30),
    ]  # fmt: skip


RULES = build_rules()
