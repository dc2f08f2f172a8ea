"""Configuring logging from a dict (dictConfig) or an INI file (fileConfig),
as Python 2.7's logging.config does for the common cases.  (The listen()
socket server for configurations is not provided.)"""

import sys
import logging
import logging.handlers


def _resolve(name):
    """The object a dotted name stands for, importing as needed."""
    parts = name.split('.')
    used = parts.pop(0)
    found = __import__(used)
    for part in parts:
        used = used + '.' + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(used)
            found = getattr(found, part)
    return found


def _value(v):
    # 'ext://sys.stdout' names an object outside the configuration
    if isinstance(v, basestring) and v.startswith('ext://'):
        return _resolve(v[6:])
    return v


def _level(v):
    return logging._checkLevel(v.upper() if isinstance(v, basestring) else v)


def _clear_existing():
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _make_formatter(spec):
    spec = dict(spec)
    factory = spec.pop('()', None)
    if factory is not None:
        if isinstance(factory, basestring):
            factory = _resolve(factory)
        kwargs = dict((str(k), v) for k, v in spec.items())
        try:
            return factory(**kwargs)
        except TypeError, e:
            # a Formatter-like factory takes the format as 'fmt'
            if "'format'" not in str(e):
                raise
            kwargs['fmt'] = kwargs.pop('format')
            return factory(**kwargs)
    cls = spec.get('class')
    cls = _resolve(cls) if cls else logging.Formatter
    return cls(spec.get('format'), spec.get('datefmt'))


def _make_handler(name, spec, formatters, filters, handlers):
    try:
        factory = spec.pop('()', None)
        cls = spec.pop('class', None)
        level = spec.pop('level', None)
        fmt = spec.pop('formatter', None)
        flt = spec.pop('filters', [])
        if factory is None:
            if cls is None:
                raise ValueError("no class given")
            factory = _resolve(cls)
        elif isinstance(factory, basestring):
            factory = _resolve(factory)
        if 'target' in spec and isinstance(spec['target'], basestring):
            spec['target'] = handlers[spec['target']]
        kwargs = dict((str(k), _value(v)) for k, v in spec.items())
        h = factory(**kwargs)
        h.name = name
        if fmt:
            h.setFormatter(formatters[fmt])
        if level is not None:
            h.setLevel(_level(level))
        for f in flt:
            h.addFilter(filters[f])
        return h
    except StandardError, e:
        raise ValueError('Unable to configure handler %r: %s' % (name, e))


def dictConfig(config):
    """Configures logging from a dictionary (schema version 1)."""
    config = dict(config)
    if config.get('version') != 1:
        raise ValueError("Unsupported version: %s" % config.get('version'))
    if config.get('incremental'):
        for name, spec in config.get('handlers', {}).items():
            h = logging._handlers.get(name)
            if h is None:
                raise ValueError('No handler found with name %r' % name)
            if 'level' in spec:
                h.setLevel(_level(spec['level']))
        for name, spec in config.get('loggers', {}).items():
            if 'level' in spec:
                logging.getLogger(name).setLevel(_level(spec['level']))
        if 'root' in config and 'level' in config['root']:
            logging.root.setLevel(_level(config['root']['level']))
        return
    logging._acquireLock()
    try:
        _clear_existing()
        formatters = {}
        for name, spec in config.get('formatters', {}).items():
            try:
                formatters[name] = _make_formatter(spec)
            except StandardError, e:
                raise ValueError('Unable to configure formatter %r: %s' % (name, e))
        filters = {}
        for name, spec in config.get('filters', {}).items():
            spec = dict(spec)
            factory = spec.pop('()', None)
            if factory is not None:
                if isinstance(factory, basestring):
                    factory = _resolve(factory)
                filters[name] = factory(**spec)
            else:
                filters[name] = logging.Filter(spec.get('name', ''))
        handlers = {}
        pending = sorted(config.get('handlers', {}))
        while pending:
            deferred = []
            for name in pending:
                spec = config['handlers'][name]
                target = spec.get('target')
                if isinstance(target, basestring) and target not in handlers:
                    # a handler (MemoryHandler) whose target comes later
                    if target not in config['handlers']:
                        raise ValueError('Unable to configure handler %r: %r' % (name, target))
                    deferred.append(name)
                    continue
                handlers[name] = _make_handler(name, dict(spec), formatters, filters, handlers)
            if len(deferred) == len(pending):
                raise ValueError('Unable to configure handler %r' % deferred[0])
            pending = deferred

        def configure_logger(logger, spec):
            if 'level' in spec:
                logger.setLevel(_level(spec['level']))
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            for h in spec.get('handlers', []):
                logger.addHandler(handlers[h])
            for f in spec.get('filters', []):
                logger.addFilter(filters[f])

        existing = list(logging.root.manager.loggerDict.keys())
        named = config.get('loggers', {})
        for name, spec in named.items():
            logger = logging.getLogger(name)
            configure_logger(logger, spec)
            logger.propagate = spec.get('propagate', True)
        if 'root' in config:
            configure_logger(logging.root, config['root'])
        disable = config.get('disable_existing_loggers', True)
        for name in existing:
            if name in named:
                continue
            logger = logging.root.manager.loggerDict[name]
            if not isinstance(logger, logging.Logger):
                continue
            if any(name.startswith(n + '.') for n in named):
                # below a configured logger: reset so that it passes records up
                logger.level = logging.NOTSET
                logger.handlers = []
                logger.propagate = True
            else:
                logger.disabled = disable
    finally:
        logging._releaseLock()


