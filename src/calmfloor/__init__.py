"""calmfloor: paced breathing and muscle relaxation for pelvic-floor, buttock and hip spasm."""

__version__ = "0.1.0"
