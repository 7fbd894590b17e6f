"""The Relax page: progressive muscle relaxation and stretches, body diagram and routine library."""
