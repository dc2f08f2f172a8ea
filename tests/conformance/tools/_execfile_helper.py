helper_value = 42
