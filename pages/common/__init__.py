"""Shared page services: what every section uses (who may see what,
languages and translations, the shared cache's parts, blocks, organisation
data, topics, staff profiles, paginator...). Below the sections: nothing
here imports a section (docs/structure.md)."""
