"""xml.etree (minipy's own): ElementTree, ElementPath, ElementInclude and
the cElementTree alias."""
