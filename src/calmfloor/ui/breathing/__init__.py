"""The Breathe page: paced breathing, its controller, pacer and pattern editor."""
