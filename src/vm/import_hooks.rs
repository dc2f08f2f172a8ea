//! PEP 302 path hooks, for `sys.path` (or `__path__`) entries that are not
//! folders, such as a zip archive: the importer for an entry comes from
//! `sys.path_hooks` (cached in `sys.path_importer_cache`), and after them
//! from `zipimport.zipimporter`, imported only when such an entry is met so
//! that start-up stays as it was. The importer's `find_module` gives a
//! loader whose `load_module` makes the module.

use std::path::Path;

use crate::object::{ExcKind, PyResult, PyStr, Value};
use crate::vm::Vm;

impl Vm {
    /// The module `name` loaded by the importer of the path entry `entry`,
    /// or None when no importer takes the entry or finds the module.
    pub(crate) fn load_via_path_hook(&mut self, name: &str, entry: &Path) -> PyResult<Option<Value>> {
        let key = Value::str(&entry.to_string_lossy());
        let cache = match self.interp.sys.get_str(&PyStr::from_str("path_importer_cache")) {
            Some(Value::Dict(d)) => Some(d),
            _ => None,
        };
        let cached = match &cache {
            Some(d) => d.get(self, &key)?,
            None => None,
        };
        let importer = match cached {
            Some(imp) => imp,
            None => {
                let imp = self.importer_for(&key, entry)?;
                if let Some(d) = &cache {
                    d.set(self, key.clone(), imp.clone())?;
                }
                imp
            }
        };
        if importer.is_none() {
            return Ok(None);
        }
        let find = self.getattr(&importer, &PyStr::from_str("find_module"))?;
        let loader = self.call(&find, vec![Value::str(name)])?;
        if loader.is_none() {
            return Ok(None);
        }
        let load = self.getattr(&loader, &PyStr::from_str("load_module"))?;
        self.call(&load, vec![Value::str(name)]).map(Some)
    }

    /// Asks each hook in turn; an ImportError means "not mine".
    fn importer_for(&mut self, key: &Value, entry: &Path) -> PyResult<Value> {
        let hooks = match self.interp.sys.get_str(&PyStr::from_str("path_hooks")) {
            Some(Value::List(l)) => l.snapshot(),
            _ => Vec::new(),
        };
        for hook in hooks {
            match self.call(&hook, vec![key.clone()]) {
                Ok(imp) => return Ok(imp),
                Err(e) if e.matches(ExcKind::ImportError) => continue,
                Err(e) => return Err(e),
            }
        }
        // zipimport's hook, for an entry inside an existing file.
        if !entry.ancestors().any(|p| p.is_file()) {
            return Ok(Value::None);
        }
        let zipimport = self.import_module("zipimport", &crate::object::Dict::new())?;
        let hook = self.getattr(&zipimport, &PyStr::from_str("zipimporter"))?;
        match self.call(&hook, vec![key.clone()]) {
            Ok(imp) => Ok(imp),
            Err(e) if e.matches(ExcKind::ImportError) => Ok(Value::None),
            Err(e) => Err(e),
        }
    }
}
