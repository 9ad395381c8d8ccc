//! Module objects: a name and a namespace.

use std::sync::Arc;

use super::dict::PyDict;

pub struct Module {
    pub name: String,
    pub dict: Arc<PyDict>,
    pub file: Option<String>,
}
