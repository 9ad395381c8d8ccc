//! Inline caches for attribute instructions (`LoadAttr`, `StoreAttr`,
//! `LoadMethod`), one entry per instruction site and thread.
//!
//! A site remembers the class it last saw and what the class's MRO holds
//! for the name: nothing, a plain method, a plain value (a class constant)
//! or a property. While the class epoch is unchanged, `obj.x` on an
//! instance of that class goes straight to the instance dict (at the entry
//! index where the name was found last time), to the class's value, or to
//! the property's getter, without walking the MRO again.

use crate::objects::Arc;

use super::{PyResult, Vm};
use crate::objects::class::class_epoch;
use crate::objects::{Instance, PyStr, Value};

/// One cached class for a site.
#[derive(Clone, Default)]
struct Way {
    class: usize,
    epoch: u64,
    kind: SiteKind,
    dict_hint: u32,
}

/// Ways per site: a method of a base class called on several subclasses
/// sees each of them in turn.
const WAYS: usize = 4;

#[derive(Clone, Default)]
pub(super) struct SiteEntry {
    ways: [Way; WAYS],
    next: u8,
}

#[derive(Clone, Default)]
enum SiteKind {
    #[default]
    Unknown,
    /// The class defines nothing of that name: it lives in the instance dict.
    /// Loads and stores of a name in one code object share the site, so it
    /// also says whether a store may go straight to the dict (no `__setattr__`
    /// of the class's own).
    InstanceOnly { plain_setattr: bool },
    /// A plain function on the class (`LoadMethod`).
    Method(Value),
    /// A value with no `__get__` on the class or a base (`LoadAttr`): what
    /// `obj.x` gives unless the instance dict has an `x` of its own.
    ClassValue(Value),
    /// A property whose getter is a Python function (`LoadAttr`). It is a
    /// data descriptor, so the instance dict never shadows it.
    Property(Value),
}

impl Vm {
    fn site(&mut self, slot: usize) -> &mut SiteEntry {
        if self.attr_sites.len() <= slot {
            self.attr_sites.resize(slot + 64, SiteEntry::default());
        }
        &mut self.attr_sites[slot]
    }

    /// Remembers what the lookup found; `epoch` is the class epoch read
    /// *before* that lookup (with the GIL off a class may change between
    /// the lookup and now, and the answer must not outlive that change).
    fn learn(&mut self, slot: usize, inst: &Arc<Instance>, kind: SiteKind, dict_hint: u32, epoch: u64) {
        let class = Arc::as_ptr(&inst.class) as usize;
        let e = self.site(slot);
        // A class already cached here is relearnt in place.
        let w = match e.ways.iter().position(|w| w.class == class) {
            Some(w) => w,
            None => {
                let w = e.next as usize;
                e.next = ((w + 1) % WAYS) as u8;
                w
            }
        };
        e.ways[w] = Way { class, epoch, kind, dict_hint };
    }

    /// The way of `slot` that holds `inst`'s class, when the site has been
    /// sized (the hot path: no resizing, no function call).
    #[inline(always)]
    fn cached_way(&mut self, slot: usize, inst: &Arc<Instance>) -> Option<&mut Way> {
        let class = Arc::as_ptr(&inst.class) as usize;
        let epoch = class_epoch();
        let e = self.attr_sites.get_mut(slot)?;
        e.ways.iter_mut().find(|w| w.class == class && w.epoch == epoch)
    }

    /// `LoadAttr` at cache `slot`: an instance attribute found where it was
    /// last time takes this inlined path; everything else the slow one.
    #[inline(always)]
    pub(super) fn load_attr_at(&mut self, obj: &Value, name: &Arc<PyStr>, slot: usize) -> PyResult<Value> {
        if let Value::Instance(inst) = obj {
            if let Some(way) = self.cached_way(slot, inst) {
                match &way.kind {
                    SiteKind::InstanceOnly { .. } => {
                        if let Some(v) = inst.dict.get_str_hinted(name, &mut way.dict_hint) {
                            return Ok(v);
                        }
                    }
                    SiteKind::ClassValue(v) => {
                        if !inst.dict.may_contain_str(name) || inst.dict.get_str(name).is_none() {
                            return Ok(v.clone());
                        }
                    }
                    SiteKind::Property(getter) => {
                        let getter = getter.clone();
                        return self.call(getter, std::slice::from_ref(obj));
                    }
                    SiteKind::Unknown | SiteKind::Method(_) => {}
                }
            }
        }
        self.load_attr_slow(obj, name, slot)
    }

