"""PropDesk core: everything the office program does, without a screen."""

__version__ = "0.1.0"
