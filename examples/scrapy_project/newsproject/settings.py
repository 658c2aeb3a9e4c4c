"""Settings of the example news crawler (docs/scrapy.md)."""

BOT_NAME = "newsproject"
SPIDER_MODULES = ["newsproject.spiders"]
NEWSPIDER_MODULE = "newsproject.spiders"

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS_PER_DOMAIN = 4  # be polite to real sites (see also AUTOTHROTTLE_ENABLED)
FEED_EXPORT_ENCODING = "utf-8"

# newsclean cleans each article's text as it is scraped.
ITEM_PIPELINES = {"newsclean.integrations.scrapy.CleanPipeline": 300}
NEWSCLEAN_FIELDS = ["text"]
NEWSCLEAN_PRESET = "default"
NEWSCLEAN_EXPLAIN_FIELD = "newsclean"  # what was removed, and the byline and date found
# NEWSCLEAN_SITES = "sites.json"  # the site profiles `newsclean learn` made (docs/scrapy.md)
