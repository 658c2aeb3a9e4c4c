"""Hypothesis strategies shared by the property tests: story text and boilerplate lines.

Story paragraphs are built from sentences that start like furniture but are prose
("By the time ...", "Share prices ...") as well as plain ones, so a rule that takes a
line for what it starts with is caught.
"""

from __future__ import annotations

from hypothesis import strategies as st

SUBJECTS = [
    "The council",
    "Residents",
    "The minister",
    "Share prices",
    "Shares of the firm",
    "By the time the vote was called, the council",
    "Read more closely, the plan",
    "Subscribers to the utility",
    "Police",
    "The court",
    "Farmers",
    "Von der Leyen",
    "The striker",
    "Most viewed as a long shot, the candidate",
    "Latest figures",
    "Previous studies",
    "Next, the committee",
    "Advertising revenue",
    "Copyright law",
]
VERBS = [
    "said on Tuesday that",
    "warned that",
    "agreed that",
    "reported that",
    "expect that",
    "confirmed that",
    "denied that",
    "told reporters that",
    "argued that",
]
CLAUSES = [
    "the budget would rise by 4%",
    "the road would reopen in March",
    "the plan needs more work",
    "rain would continue into the weekend",
    "prices fell for a third month",
    "the vote would be held again",
    "the school would stay closed until Friday",
    "more than 200 homes lost power",
]

#: Furniture lines that the default pipeline removes wherever they stand on their own.
BOILERPLATE = ["Share this article", "Advertisement", "ALSO READ: Floods close the coast road",
               "© 2025 Valley Herald. All rights reserved.", "Leave a Reply",
               "Your email address will not be published.", "2 mins read",
               "Reading time: 4 minutes",
               "Lesezeit: 3 Minuten", "Back to top", "Tags: flooding, council, budget",
               "Sign up for our daily newsletter to get the latest headlines.",
               "Follow us on Twitter", "Story continues below advertisement", "12 Comments",
               "Photo: AFP", "Updated 6:12 PM GMT, Nov 3, 2025", "Lire aussi : Le tram reprend",
               "Anzeige", "Teilen", "Compartir", "Reuse this content",
               "Our Standards: The Thomson Reuters Trust Principles.",
               "Home » News » Local"]  # fmt: skip


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """A sentence of story prose."""
    subject, verb = draw(st.sampled_from(SUBJECTS)), draw(st.sampled_from(VERBS))
    return f"{subject} {verb} {draw(st.sampled_from(CLAUSES))}."


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    """A story paragraph: two to five sentences on one line."""
    return " ".join(draw(st.lists(sentences(), min_size=2, max_size=5)))


@st.composite
def stories(draw: st.DrawFn) -> list[str]:
    """A story: a headline and two to eight paragraphs."""
    headline = draw(
        st.sampled_from(
            [
                "Council approves flood plan",
                "Rain closes coast road",
                "Court rules on port strike",
                "Striker scores twice in derby",
            ]
        )
    )
    return [headline, *draw(st.lists(paragraphs(), min_size=2, max_size=8))]


boilerplate_lines = st.sampled_from(BOILERPLATE)

#: Any text at all, with the characters that break naive code: line ends, controls, surrogates.
any_text = st.text(alphabet=st.characters(codec=None, categories=None), max_size=400) | st.lists(
    st.sampled_from(
        [
            "\n",
            "\r\n",
            "\r",
            "\x00",
            "\x0b",
            "\u2028",
            "\ufeff",
            "\ud800",
            " ",
            "By ",
            "Share",
            "»",
            "Read more",
            "…",
            "2025",
            "Jane Doe",
            *BOILERPLATE,
        ]
    ),
    max_size=40,
).map("".join)
