# Assignment to None.
None = 3
