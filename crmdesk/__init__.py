"""crmdesk: the desktop companion of the pilot of a CRM project."""

__version__ = "0.1.0"
