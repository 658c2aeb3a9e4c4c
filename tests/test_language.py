"""Choosing rules by a text's language: detection, ``language=``, and the default unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean
from newsclean.document import Document
from newsclean.evaluate import load_case
from newsclean.language import detect_language, language_set
from newsclean.rules import LANGUAGES

CASES_DIR = Path(__file__).resolve().parent.parent / "corpus" / "cases"
PATHS = sorted(CASES_DIR.glob("*.json"))

SAMPLES = {
    "en": "The mayor said on Tuesday that the bridge will be closed for repairs and that "
    "traffic is expected to be heavy.",
    "de": "Der Bürgermeister sagte am Dienstag, dass die Brücke gesperrt wird und der Verkehr "
    "sich auch in der Stadt staut.",
    "fr": "Le maire a annoncé mardi que le pont sera fermé pour des travaux et que la "
    "circulation est perturbée dans la ville.",
    "es": "El alcalde dijo el martes que el puente estará cerrado por obras y que el tráfico "
    "será muy intenso en las calles del centro.",
    "pt": "O prefeito disse na terça-feira que a ponte será fechada para obras e que o "
    "trânsito não deve melhorar pela manhã.",
    "it": "Il sindaco ha detto martedì che il ponte sarà chiuso per lavori e che il traffico "
    "è già intenso nel centro della città.",
    "nl": "De burgemeester zei dinsdag dat de brug wordt gesloten voor werkzaamheden en dat "
    "het verkeer op de ring ook vastloopt.",
    "pl": "Burmistrz powiedział we wtorek, że most zostanie zamknięty z powodu remontu i że "
    "ruch w mieście jest duży.",
    "id": "Wali kota mengatakan pada hari Selasa bahwa jembatan itu akan ditutup untuk "
    "perbaikan dan lalu lintas akan padat di pusat kota.",
    "hi": "महापौर ने मंगलवार को कहा कि पुल मरम्मत के लिए बंद रहेगा और शहर में यातायात भारी रहेगा।",
    "sv": "Borgmästaren sa på tisdagen att bron stängs för reparationer och att trafiken "
    "inte blir lättare förrän till våren.",
    "da": "Borgmesteren sagde tirsdag, at broen bliver lukket af hensyn til reparationer, og "
    "at trafikken ikke bliver lettere efter sommeren.",
    "no": "Ordføreren sa tirsdag at brua blir stengt for reparasjoner, og at trafikken ikke "
    "blir lettere etter sommeren heller.",
    "fi": "Pormestari sanoi tiistaina, että silta suljetaan korjausten ajaksi ja että liikenne "
    "on myös keskustassa ruuhkaista.",
    "cs": "Starosta v úterý řekl, že most bude uzavřen kvůli opravám a že doprava ve městě "
    "bude podle něj také hustá.",
    "sk": "Starosta v utorok povedal, že most bude uzavretý pre opravy a že doprava v meste "
    "bude podľa neho tiež hustá.",
    "hu": "A polgármester kedden azt mondta, hogy a hidat a javítások miatt lezárják, és a "
    "forgalom is nagy lesz a városban.",
    "ro": "Primarul a spus marți că podul va fi închis pentru reparații și că traficul din "
    "oraș este foarte aglomerat.",
    "tr": "Belediye başkanı salı günü köprünün onarım için kapatılacağını ve şehirdeki "
    "trafiğin çok yoğun olacağını söyledi, bu yüzden daha erken çıkın.",
    "el": "Ο δήμαρχος είπε την Τρίτη ότι η γέφυρα θα κλείσει για επισκευές και ότι η "
    "κυκλοφορία στην πόλη θα είναι βαριά.",
    "ru": "Мэр заявил во вторник, что мост закроют на ремонт и что движение в городе будет "
    "очень плотным.",
    "uk": "Мер заявив у вівторок, що міст закриють на ремонт і що рух у місті буде дуже "
    "щільним, а об'їзд пройде через центр.",
    "ar": "قال رئيس البلدية يوم الثلاثاء إن الجسر سيغلق للإصلاحات وإن حركة المرور في المدينة "
    "ستكون كثيفة.",
    "zh": "市长周二表示，这座桥将因维修而关闭，市区的交通将会非常拥堵。",
    "ja": "市長は火曜日、橋は修理のため閉鎖され、市内の交通は混雑すると述べた。",
}

#: A German interview: "Lea:" is a speaker (in Spanish, "Lea:" is "Read:", a pointer).
GERMAN = (
    "Interview mit der Schwimmerin Lea Brandt\n\n"
    "Die Schwimmerin hat in Paris zwei Medaillen gewonnen. Wir haben mit ihr und ihrer "
    "Trainerin gesprochen, und das Gespräch ist nicht kurz gewesen.\n"
    "Lea: Ich wollte nie aufhören, auch nicht nach der Verletzung.\n"
    "Trainerin: Sie ist die härteste Arbeiterin, die ich kenne.\n"
    "Lesen Sie auch: Die besten Bilder der Spiele\n"
    "Die Saison beginnt im Herbst wieder, und die Vorbereitung hat schon begonnen.\n"
    "Teilen"
)
SPEAKER = "Lea: Ich wollte nie aufhören, auch nicht nach der Verletzung."


def test_every_language_has_a_sample() -> None:
    assert set(SAMPLES) == set(LANGUAGES)


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_detects_short_samples(language: str) -> None:
    assert detect_language(SAMPLES[language]) == language


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Share | Tweet | Email",
        "Paris, Berlin, Madrid: 12.03.2025",
        "The bridge. Die Brücke. Le pont.",  # one hit each: nothing wins
        SAMPLES["en"] + " " + SAMPLES["de"],  # two languages, neither clearly ahead
    ],
)
def test_ambiguous_text_is_none(text: str) -> None:
    assert detect_language(text) is None


def test_language_set() -> None:
    assert language_set(None) is None
    assert language_set("de") == ("en", "de")
    assert language_set("EN") == ("en",)
    assert language_set("auto", SAMPLES["fr"]) == ("en", "fr")
    assert language_set("auto", "12:45") is None


def test_document_carries_the_language() -> None:
    doc = Document("a\nb", language=("en", "de"))
    assert doc.without({0}).language == ("en", "de")
    assert Document("a").language is None


def test_german_furniture_goes_and_a_spanish_only_phrase_stays() -> None:
    cleaned = newsclean.clean(GERMAN, language="de")
    assert "Lesen Sie auch" not in cleaned
    assert "Teilen" not in cleaned
    assert SPEAKER in cleaned
    # With every language's phrases (the default), Spanish "Lea:" takes the speaker's line.
    assert SPEAKER not in newsclean.clean(GERMAN)


def test_the_spanish_phrase_is_furniture_in_spanish() -> None:
    text = (
        "El alcalde dijo el martes que el puente estará cerrado por obras y que el tráfico "
        "será muy intenso en las calles del centro.\n"
        "Lea: Las obras del metro se retrasan otra vez\n"
        "Las obras durarán hasta el verano, según el ayuntamiento."
    )
    assert "Lea:" not in newsclean.clean(text, language="es")
    assert "Lea:" not in newsclean.clean(text, language="auto")
    assert "Lea:" in newsclean.clean(text, language="de")


def test_auto_detects() -> None:
    assert newsclean.clean(GERMAN, language="auto") == newsclean.clean(GERMAN, language="de")
    cleaned = newsclean.explain(GERMAN, language="auto")
    assert SPEAKER in cleaned.text


def test_english_furniture_runs_for_every_language() -> None:
    text = SAMPLES["de"] + "\nShare this article\nAdvertisement"
    assert newsclean.clean(text, language="de") == SAMPLES["de"]


def test_language_specific_rules_in_every_family() -> None:
    # Byline word, read time, advertising, comments: kept outside their language.
    text = "Oleh Budi Santoso\nWaktu baca: 3 menit\n" + SAMPLES["id"] + "\nIklan\nKomentar"
    assert newsclean.clean(text, language="id") == SAMPLES["id"]
    kept = newsclean.clean(text, language="fr")
    assert "Komentar" in kept
    assert "Oleh Budi Santoso" in kept


@pytest.mark.parametrize("code", ["xx", "english", "de-DE", ""])
def test_unknown_code_raises(code: str) -> None:
    with pytest.raises(ValueError, match="en, de, fr"):
        newsclean.clean("Rain fell all day.", language=code)
    with pytest.raises(ValueError, match="unknown language"):
        newsclean.DEFAULT.explain("", language=code)


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_default_is_unchanged_and_the_cases_own_language_agrees(path: Path) -> None:
    case = load_case(path)
    default = newsclean.explain(case.raw)
    assert default == newsclean.explain(case.raw, language=None)
    if not case.xfail:  # the golden output is today's output
        assert default.text == case.clean
    # The corpus holds no furniture of another language: its own language gives the same.
    assert newsclean.clean(case.raw, language=case.language) == default.text
    assert newsclean.clean(case.raw, language="auto") == default.text


def test_a_stoplist_needs_more_than_two_of_its_words() -> None:
    from newsclean.stopwords import stoplist

    # "ba" is an Irish function word, "g" an Aromanian one: two words name no language.
    assert stoplist(["aaa", "ba", "ap"]) is None
    assert stoplist(["aaa", "ba", "ap", "share", "g"]) is None
    text = "The rain fell on the road, and the river rose over the bridge in the night."
    chosen = stoplist(text.lower().split(), text)
    assert chosen is not None and chosen.name == "English"


GERMAN_STORY = [
    "Der Gemeinderat hat am Montag beschlossen, dass die Uferstraße wegen der Arbeiten an "
    "der Mauer bis Ende des Monats gesperrt bleibt und die Busse über die Bergstraße fahren.",
    "Die Anwohner der Hafengasse wurden gebeten, ihre Autos vor der Springflut am Donnerstag "
    "auf den oberen Parkplatz zu stellen, weil das Wasser bis an den Kai steigen kann.",
    "Die Fähre fährt bis zur Öffnung der Straße zweimal am Tag öfter, und die Karten für die "
    "Brücke gelten auch an Bord, wie die Reederei am Abend mitteilte.",
    "Der Bürgermeister sagte, die Stadt habe die Mauer schon im Frühjahr prüfen lassen und "
    "sei nicht überrascht, dass nach dem Sturm nun auch der untere Teil erneuert werden muss.",
    "Die Händler am Markt befürchten, dass die Sperrung in der Ferienzeit die Gäste fernhält, "
    "und wollen mit einem Fest am Hafen zeigen, dass die Geschäfte weiter geöffnet sind.",
]

#: An English menu, the kind a German site's template may carry: short lines, no paragraph.
ENGLISH_MENU = [
    f"{topic} of the week" for topic in (
        "News", "Sport", "Business", "Politics", "Culture", "Travel", "Science", "Health",
        "Music", "Film", "Books", "Food", "Money", "Cars", "Games", "Style",
    )
] + [f"The best of the {part} and the rest" for part in ("day", "month", "year", "decade")] + [
    "About us and the team", "Terms of use and the rules", "Privacy and the cookies",
    "Contact the editors", "Jobs at the paper", "Advertise with us and the partners",
]  # fmt: skip


def test_the_prose_stoplist_is_the_language_of_the_paragraphs() -> None:
    """A page whose menus come first in another language (a German site on an English
    template): its paragraphs name the stoplist the story's prose is judged by, so the
    German story reads as prose."""
    from newsclean.prose import block_stats, text_stats

    text = "\n".join(ENGLISH_MENU) + "\n\n" + "\n\n".join(GERMAN_STORY)
    assert detect_language(text) == "en"  # the text's start is the English menu
    doc = Document(text)
    reference = text_stats(doc)
    assert reference.stoplist is not None and reference.stoplist.name == "German"
    stats = block_stats(doc)
    story = [s for s, b in zip(stats, doc.content, strict=True) if b.stripped in GERMAN_STORY]
    assert len(story) == len(GERMAN_STORY) and all(s.prose for s in story)
    cleaned = newsclean.clean(text)
    assert all(paragraph in cleaned for paragraph in GERMAN_STORY)


def test_without_paragraphs_the_text_start_names_the_stoplist() -> None:
    """The negative: a text with no paragraph-long block is read from its start, as before."""
    from newsclean.prose import text_stats

    text = "\n".join(["Die Stadt und das Land", "Der Rat und die Bürger", "Das ist nicht alles"])
    reference = text_stats(Document(text))
    assert reference.stoplist is not None and reference.stoplist.name == "German"


def test_script_code_is_no_paragraph_to_read_the_language_from() -> None:
    """A block of script code left in a page's text (an ad's loader) has words of other
    languages in its names; the story's paragraphs, not the code, name the stoplist."""
    from newsclean.prose import text_stats

    code = " ".join(
        f'if (window.die_{i} && der.das) {{ var und = "nicht"; ist = ein({i}); '
        f'document.write("<iframe src=x>"); }}'
        for i in range(8)
    )
    story = [
        "The council said on Monday that the coast road would stay closed for a week while "
        "engineers inspect the damaged sea wall, and that buses would run on the inland route."
    ]
    reference = text_stats(Document("\n\n".join([code, *story])))
    assert reference.stoplist is not None and reference.stoplist.name == "English"
