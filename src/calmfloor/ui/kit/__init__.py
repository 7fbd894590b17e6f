"""Shared by every page: theme, fonts, widgets, sound, tray, keys, messages, models, i18n."""
