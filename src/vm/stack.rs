//! The value stack: every frame's local slots and operand stack, one after
//! another, in one `Vec`.
//!
//! `push` and `pop` move a value as two machine words rather than one
//! 16-byte unit. A value the loop has just built (an int result, a clone)
//! often sits in a stack temporary written a word at a time; a 16-byte
//! reload of it cannot be forwarded from those two stores and stalls the
//! pipeline for a dozen cycles. Word-sized reloads forward fine. The reads
//! are volatile because the optimiser otherwise fuses the two words back
//! into one vector load.

use std::mem::{ManuallyDrop, MaybeUninit};
use std::ops::{Deref, DerefMut};

use crate::objects::Value;

type Words = [MaybeUninit<u64>; 2];

const _: () = assert!(std::mem::size_of::<Value>() == std::mem::size_of::<Words>());

pub struct Stack {
    vec: Vec<Value>,
}

impl Stack {
    pub fn with_capacity(n: usize) -> Stack {
        Stack { vec: Vec::with_capacity(n) }
    }

    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        let len = self.vec.len();
        if len == self.vec.capacity() {
            self.grow();
        }
        let v = ManuallyDrop::new(v);
        // SAFETY: `Value` is two words (checked above) and `len` is below
        // the capacity; the value is moved, not dropped, and counted by
        // `set_len`.
        unsafe {
            let src = &*v as *const Value as *const MaybeUninit<u64>;
            let dst = self.vec.as_mut_ptr().add(len) as *mut MaybeUninit<u64>;
            let (a, b) = (src.read_volatile(), src.add(1).read_volatile());
            dst.write(a);
            dst.add(1).write(b);
            self.vec.set_len(len + 1);
        }
    }

    /// Removes the top value; `None` on an empty stack, which callers treat
    /// as a compiler bug.
    #[inline(always)]
    pub fn pop(&mut self) -> Option<Value> {
        let len = self.vec.len();
        if len == 0 {
            return None;
        }
        // SAFETY: slot `len - 1` holds a value, which moves out as the
        // length drops past it.
        unsafe {
            self.vec.set_len(len - 1);
            let src = self.vec.as_ptr().add(len - 1) as *const MaybeUninit<u64>;
            let words: Words = [src.read_volatile(), src.add(1).read_volatile()];
            Some(std::mem::transmute::<Words, Value>(words))
        }
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.vec.len()
    }

    pub fn split_off(&mut self, at: usize) -> Vec<Value> {
        self.vec.split_off(at)
    }

    /// Cuts the stack back to `len` values (a frame returning). Only heap
    /// values go through the (out-of-line) drop; ints and floats are skipped.
    #[inline(always)]
    pub fn truncate(&mut self, len: usize) {
        let end = self.vec.len();
        if len >= end {
            return;
        }
        // SAFETY: slots `len..end` hold values; the length drops first so a
        // panicking drop cannot see them twice, then each is dropped once.
        unsafe {
            self.vec.set_len(len);
            let base = self.vec.as_mut_ptr();
            for i in len..end {
                let slot = base.add(i);
                if (*slot).is_heap() {
                    std::ptr::drop_in_place(slot);
                }
            }
        }
    }

    /// Moves the values from index `from` up into `buf` (a native call's
    /// arguments): one copy of the words, no per-value drain.
    #[inline]
    pub fn move_top_into(&mut self, from: usize, buf: &mut Vec<Value>) {
        let len = self.vec.len();
        assert!(from <= len, "stack underflow");
        let n = len - from;
        buf.reserve(n);
        // SAFETY: slots `from..len` hold values; they are copied bitwise to
        // the spare capacity of `buf` and forgotten here (the length drops
        // below them), so each value ends up owned exactly once.
        unsafe {
            std::ptr::copy_nonoverlapping(self.vec.as_ptr().add(from), buf.as_mut_ptr().add(buf.len()), n);
            buf.set_len(buf.len() + n);
            self.vec.set_len(from);
        }
    }

    #[cold]
    #[inline(never)]
    fn grow(&mut self) {
        self.vec.reserve(self.vec.capacity().max(16));
    }
}

impl Deref for Stack {
    type Target = Vec<Value>;
    fn deref(&self) -> &Vec<Value> {
        &self.vec
    }
}

impl DerefMut for Stack {
    fn deref_mut(&mut self) -> &mut Vec<Value> {
        &mut self.vec
    }
}
