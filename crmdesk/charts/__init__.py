"""matplotlib ``Figure`` builders (no pyplot, no Qt): the selection, sprint and acceptance charts
live here as their tabs arrive."""
