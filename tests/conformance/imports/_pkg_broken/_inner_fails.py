# A submodule whose own import fails.
import nosuch_inner_module
