# logging: levels, hierarchy, formats with caller info, exceptions, filters, adapters, disable.
import logging, sys
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format='%(levelname)s:%(name)s:%(funcName)s:%(lineno)d:%(message)s')
log = logging.getLogger('app.sub')
def f():
    log.info('hello %s', 'world')
    log.debug('n=%(n)d', {'n': 3})
f()
logging.getLogger('app').setLevel(logging.WARNING)
log.info('hidden'); log.warning('shown')
print log.getEffectiveLevel(), logging.getLevelName(30), logging.getLevelName('ERROR'), logging.getLevelName(5)
try:
    1/0
except ZeroDivisionError:
    log.exception('boom')
h = logging.StreamHandler(sys.stdout); h.setFormatter(logging.Formatter('[%(name)s] %(message)s'))
other = logging.getLogger('other'); other.propagate = 0; other.addHandler(h)
other.error('only once'); other.addFilter(logging.Filter('nomatch')); other.error('filtered')
a = logging.LoggerAdapter(logging.getLogger('ad'), {'ip': '1.2.3.4'})
a.warning('adapted')
logging.disable(logging.CRITICAL); log.critical('disabled'); logging.disable(0)
print logging.getLogger('app.sub').parent.name, logging.getLogger() is logging.root
r = logging.makeLogRecord({'msg': 'x %d', 'args': (5,)}); print r.getMessage()
try: log.log('x', 'y')
except TypeError as e: print e
logging.warning('module level %d', 7)
