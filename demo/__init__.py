"""The demo network, an app of its own: its data (data/, YAML per section
and language), the loader that builds it, and `manage.py seed_demo`. In the
local settings only (`make run`) and a demonstration server's; the product
never imports it, and tests that want its content import its loader."""
