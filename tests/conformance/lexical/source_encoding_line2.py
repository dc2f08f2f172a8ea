#!/usr/bin/env python
# -*- coding: cp1252 -*-
# The declaration may be on line 2; cp1252 has the euro at 0x80.
print repr(u"€ ™"), repr("€ ™")
