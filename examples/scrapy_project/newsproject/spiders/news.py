"""A news spider: from a section page, follow the links to the articles."""

from urllib.parse import urlsplit

import scrapy
from scrapy.http import HtmlResponse


class NewsSpider(scrapy.Spider):
    """``scrapy crawl news -a start_url=https://news.example/world/ -O news.jsonl``"""

    name = "news"

    def __init__(self, start_url=None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not start_url:
            raise ValueError("give the page to start from: scrapy crawl news -a start_url=URL")
        self.start_urls = [start_url]
        self.allowed_domains = [urlsplit(start_url).hostname]

    def parse(self, response):
        """The section page: follow every link on it to an article."""
        yield from response.follow_all(css="a", callback=self.parse_article)

    def parse_article(self, response):
        """An article: its URL, title and text (the page's text, one line per piece)."""
        if isinstance(response, HtmlResponse):
            title = response.css("title::text").get()
            pieces = response.xpath("//body//text()[not(ancestor::script or ancestor::style)]")
            text = "\n".join(p.strip() for p in pieces.getall() if p.strip())
        else:
            title, text = None, response.text
        yield {"url": response.url, "title": title, "text": text}
