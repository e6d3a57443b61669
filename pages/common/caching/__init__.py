"""The shared page cache's parts that pages and views use: when a cached
page stops being right (freshness), each reader's own values put in as pages
are served (personal), what a view tells the cache (cacheable), the page at
an address without walking the tree (routes), and the record of changes the
cache missed (models). The middleware that serves whole pages, and what
decides which reader gets which, are wiring: intranet/shared_cache/.
"""
