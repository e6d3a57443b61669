"""The shared page cache: whole pages kept per kind of reader, fresh after
every change (freshness), with each reader's own values put in as they are
served (personal), keyed by what decides what a reader sees (readers).
"""
