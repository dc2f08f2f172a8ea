"""The `xml` package (minipy's own). Only xml.sax.saxutils' text helpers
exist so far; there is no XML parser."""
