//! The built-in classes, created once per interpreter. Their methods are
//! filled in by `builtins::install`.

use crate::objects::Arc;

use crate::objects::{BaseKind, Class, PyDict};

macro_rules! builtin_types {
    ($($field:ident: $name:literal),* $(,)?) => {
        /// Every built-in class the VM needs to name.
        pub struct Types {
            pub object: Arc<Class>,
            pub type_: Arc<Class>,
            $(pub $field: Arc<Class>,)*
            pub exceptions: Exceptions,
        }
    };
}

builtin_types! {
    int: "int", bool: "bool", float: "float", str: "str", list: "list", tuple: "tuple",
    dict: "dict", set: "set", frozenset: "frozenset", none_type: "NoneType",
    not_implemented_type: "NotImplementedType", ellipsis: "ellipsis",
    function: "function", builtin_function: "builtin_function_or_method", method: "method",
    module: "module", range: "range", slice: "slice", property: "property",
    staticmethod: "staticmethod", classmethod: "classmethod", super_: "super",
    generator: "generator", list_iterator: "list_iterator", tuple_iterator: "tuple_iterator",
    range_iterator: "range_iterator", str_iterator: "str_ascii_iterator",
    dict_keyiterator: "dict_keyiterator", dict_valueiterator: "dict_valueiterator",
    dict_itemiterator: "dict_itemiterator", set_iterator: "set_iterator",
    dict_keys: "dict_keys", dict_values: "dict_values", dict_items: "dict_items",
    enumerate: "enumerate", zip: "zip", map: "map", filter: "filter",
    reversed: "list_reverseiterator", callable_iterator: "callable_iterator", file: "TextIOWrapper",
    cell: "cell", code: "code", lock: "lock", traceback: "traceback",
    quitter: "Quitter", thread_local: "_local", generic_alias: "GenericAlias", frame: "frame",
    longrange_iterator: "longrange_iterator",
    complex: "complex",
    bytes: "bytes", bytearray: "bytearray", bytes_iterator: "bytes_iterator", bytearray_iterator: "bytearray_iterator",
    buffered_reader: "BufferedReader", buffered_writer: "BufferedWriter",
    mappingproxy: "mappingproxy",
    deque: "deque", deque_iterator: "_deque_iterator", deque_reverse_iterator: "_deque_reverse_iterator",
    hash_object: "HASH",
    lru_cache_wrapper: "_lru_cache_wrapper",
}

macro_rules! exception_types {
    ($($field:ident: $name:literal < $base:ident),* $(,)?) => {
        /// The built-in exception classes.
        pub struct Exceptions {
            pub base_exception: Arc<Class>,
            $(pub $field: Arc<Class>,)*
        }

        impl Exceptions {
            fn new(object: &Arc<Class>) -> Exceptions {
                let base_exception = new_class("BaseException", vec![object.clone()], BaseKind::Exception);
                let mut all: std::collections::HashMap<&str, Arc<Class>> = std::collections::HashMap::new();
                all.insert("base_exception", base_exception.clone());
                $(
                    let $field = new_class($name, vec![all[stringify!($base)].clone()], BaseKind::Exception);
                    all.insert(stringify!($field), $field.clone());
                )*
                Exceptions { base_exception, $($field,)* }
            }

            /// All of them, by name, for the builtins module.
            pub fn all(&self) -> Vec<&Arc<Class>> {
                vec![&self.base_exception, $(&self.$field,)*]
            }
        }
    };
}

