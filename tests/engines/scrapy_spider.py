"""A real Scrapy crawl for tests/engines/test_scrapy.py, run in a process of its own
(Twisted's reactor is started once per process, so never in pytest's)::

    python scrapy_spider.py CONFIG.json

``CONFIG.json``: ``{"start_url": ..., "proxy": null, "settings": {...}, "stats": PATH,
"bad": [{"page": NAME, "fields": {...}}, ...]}``. The spider reads the start page (an
index of links), follows every link and yields one item per page: the page's position
picks the item's kind (dict, ``scrapy.Item``, dataclass, attrs) and, for an HTML page,
whether ``html`` holds ``response.text`` or ``response.body`` (bytes); a text page's
body goes in ``text``. It also yields every bad item of the config once per kind, with
the index's URL. With ``proxy``, every request goes through that HTTP proxy (the test
server, which then answers for made-up hosts). The crawler's statistics are written as
JSON to ``stats`` after the crawl; the settings give the feed export and the pipeline.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import attrs
import scrapy
from scrapy.crawler import CrawlerProcess

KINDS = ("dict", "item", "dataclass", "attrs")


class PageItem(scrapy.Item):
    page = scrapy.Field()
    kind = scrapy.Field()
    url = scrapy.Field()
    text = scrapy.Field()
    html = scrapy.Field()
    newsclean = scrapy.Field()


@dataclasses.dataclass
class PageData:
    page: str
    kind: str
    url: Any = None
    text: Any = None
    html: Any = None
    newsclean: Any = None


@attrs.define
class PageAttrs:
    page: str
    kind: str
    url: Any = None
    text: Any = None
    html: Any = None
    newsclean: Any = None


def make(kind: str, fields: dict[str, Any]) -> Any:
    """An item of ``kind`` holding ``fields``."""
    if kind == "dict":
        return dict(fields)
    if kind == "item":
        return PageItem(**fields)
    if kind == "dataclass":
        return PageData(**fields)
    return PageAttrs(**fields)


class PagesSpider(scrapy.Spider):
    name = "pages"

    def __init__(self, config: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.config = config

    async def start(self) -> AsyncIterator[scrapy.Request]:  # Scrapy 2.13 and later
        for request in self.start_requests():
            yield request

    def start_requests(self) -> Iterator[scrapy.Request]:  # earlier Scrapy
        yield self.request(self.config["start_url"], self.parse)

    def request(self, url: str, callback: Any, **kwargs: Any) -> scrapy.Request:
        meta = {"proxy": self.config["proxy"]} if self.config.get("proxy") else {}
        return scrapy.Request(url, callback, meta=meta, **kwargs)

    def parse(self, response: Any) -> Iterator[Any]:
        for n, href in enumerate(response.css("a::attr(href)").getall()):
            url = response.urljoin(href)
            yield self.request(url, self.parse_page, cb_kwargs={"n": n, "page": href})
        for bad in self.config.get("bad", []):
            for kind in KINDS:
                fields = {"page": f"{bad['page']}/{kind}", "kind": kind, "url": response.url}
                yield make(kind, {**fields, **bad["fields"]})

    def parse_page(self, response: Any, n: int, page: str) -> Iterator[Any]:
        kind = KINDS[n % len(KINDS)]
        fields: dict[str, Any] = {"page": page, "kind": kind, "url": response.url}
        if response.headers.get("Content-Type", b"").startswith(b"text/html"):
            fields["html"] = response.text if (n // len(KINDS)) % 2 == 0 else response.body
        else:
            fields["text"] = response.text
        yield make(kind, fields)


def main() -> None:
    config = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    process = CrawlerProcess(settings=config["settings"])
    crawler = process.create_crawler(PagesSpider)
    process.crawl(crawler, config=config)
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats is not None else {}
    Path(config["stats"]).write_text(json.dumps(stats, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
