# logging.handlers (rotating files, memory buffering) and logging.config (dictConfig, fileConfig).
import logging, logging.handlers, logging.config, sys, os, tempfile, StringIO
d = tempfile.mkdtemp()
fn = os.path.join(d, 'rot.log')
h = logging.handlers.RotatingFileHandler(fn, maxBytes=40, backupCount=2)
h.setFormatter(logging.Formatter('%(message)s'))
lg = logging.getLogger('rot'); lg.propagate = 0; lg.addHandler(h); lg.setLevel(logging.INFO)
for i in range(8):
    lg.info('message number %d', i)
h.close()
print sorted(os.listdir(d))
print [open(os.path.join(d, n)).read().split('\n') for n in sorted(os.listdir(d))]
target = logging.StreamHandler(sys.stdout)
m = logging.handlers.MemoryHandler(3, logging.ERROR, target)
ml = logging.getLogger('mem'); ml.propagate = 0; ml.addHandler(m)
ml.warning('a'); ml.warning('b'); print 'buffered', len(m.buffer)
ml.error('c'); print 'after', len(m.buffer)
logging.config.dictConfig({
    'version': 1,
    'formatters': {'brief': {'format': '%(levelname)s|%(name)s|%(message)s'}},
    'handlers': {'out': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                         'formatter': 'brief', 'level': 'INFO'}},
    'loggers': {'cfg': {'level': 'DEBUG', 'handlers': ['out'], 'propagate': False}},
    'root': {'level': 'WARNING'},
})
c = logging.getLogger('cfg'); c.debug('no'); c.info('yes'); c.getChild('kid').warning('child')
print logging.getLogger('rot').disabled, logging.getLogger('cfg').disabled
ini = StringIO.StringIO('''[loggers]
keys=root,ini
[handlers]
keys=h
[formatters]
keys=f
[logger_root]
level=WARNING
handlers=
[logger_ini]
level=DEBUG
handlers=h
qualname=ini.x
propagate=0
[handler_h]
class=StreamHandler
level=DEBUG
formatter=f
args=(sys.stdout,)
[formatter_f]
format=INI %(levelname)s %(message)s
''')
logging.config.fileConfig(ini)
logging.getLogger('ini.x').debug('from ini')
try: logging.config.dictConfig({'version': 2})
except ValueError as e: print e
import shutil; shutil.rmtree(d)
