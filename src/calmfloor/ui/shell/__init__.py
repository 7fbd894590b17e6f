"""The main window and what binds the features: context, language switch, single instance."""
