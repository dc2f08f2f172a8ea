"""xml.parsers (minipy's own): holds the expat front end."""
