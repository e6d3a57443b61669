from .general import HomePage, StandardPage

__all__ = ["HomePage", "StandardPage"]
