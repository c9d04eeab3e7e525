<?xml version="1.0" encoding="utf-8"?>
<!-- Shows an Atom or RSS feed as a readable page when opened in a browser. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat"/>
  <xsl:template match="/">
    <xsl:variable name="lang" select="(atom:feed/@xml:lang | rss/channel/language)[1]"/>
    <html lang="{$lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="atom:feed/atom:title | rss/channel/title"/></title>
        <style>
          :root { color-scheme: light dark; }
          body { font: 1.0625rem/1.6 system-ui, sans-serif; max-width: 44rem; margin: 0 auto; padding: 1rem; }
          .note { padding: 0.75rem 1rem; border: 1px solid #8886; border-radius: 0.5rem; }
          li { margin: 0.6rem 0; }
          small { opacity: 0.75; }
        </style>
      </head>
      <body>
        <p class="note">This is a web feed. Copy this page's address into your feed reader to subscribe.</p>
        <h1><xsl:value-of select="atom:feed/atom:title | rss/channel/title"/></h1>
        <ul>
          <xsl:for-each select="atom:feed/atom:entry">
            <li><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a>
              <br/><small><xsl:value-of select="substring(atom:updated, 1, 10)"/></small></li>
          </xsl:for-each>
          <xsl:for-each select="rss/channel/item">
            <li><a href="{link}"><xsl:value-of select="title"/></a>
              <br/><small><xsl:value-of select="pubDate"/></small></li>
          </xsl:for-each>
        </ul>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
