"""Practice reminders: one timer to the next one, and the in-app banner."""
