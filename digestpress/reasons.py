"""Stable codes for why a line left the body or a file was quarantined.

Codes are part of the report format that scripts read: extend, never rename.
"""

# Line removals
NOISE = "noise"  # a line with no letters or digits ("." or "***")
BANNER = "site-banner"
LISTING_DATE = "listing-date-marker"
DATELINE = "dateline"  # moved to metadata: date (and source)
TITLE = "title"  # moved to metadata: title
DUPLICATE = "duplicate"
COMMENT = "comment-prompt"
ADVERT = "ad-placeholder"
SHARE = "share-prompt"
SUBSCRIBE = "subscribe-prompt"
COOKIE = "cookie-prompt"
READ_ALSO = "read-also-teaser"
NAVIGATION = "navigation"
RELATED = "related-links"
CAPTION = "foreign-caption"
METADATA = "metadata"  # moved to a front-matter field (photo credit, byline, source, location)
TRAILING = "trailing-boilerplate"
EMPTY_ARTICLE = "empty-article"
COPYRIGHT = "copyright-footer"
READING_TIME = "reading-time"
EMBED = "media-embed"
PAYWALL = "paywall-notice"
BOX = "boilerplate-box"  # a labelled box (newsletter sign-up, related links, author bio)
CONTACT = "contact-details"
AUTHOR_BIO = "author-bio"
RELATIVE_DATE = "relative-date"  # a title and date with no body after cleaning

# File quarantine
EMPTY = "empty"
BINARY = "binary"
TOO_LARGE = "too-large"
UNDECODABLE = "undecodable"
ONLY_BOILERPLATE = "only-boilerplate"
UNREADABLE = "unreadable"
