# A display mixing key: value pairs and bare values.
x = {1: 2, 3}
