"""Comment sections and their forms: "Leave a Reply", "12 comments", "Kommentare".

Form labels that could be a word of prose ("Website", "Reply") only count in the tail
of the page, where the comment form sits.
"""

from __future__ import annotations

from newsclean.rules import Rule, alternation

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
    "de": ["Schreib einen Kommentar", "Schreiben Sie einen Kommentar", "Kommentar schreiben",
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
]

#: Comment counters: "12 comments", "Kommentare insgesamt: 2", "3 commentaires".
COUNTS = (
    r"\(?\d{1,6}\)?\s+(?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?|"
    r"comentários?|reactions?|reacties)"
    r"|(?:comments?|responses?|replies|reactions?|kommentare(?:\s+insgesamt)?|commentaires?|"
    r"comentarios?|comentários?)\s*"
    r"[:(]?\s*\d{1,6}\)?"
)

#: Form labels that only count at the end of a page.
FORM_LABELS = ["Name", "Name *", "Email", "Email *", "E-mail *", "Website", "Comment *", "Reply",
               "Report", "Antworten", "Melden", "Répondre", "Signaler", "Responder", "Denunciar",
               "Like", "Likes", "Upvote", "Share this comment"]  # fmt: skip

#: Comment-section states and prompts written as sentences.
SENTENCES = [
    r"(?:view|see|show|read|load|voir|afficher|ver|mostrar|ler|alle)\s+(?:all\s+|les\s+|los\s+|os\s+)?"
    r"\d{1,6}\s+(?:comments?|commentaires|comentarios|comentários|kommentare|réactions)",
    r"(?:comments\s+are\s+(?:closed|disabled|turned\s+off)|os\s+comentários\s+estão\s+"
    r"(?:desativados|fechados|encerrados)|los\s+comentarios\s+están\s+(?:cerrados|desactivados)|"
    r"les\s+commentaires\s+sont\s+(?:fermés|désactivés)|kommentare\s+sind\s+(?:geschlossen|"
    r"deaktiviert))[^\n]{0,60}",
    r"(?:to\s+comment|para\s+comentar|pour\s+commenter|um\s+zu\s+kommentieren)\s*,?\s+"
    r"(?:please\s+)?(?:log\s*in|sign\s+in|register|inici[áa]|inicie|conectá|connectez|melden|"
    r"faça\s+login|entre)[^\n]{0,60}",
    r"(?:fehler\s+gefunden\?|found\s+an?\s+(?:error|typo|mistake)\?|spotted\s+an?\s+(?:error|typo|"
    r"mistake)\?|vous\s+avez\s+(?:repéré|trouvé)\s+une\s+(?:erreur|faute)\s*\?)[^\n]{0,60}",
]

RULES = [
    Rule("comments.sentence", "(?:" + "|".join(SENTENCES) + ")", "a comment-section prompt",
         max_length=120),
    Rule("comments.prompt", alternation([p for ps in PROMPTS.values() for p in ps]),
         "a comment-section heading or prompt", max_length=80),
    Rule("comments.notice", "(?:" + "|".join(NOTICES) + ")", "a comment-form notice",
         max_length=250),
    Rule("comments.count", COUNTS, "a comment counter", max_length=40),
    Rule("comments.form", alternation(FORM_LABELS), "a comment-form label", zone="tail",
         max_length=30),
]  # fmt: skip
