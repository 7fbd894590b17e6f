"""The waiting-room shell on top: welcome, staff PIN, a fresh guest per person."""