exception_types! {
    exception: "Exception" < base_exception,
    system_exit: "SystemExit" < base_exception,
    keyboard_interrupt: "KeyboardInterrupt" < base_exception,
    generator_exit: "GeneratorExit" < base_exception,
    arithmetic_error: "ArithmeticError" < exception,
    zero_division_error: "ZeroDivisionError" < arithmetic_error,
    overflow_error: "OverflowError" < arithmetic_error,
    floating_point_error: "FloatingPointError" < arithmetic_error,
    assertion_error: "AssertionError" < exception,
    attribute_error: "AttributeError" < exception,
    buffer_error: "BufferError" < exception,
    eof_error: "EOFError" < exception,
    import_error: "ImportError" < exception,
    module_not_found_error: "ModuleNotFoundError" < import_error,
    lookup_error: "LookupError" < exception,
    index_error: "IndexError" < lookup_error,
    key_error: "KeyError" < lookup_error,
    memory_error: "MemoryError" < exception,
    name_error: "NameError" < exception,
    unbound_local_error: "UnboundLocalError" < name_error,
    os_error: "OSError" < exception,
    file_not_found_error: "FileNotFoundError" < os_error,
    file_exists_error: "FileExistsError" < os_error,
    permission_error: "PermissionError" < os_error,
    is_a_directory_error: "IsADirectoryError" < os_error,
    timeout_error: "TimeoutError" < os_error,
    not_a_directory_error: "NotADirectoryError" < os_error,
    interrupted_error: "InterruptedError" < os_error,
    child_process_error: "ChildProcessError" < os_error,
    blocking_io_error: "BlockingIOError" < os_error,
    process_lookup_error: "ProcessLookupError" < os_error,
    connection_error: "ConnectionError" < os_error,
    broken_pipe_error: "BrokenPipeError" < connection_error,
    connection_aborted_error: "ConnectionAbortedError" < connection_error,
    connection_refused_error: "ConnectionRefusedError" < connection_error,
    connection_reset_error: "ConnectionResetError" < connection_error,
    runtime_error: "RuntimeError" < exception,
    not_implemented_error: "NotImplementedError" < runtime_error,
    recursion_error: "RecursionError" < runtime_error,
    stop_iteration: "StopIteration" < exception,
    syntax_error: "SyntaxError" < exception,
    indentation_error: "IndentationError" < syntax_error,
    tab_error: "TabError" < indentation_error,
    system_error: "SystemError" < exception,
    type_error: "TypeError" < exception,
    value_error: "ValueError" < exception,
    unicode_error: "UnicodeError" < value_error,
    unicode_encode_error: "UnicodeEncodeError" < unicode_error,
    unicode_decode_error: "UnicodeDecodeError" < unicode_error,
    warning: "Warning" < exception,
    deprecation_warning: "DeprecationWarning" < warning,
    runtime_warning: "RuntimeWarning" < warning,
    user_warning: "UserWarning" < warning,
    pending_deprecation_warning: "PendingDeprecationWarning" < warning,
    syntax_warning: "SyntaxWarning" < warning,
    future_warning: "FutureWarning" < warning,
    import_warning: "ImportWarning" < warning,
    unicode_warning: "UnicodeWarning" < warning,
    bytes_warning: "BytesWarning" < warning,
    resource_warning: "ResourceWarning" < warning,
    encoding_warning: "EncodingWarning" < warning,
}

fn new_class(name: &str, bases: Vec<Arc<Class>>, kind: BaseKind) -> Arc<Class> {
    new_class_in("builtins", name, bases, kind)
}

/// A built-in class of a module other than `builtins` (`_thread._local`).
fn new_class_in(module: &str, name: &str, bases: Vec<Arc<Class>>, kind: BaseKind) -> Arc<Class> {
    let c = Class::new(name, name, module, bases, PyDict::new(), true).expect("built-in MRO");
    if c.base_kind != kind {
        // Classes whose instances carry built-in state say so themselves.
        let mut owned = Arc::try_unwrap(c).ok().expect("fresh class");
        owned.base_kind = kind;
        return Arc::new(owned);
    }
    c
}

