//! Module objects: a name and a namespace.

use crate::objects::Arc;

use super::dict::PyDict;

pub struct Module {
    pub name: String,
    pub dict: Arc<PyDict>,
    pub file: Option<String>,
}
