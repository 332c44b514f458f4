"""Qt item models over the office database."""
