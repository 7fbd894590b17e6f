"""The Settings page, built from the settings declaration."""
