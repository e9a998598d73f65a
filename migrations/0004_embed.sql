-- oEmbed resolves an article from its canonical URL on the publisher's site.
CREATE INDEX articles_by_url ON articles (url) WHERE url IS NOT NULL;