impl Types {
    pub fn new() -> Types {
        let object = Class::new("object", "object", "builtins", vec![], PyDict::new(), true).expect("object");
        let type_ = new_class("type", vec![object.clone()], BaseKind::Type);
        let int = new_class("int", vec![object.clone()], BaseKind::Immutable);
        let bool = new_class("bool", vec![int.clone()], BaseKind::Immutable);
        let simple = |name: &str, kind: BaseKind| new_class(name, vec![object.clone()], kind);
        let exceptions = Exceptions::new(&object);
        Types {
            type_,
            int,
            bool,
            float: simple("float", BaseKind::Immutable),
            str: simple("str", BaseKind::Immutable),
            list: simple("list", BaseKind::List),
            tuple: simple("tuple", BaseKind::Immutable),
            dict: simple("dict", BaseKind::Dict),
            set: simple("set", BaseKind::Set),
            frozenset: simple("frozenset", BaseKind::Set),
            none_type: simple("NoneType", BaseKind::Object),
            not_implemented_type: simple("NotImplementedType", BaseKind::Object),
            ellipsis: simple("ellipsis", BaseKind::Object),
            function: simple("function", BaseKind::Object),
            builtin_function: simple("builtin_function_or_method", BaseKind::Object),
            method: simple("method", BaseKind::Object),
            module: simple("module", BaseKind::Object),
            range: simple("range", BaseKind::Object),
            slice: simple("slice", BaseKind::Object),
            traceback: simple("traceback", BaseKind::Object),
            frame: simple("frame", BaseKind::Object),
            quitter: simple("Quitter", BaseKind::Object),
            property: simple("property", BaseKind::Object),
            staticmethod: simple("staticmethod", BaseKind::Object),
            classmethod: simple("classmethod", BaseKind::Object),
            super_: simple("super", BaseKind::Object),
            generator: simple("generator", BaseKind::Object),
            list_iterator: simple("list_iterator", BaseKind::Object),
            tuple_iterator: simple("tuple_iterator", BaseKind::Object),
            range_iterator: simple("range_iterator", BaseKind::Object),
            str_iterator: simple("str_ascii_iterator", BaseKind::Object),
            dict_keyiterator: simple("dict_keyiterator", BaseKind::Object),
            dict_valueiterator: simple("dict_valueiterator", BaseKind::Object),
            dict_itemiterator: simple("dict_itemiterator", BaseKind::Object),
            set_iterator: simple("set_iterator", BaseKind::Object),
            dict_keys: simple("dict_keys", BaseKind::Object),
            dict_values: simple("dict_values", BaseKind::Object),
            dict_items: simple("dict_items", BaseKind::Object),
            enumerate: simple("enumerate", BaseKind::Object),
            zip: simple("zip", BaseKind::Object),
            map: simple("map", BaseKind::Object),
            filter: simple("filter", BaseKind::Object),
            reversed: simple("list_reverseiterator", BaseKind::Object),
            callable_iterator: simple("callable_iterator", BaseKind::Object),
            file: simple("TextIOWrapper", BaseKind::Object),
            cell: simple("cell", BaseKind::Object),
            code: simple("code", BaseKind::Object),
            lock: new_class_in("_thread", "lock", vec![object.clone()], BaseKind::Object),
            longrange_iterator: simple("longrange_iterator", BaseKind::Object),
            complex: simple("complex", BaseKind::Immutable),
            bytes: simple("bytes", BaseKind::Immutable),
            bytearray: simple("bytearray", BaseKind::Object),
            bytes_iterator: simple("bytes_iterator", BaseKind::Object),
            bytearray_iterator: simple("bytearray_iterator", BaseKind::Object),
            buffered_reader: simple("BufferedReader", BaseKind::Object),
            buffered_writer: simple("BufferedWriter", BaseKind::Object),
            mappingproxy: simple("mappingproxy", BaseKind::Object),
            // A subclass instance holds its deque as its built-in value.
            deque: new_class_in("collections", "deque", vec![object.clone()], BaseKind::Immutable),
            deque_iterator: new_class_in("_collections", "_deque_iterator", vec![object.clone()], BaseKind::Object),
            deque_reverse_iterator: new_class_in("_collections", "_deque_reverse_iterator", vec![object.clone()], BaseKind::Object),
            hash_object: new_class_in("_hashlib", "HASH", vec![object.clone()], BaseKind::Object),
            lru_cache_wrapper: new_class_in("functools", "_lru_cache_wrapper", vec![object.clone()], BaseKind::Object),
            thread_local: new_class_in("_thread", "_local", vec![object.clone()], BaseKind::ThreadLocal),
            generic_alias: new_class_in("types", "GenericAlias", vec![object.clone()], BaseKind::Object),
            exceptions,
            object,
        }
    }
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}