    #[inline(never)]
    fn load_attr_slow(&mut self, obj: &Value, name: &Arc<PyStr>, slot: usize) -> PyResult<Value> {
        if let Value::Instance(inst) = obj {
            let epoch = class_epoch();
            // A class value shadowed by the instance dict (a default the
            // instance has since overridden) is relearnt as what it is now.
            let learnable = self.cached_way(slot, inst).map_or(true, |w| matches!(w.kind, SiteKind::ClassValue(_)))
                && !is_thread_local(inst);
            // A slot's descriptor only reads the instance table: as good as no class attribute.
            let class_attr = if learnable { self.class_cache.lookup(&inst.class, name) } else { None };
            let slot_attr = class_attr.as_ref().is_some_and(super::slots::is_slot);
            if learnable && !slot_attr && self.user_getattribute(obj).is_none() {
                match class_attr.as_ref().and_then(class_kind) {
                    Some(SiteKind::ClassValue(v)) if inst.dict.get_str(name).is_none() => {
                        self.learn(slot, inst, SiteKind::ClassValue(v.clone()), 0, epoch);
                        return Ok(v);
                    }
                    Some(SiteKind::Property(getter)) => {
                        self.learn(slot, inst, SiteKind::Property(getter.clone()), 0, epoch);
                        return self.call(getter, std::slice::from_ref(obj));
                    }
                    _ => {}
                }
            }
            // A plain class value the instance dict shadows reads like no
            // class attribute at all: dict first, the class when missing.
            let plain_value = matches!(class_attr.as_ref().and_then(class_kind), Some(SiteKind::ClassValue(_)));
            if learnable && (class_attr.is_none() || slot_attr || plain_value) && self.user_getattribute(obj).is_none() {
                let mut hint = 0;
                let found = inst.dict.get_str_hinted(name, &mut hint);
                // An exception keeps `args`, `__cause__`... in its state, not its dict.
                let plain_setattr = self.plain_setattr(inst)
                    && !is_exception(inst)
                    && (slot_attr || super::slots::has_instance_dict(self, &inst.class));
                self.learn(slot, inst, SiteKind::InstanceOnly { plain_setattr }, hint, epoch);
                if let Some(v) = found {
                    return Ok(v);
                }
            }
        }
        self.get_attr(obj, name)
    }

    /// `StoreAttr` at cache `slot` (as `load_attr_at`).
    #[inline(always)]
    pub(super) fn store_attr_at(&mut self, obj: &Value, name: &Arc<PyStr>, value: Value, slot: usize) -> PyResult<()> {
        if let Value::Instance(inst) = obj {
            if let Some(way) = self.cached_way(slot, inst) {
                if let SiteKind::InstanceOnly { plain_setattr: true } = way.kind {
                    inst.dict.set_str_hinted(name, value, &mut way.dict_hint);
                    return Ok(());
                }
            }
        }
        self.store_attr_slow(obj, name, value, slot)
    }

    #[inline(never)]
    fn store_attr_slow(&mut self, obj: &Value, name: &Arc<PyStr>, value: Value, slot: usize) -> PyResult<()> {
        if let Value::Instance(inst) = obj {
            let epoch = class_epoch();
            let plain = self.cached_way(slot, inst).is_none()
                && !inst.class.builtin
                && !is_thread_local(inst)
                && !is_exception(inst)
                && match self.class_cache.lookup(&inst.class, name) {
                    None => super::slots::has_instance_dict(self, &inst.class),
                    Some(attr) => {
                        super::slots::is_slot(&attr)
                            || (matches!(class_kind(&attr), Some(SiteKind::ClassValue(_)))
                                && super::slots::has_instance_dict(self, &inst.class))
                    }
                }
                && self.plain_setattr(inst);
            if plain {
                let mut hint = 0;
                inst.dict.set_str_hinted(name, value, &mut hint);
                self.learn(slot, inst, SiteKind::InstanceOnly { plain_setattr: true }, hint, epoch);
                return Ok(());
            }
        }
        self.set_attr(obj, name, value)
    }

    /// `LoadMethod` at cache `slot`.
    #[inline]
    pub(super) fn load_method_at(&mut self, obj: Value, name: &Arc<PyStr>, slot: usize) -> PyResult<(Value, Option<Value>)> {
        if let Value::Instance(inst) = &obj {
            if let Some(way) = self.cached_way(slot, inst) {
                if let SiteKind::Method(f) = &way.kind {
                    let f = f.clone();
                    // An instance attribute of the same name would shadow the method.
                    if !inst.dict.may_contain_str(name) || inst.dict.get_str(name).is_none() {
                        return Ok((f, Some(obj)));
                    }
                }
            }
            let inst = inst.clone();
            let epoch = class_epoch();
            let r = self.load_method(obj, name)?;
            if let (Value::Function(_) | Value::StaticFunction(_), Some(_), false) = (&r.0, &r.1, is_thread_local(&inst)) {
                let f = r.0.clone();
                self.learn(slot, &inst, SiteKind::Method(f), 0, epoch);
            }
            return Ok(r);
        }
        self.load_method(obj, name)
    }
}

impl Vm {
    /// The class stores attributes with `object.__setattr__`, not one of its own.
    fn plain_setattr(&mut self, inst: &Instance) -> bool {
        self.class_cache.lookup_str(&inst.class, "__setattr__").map_or(true, |s| matches!(s, Value::Builtin(_) | Value::StaticBuiltin(_)))
    }
}

/// How a site can read a class attribute `attr` without looking it up:
/// as a value of a type that has no `__get__`, or through a property's
/// Python getter. Anything else (functions, other descriptors, instances
/// whose class might define `__get__`) takes the general path.
fn class_kind(attr: &Value) -> Option<SiteKind> {
    match attr {
        Value::None
        | Value::Bool(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::BigInt(_)
        | Value::Str(_)
        | Value::Tuple(_)
        | Value::List(_)
        | Value::Dict(_)
        | Value::Set(_) => Some(SiteKind::ClassValue(attr.clone())),
        Value::Native(n) => {
            let fget = n.downcast::<crate::builtins::descriptors::Property>()?.fget.clone()?;
            fget.as_function().is_some().then_some(SiteKind::Property(fget))
        }
        _ => None,
    }
}

/// A `threading.local`'s attributes live in a dict per thread, not in the
/// instance dict the cached paths read: its sites are never cached.
fn is_thread_local(inst: &Instance) -> bool {
    matches!(inst.payload, crate::objects::Payload::ThreadLocal(_))
}

fn is_exception(inst: &Instance) -> bool {
    matches!(inst.payload, crate::objects::Payload::Exception(_))
}
