# Uncaught user-defined exception.
class ConfigError(Exception):
    pass

def load(name):
    raise ConfigError('missing setting: ' + name)

print 'loading'
load('timeout')
