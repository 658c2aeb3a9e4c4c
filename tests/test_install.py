"""The runtime dependencies import in the environment the package installs into."""

from __future__ import annotations

import importlib.metadata
import importlib.resources


def test_trafilatura_imports_and_extracts() -> None:
    # trafilatura >= 1.9 needs lxml_html_clean, which it does not declare; we do.
    import trafilatura

    html = (
        "<html><body><article><p>"
        + "Rain fell all day on the coast road. " * 8
        + "</p></article></body></html>"
    )
    assert "Rain fell all day" in (trafilatura.extract(html) or "")


def test_the_package_declares_its_runtime_dependencies() -> None:
    requires = " ".join(importlib.metadata.requires("newsclean") or [])
    for name in ("regex", "lxml", "lxml_html_clean", "trafilatura"):
        assert name in requires


def test_py_typed_ships() -> None:
    assert importlib.resources.files("newsclean").joinpath("py.typed").is_file()


def test_the_story_finder_weights_ship_and_say_what_they_were_fitted_on() -> None:
    import json

    data = json.loads(
        importlib.resources.files("newsclean").joinpath("rules/story.json").read_text("utf-8")
    )
    assert "fit half" in data["notes"]["fitted_on"]
    assert data["notes"]["command"] == "python tools/fit.py --write"
    assert set(data["thresholds"]) == {"lines", "page", "paragraphs", "wrapped", "markdown"}
    # The block model, fitted on the shipped prose and stretch models, says so too.
    assert data["notes"]["block"]["command"] == "python tools/fit.py --block-only --write"
    assert len(data["block"]["weights"]) == len(data["block"]["features"])


def test_the_stoplists_are_there() -> None:
    from newsclean.stopwords import names

    assert len(names()) >= 50  # jusText's, for the story finder's function-word shares
    requires = " ".join(importlib.metadata.requires("newsclean") or [])
    assert "justext" in requires