def fileConfig(fname, defaults=None, disable_existing_loggers=True):
    """Configures logging from an INI file ([loggers], [handlers], [formatters])."""
    import ConfigParser
    cp = ConfigParser.ConfigParser(defaults)
    if hasattr(fname, 'readline'):
        cp.readfp(fname)
    else:
        cp.read(fname)

    def names(section, key):
        text = cp.get(section, key)
        return [n.strip() for n in text.split(',') if n.strip()]

    config = {'version': 1, 'disable_existing_loggers': disable_existing_loggers,
              'formatters': {}, 'handlers': {}, 'loggers': {}}
    if cp.has_section('formatters'):
        for name in names('formatters', 'keys'):
            sect = 'formatter_' + name
            spec = {}
            for opt in ('format', 'datefmt', 'class'):
                if cp.has_option(sect, opt):
                    spec[opt] = cp.get(sect, opt, 1)
            config['formatters'][name] = spec
    handler_args = {}
    for name in names('handlers', 'keys'):
        sect = 'handler_' + name
        spec = {'class': cp.get(sect, 'class')}
        if '.' not in spec['class']:
            spec['class'] = 'logging.' + spec['class']
        if cp.has_option(sect, 'level'):
            spec['level'] = cp.get(sect, 'level')
        if cp.has_option(sect, 'formatter') and cp.get(sect, 'formatter'):
            spec['formatter'] = cp.get(sect, 'formatter')
        args = cp.get(sect, 'args') if cp.has_option(sect, 'args') else '()'
        handler_args[name] = eval(args, vars(logging))
        config['handlers'][name] = spec
    for name in names('loggers', 'keys'):
        sect = 'logger_' + name
        spec = {}
        if cp.has_option(sect, 'level'):
            spec['level'] = cp.get(sect, 'level')
        if cp.has_option(sect, 'handlers'):
            spec['handlers'] = names(sect, 'handlers')
        if name == 'root':
            config['root'] = spec
        else:
            spec['propagate'] = cp.getint(sect, 'propagate') if cp.has_option(sect, 'propagate') else 1
            config['loggers'][cp.get(sect, 'qualname')] = spec
    # handlers take positional args here: build them, then configure the rest by dict
    built = {}
    for name, spec in config['handlers'].items():
        cls = _resolve(spec['class'])
        built[name] = (lambda c, a: (lambda: c(*a)))(cls, handler_args[name])
        spec.pop('class')
        spec['()'] = built[name]
    dictConfig(config)
