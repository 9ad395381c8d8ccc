//! `Arc`: the reference-counted pointer behind every heap `Value`, with
//! biased reference counting (PEP 703) instead of `std::sync::Arc`'s one
//! atomic count.
//!
//! Most references to an object are taken and dropped by the thread that
//! made it. That thread, the owner, counts in a plain field with plain
//! loads and stores; every other thread counts in a second, atomic field.
//! An atomic read-modify-write costs about twenty cycles even when nothing
//! contends for it, and the eval loop does one for almost every value it
//! pushes or pops, so this is a tenth or more of all the time spent running
//! object-heavy code. With the GIL on or off the protocol is the same; only
//! how often a count is shared differs.
//!
//! The object lives while `local + shared > 0`. The owner's count alone
//! reaching zero cannot free it: other threads may hold references. It
//! then *merges*: folds its count into the shared one, marks the object
//! merged, and gives up ownership, so from then on every thread counts in
//! the shared field and the object is freed when that reaches zero.
//!
//! Another thread can also drop a reference the owner counted (a tuple
//! handed to a worker), which takes the shared count below zero. That
//! thread cannot touch the owner's count, so it *queues* the object to the
//! owner, keeping it alive with one more shared reference; the owner
//! merges its queue the next time it looks (`merge_queued`: when it takes
//! the GIL back, at the eval breaker, and every few thousand allocations),
//! and frees what is garbage then. A thread that has ended merges nothing
//! again, so objects it owned are merged by whichever thread queues them.
//! As in free-threaded CPython, that is the one way freeing can come later
//! than the last reference: an object a thread made and another thread
//! dropped last is freed when the maker next runs.

use std::cell::{Cell, UnsafeCell};
use std::collections::HashMap;
use std::fmt;
use std::ops::Deref;
use std::ptr::NonNull;
use std::sync::atomic::{fence, AtomicBool, AtomicIsize, AtomicU32, Ordering};
use std::sync::LazyLock;

use parking_lot::Mutex;

/// One reference in the shared field; its two low bits are flags.
const ONE: isize = 4;
/// The object waits in its owner's queue (which holds one reference).
const QUEUED: isize = 1;
/// The owner's count is folded in: the shared field is the whole count.
const MERGED: isize = 2;

/// The owner of a merged object: no thread.
const NO_OWNER: u32 = 0;
/// A thread that has made no object yet.
const UNASSIGNED: u32 = u32::MAX;
/// A thread whose end has begun: what it makes is born merged.
const ENDED: u32 = u32::MAX - 1;

struct Inner<T> {
    /// The thread counting in `local`, or `NO_OWNER`.
    owner: AtomicU32,
    /// The owner's count: read and written only on the owner's thread (or,
    /// once the owner has ended, by the one thread that merges it).
    local: UnsafeCell<u32>,
    /// Every other thread's count, in units of `ONE`, with the flags.
    shared: AtomicIsize,
    data: T,
}

/// A reference-counted pointer to a `T` that may be shared between threads.
pub struct Arc<T> {
    ptr: NonNull<Inner<T>>,
}

// SAFETY: `local` is only touched by the owning thread (the protocol above);
// everything else is atomic or immutable, as in `std::sync::Arc`.
unsafe impl<T: Send + Sync> Send for Arc<T> {}
unsafe impl<T: Send + Sync> Sync for Arc<T> {}

thread_local! {
    /// This thread's id as an owner.
    static THREAD_ID: Cell<u32> = const { Cell::new(UNASSIGNED) };
    /// Allocations until this thread next looks at its queue.
    static UNTIL_MERGE: Cell<u32> = const { Cell::new(MERGE_EVERY) };
    /// This thread's queue; dropping it (as the thread ends) merges what is
    /// left and tells later queuers to merge for themselves.
    static QUEUE: ThreadQueue = ThreadQueue::register();
}

const MERGE_EVERY: u32 = 4096;

#[inline(always)]
fn thread_id() -> u32 {
    THREAD_ID.with(Cell::get)
}

/// This thread's id, given one (and its queue made) the first time.
#[inline]
fn owner_for_new() -> u32 {
    match thread_id() {
        UNASSIGNED => assign_thread_id(),
        ENDED => NO_OWNER,
        id => id,
    }
}

#[cold]
fn assign_thread_id() -> u32 {
    match QUEUE.try_with(|q| q.id) {
        Ok(id) => {
            THREAD_ID.with(|t| t.set(id));
            id
        }
        // The thread is already tearing down its thread-locals.
        Err(_) => NO_OWNER,
    }
}

impl<T> Arc<T> {
    pub fn new(data: T) -> Arc<T> {
        let owner = owner_for_new();
        let inner = Box::new(Inner {
            owner: AtomicU32::new(owner),
            local: UnsafeCell::new(if owner == NO_OWNER { 0 } else { 1 }),
            shared: AtomicIsize::new(if owner == NO_OWNER { ONE | MERGED } else { 0 }),
            data,
        });
        if owner != NO_OWNER {
            count_allocation();
        }
        Arc { ptr: NonNull::from(Box::leak(inner)) }
    }

    #[inline(always)]
    fn inner(&self) -> &Inner<T> {
        // SAFETY: the allocation lives while this reference does.
        unsafe { self.ptr.as_ref() }
    }

    /// The address of the value, as `std::sync::Arc::as_ptr`.
    #[inline]
    pub fn as_ptr(this: &Arc<T>) -> *const T {
        &this.inner().data
    }

    #[inline]
    pub fn ptr_eq(a: &Arc<T>, b: &Arc<T>) -> bool {
        a.ptr == b.ptr
    }

    /// The value, if this is its only reference; the `Arc` back otherwise.
    /// A reference counted by some other thread's owner is never known to
    /// be the only one, so this may refuse when `std`'s would not.
    pub fn try_unwrap(this: Arc<T>) -> Result<T, Arc<T>> {
        let inner = this.inner();
        let owner = inner.owner.load(Ordering::Relaxed);
        let sole = if owner == NO_OWNER {
            inner.shared.load(Ordering::Acquire) == ONE | MERGED
        } else {
            // SAFETY: read on the owner's thread only.
            owner == thread_id() && unsafe { *inner.local.get() } == 1 && inner.shared.load(Ordering::Acquire) == 0
        };
        if !sole {
            return Err(this);
        }
        let this = std::mem::ManuallyDrop::new(this);
        // SAFETY: this was the only reference; the box is ours to take apart.
        let inner = unsafe { Box::from_raw(this.ptr.as_ptr()) };
        Ok(inner.data)
    }

    /// The owner's count reached zero: free the object if no thread holds
    /// a shared reference either, else merge. With the owner's count gone,
    /// every reference left is counted in `shared`, so a zero read there
    /// means none is left anywhere: no atomic write is needed to free.
    #[inline(always)]
    fn owner_let_go(&self) {
        if self.inner().shared.load(Ordering::Relaxed) == 0 {
            fence(Ordering::Acquire);
            // SAFETY: no reference is left anywhere.
            unsafe { free(self.ptr) };
        } else {
            self.owner_merges();
        }
    }

    #[cold]
    #[inline(never)]
    fn owner_merges(&self) {
        let inner = self.inner();
        inner.owner.store(NO_OWNER, Ordering::Relaxed);
        let old = inner.shared.fetch_or(MERGED, Ordering::AcqRel);
        if old == 0 {
            // SAFETY: no reference is left anywhere.
            unsafe { free(self.ptr) };
        }
    }

    /// A shared reference was dropped and the count went from `old`.
    #[cold]
    #[inline(never)]
    fn shared_let_go(&self, old: isize) {
        let new = old - ONE;
        if new & MERGED != 0 {
            if new == MERGED {
                fence(Ordering::Acquire);
                // SAFETY: the count is whole and zero.
                unsafe { free(self.ptr) };
            }
        } else if new < 0 && new & QUEUED == 0 {
            self.queue_to_owner();
        }
    }

    /// The shared count is below zero: the owner must merge. Only the
    /// thread that sets `QUEUED` queues; the queue takes a reference.
    fn queue_to_owner(&self) {
        let inner = self.inner();
        let mut cur = inner.shared.load(Ordering::Relaxed);
        loop {
            if cur & (QUEUED | MERGED) != 0 {
                return;
            }
            match inner.shared.compare_exchange_weak(cur, (cur + ONE) | QUEUED, Ordering::AcqRel, Ordering::Relaxed) {
                Ok(_) => break,
                Err(now) => cur = now,
            }
        }
        let owner = inner.owner.load(Ordering::Relaxed);
        let entry = Queued { ptr: self.ptr.as_ptr().cast(), merge: merge_erased::<T> };
        if let Some(entry) = enqueue(owner, entry) {
            // The owner has ended: nobody else will touch its count.
            // SAFETY: the entry holds a reference; the owner is gone.
            unsafe { (entry.merge)(entry.ptr) };
        }
    }
}

/// Folds the owner's count into the shared one and drops the queue's
/// reference. Runs on the owner's thread, or on any one thread once the
/// owner has ended (the queue's lock orders that after its last write).
unsafe fn merge_erased<T>(ptr: *const ()) {
    let ptr = NonNull::new(ptr as *mut Inner<T>).expect("queued object");
    // SAFETY: the queue's reference keeps the object alive.
    let inner = unsafe { ptr.as_ref() };
    // SAFETY: only the owner (or, once it ended, the single merger) is here.
    let local = unsafe { std::mem::replace(&mut *inner.local.get(), 0) } as isize;
    inner.owner.store(NO_OWNER, Ordering::Relaxed);
    let _ = inner.shared.fetch_update(Ordering::AcqRel, Ordering::Relaxed, |cur| {
        Some(if cur & MERGED != 0 { cur & !QUEUED } else { ((cur + local * ONE) & !QUEUED) | MERGED })
    });
    // The queue's own reference, now an ordinary shared one.
    drop(Arc { ptr });
}

/// Frees the object and its value.
#[inline(never)]
unsafe fn free<T>(ptr: NonNull<Inner<T>>) {
    // SAFETY: the caller saw the last reference go.
    drop(unsafe { Box::from_raw(ptr.as_ptr()) });
}

impl<T> Clone for Arc<T> {
    #[inline(always)]
    fn clone(&self) -> Arc<T> {
        let inner = self.inner();
        if inner.owner.load(Ordering::Relaxed) == thread_id() {
            // SAFETY: this is the owner's thread.
            unsafe { *inner.local.get() += 1 };
        } else {
            inner.shared.fetch_add(ONE, Ordering::Relaxed);
        }
        Arc { ptr: self.ptr }
    }
}

impl<T> Drop for Arc<T> {
    #[inline(always)]
    fn drop(&mut self) {
        let inner = self.inner();
        if inner.owner.load(Ordering::Relaxed) == thread_id() {
            // SAFETY: this is the owner's thread.
            let local = unsafe { &mut *inner.local.get() };
            *local -= 1;
            if *local == 0 {
                self.owner_let_go();
            }
        } else {
            let old = inner.shared.fetch_sub(ONE, Ordering::Release);
            if old - ONE <= MERGED | QUEUED {
                self.shared_let_go(old);
            }
        }
    }
}

impl<T> Deref for Arc<T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        &self.inner().data
    }
}

impl<T> AsRef<T> for Arc<T> {
    fn as_ref(&self) -> &T {
        self
    }
}

impl<T> std::borrow::Borrow<T> for Arc<T> {
    fn borrow(&self) -> &T {
        self
    }
}

impl<T: fmt::Debug> fmt::Debug for Arc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<T: fmt::Display> fmt::Display for Arc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

impl<T: Default> Default for Arc<T> {
    fn default() -> Arc<T> {
        Arc::new(T::default())
    }
}

impl<T: PartialEq> PartialEq for Arc<T> {
    fn eq(&self, other: &Arc<T>) -> bool {
        **self == **other
    }
}

impl<T: Eq> Eq for Arc<T> {}

impl<T: std::hash::Hash> std::hash::Hash for Arc<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

impl<T> From<T> for Arc<T> {
    fn from(data: T) -> Arc<T> {
        Arc::new(data)
    }
}

/// An object waiting for its owner to merge it.
struct Queued {
    ptr: *const (),
    merge: unsafe fn(*const ()),
}

// SAFETY: the entry holds a reference on a `Send + Sync` object.
unsafe impl Send for Queued {}

struct QueueState {
    /// False once the thread has ended: queuers merge for themselves.
    alive: bool,
    items: Vec<Queued>,
}

struct SharedQueue {
    state: Mutex<QueueState>,
    /// Something is queued (read without the lock).
    pending: AtomicBool,
}

/// The owning thread's handle on its queue.
struct ThreadQueue {
    id: u32,
    queue: std::sync::Arc<SharedQueue>,
}

/// Every living thread's queue, by owner id.
static QUEUES: LazyLock<Mutex<HashMap<u32, std::sync::Arc<SharedQueue>>>> = LazyLock::new(Default::default);

impl ThreadQueue {
    fn register() -> ThreadQueue {
        static NEXT_ID: AtomicU32 = AtomicU32::new(1);
        let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
        assert!(id < ENDED, "too many threads for reference counting");
        let queue = std::sync::Arc::new(SharedQueue {
            state: Mutex::new(QueueState { alive: true, items: Vec::new() }),
            pending: AtomicBool::new(false),
        });
        QUEUES.lock().insert(id, queue.clone());
        ThreadQueue { id, queue }
    }

    fn merge_all(&self) {
        self.queue.pending.store(false, Ordering::Relaxed);
        let items = std::mem::take(&mut self.queue.state.lock().items);
        for entry in items {
            // SAFETY: this is the owner's thread, and the entry holds a reference.
            unsafe { (entry.merge)(entry.ptr) };
        }
    }
}

impl Drop for ThreadQueue {
    fn drop(&mut self) {
        // From here on this thread counts only in shared fields, so a
        // reference it still holds to an object it owns is dropped through
        // the queue path and merged, rather than racing with a merger.
        let _ = THREAD_ID.try_with(|t| t.set(ENDED));
        QUEUES.lock().remove(&self.id);
        let items = {
            let mut state = self.queue.state.lock();
            state.alive = false;
            std::mem::take(&mut state.items)
        };
        for entry in items {
            // SAFETY: the owner is this thread, and the entry holds a reference.
            unsafe { (entry.merge)(entry.ptr) };
        }
    }
}

/// Queues `entry` to thread `owner`; gives it back if that thread has ended.
fn enqueue(owner: u32, entry: Queued) -> Option<Queued> {
    let queue = QUEUES.lock().get(&owner).cloned();
    let Some(queue) = queue else { return Some(entry) };
    let mut state = queue.state.lock();
    if !state.alive {
        return Some(entry);
    }
    state.items.push(entry);
    queue.pending.store(true, Ordering::Release);
    None
}

#[inline]
fn count_allocation() {
    let _ = UNTIL_MERGE.try_with(|n| {
        let left = n.get() - 1;
        if left == 0 {
            n.set(MERGE_EVERY);
            merge_queued();
        } else {
            n.set(left);
        }
    });
}

/// Merges what other threads queued to this one: called where a thread
/// naturally pauses (taking the GIL, the eval breaker) and every few
/// thousand allocations, so garbage another thread let go of is freed.
pub fn merge_queued() {
    let _ = QUEUE.try_with(|q| {
        if q.queue.pending.load(Ordering::Acquire) {
            q.merge_all();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;
    use std::sync::Barrier;

    /// Counts its drops, so a test sees every object freed exactly once.
    struct Counted(&'static AtomicUsize);

    impl Drop for Counted {
        fn drop(&mut self) {
            self.0.fetch_add(1, Ordering::SeqCst);
        }
    }

    #[test]
    fn owner_counts_and_frees() {
        static DROPS: AtomicUsize = AtomicUsize::new(0);
        let a = Arc::new(Counted(&DROPS));
        let b = a.clone();
        let c = b.clone();
        drop(a);
        drop(b);
        assert_eq!(DROPS.load(Ordering::SeqCst), 0);
        drop(c);
        assert_eq!(DROPS.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn try_unwrap_needs_the_only_reference() {
        let a = Arc::new(5);
        let b = a.clone();
        let a = Arc::try_unwrap(a).expect_err("two references");
        drop(b);
        assert_eq!(Arc::try_unwrap(a).ok(), Some(5));
    }

    #[test]
    fn other_thread_drops_the_last_reference() {
        // The owner keeps one reference while a worker drops references the
        // owner counted: the object is queued, and freed once the owner
        // merges and lets go of its own.
        static DROPS: AtomicUsize = AtomicUsize::new(0);
        let a = Arc::new(Counted(&DROPS));
        let given: Vec<_> = (0..10).map(|_| a.clone()).collect();
        std::thread::spawn(move || drop(given)).join().unwrap();
        assert_eq!(DROPS.load(Ordering::SeqCst), 0);
        merge_queued();
        assert_eq!(DROPS.load(Ordering::SeqCst), 0);
        drop(a);
        assert_eq!(DROPS.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn objects_of_an_ended_thread_are_merged_by_others() {
        static DROPS: AtomicUsize = AtomicUsize::new(0);
        let made: Vec<Arc<Counted>> =
            std::thread::spawn(|| (0..100).map(|_| Arc::new(Counted(&DROPS))).collect()).join().unwrap();
        let copies = made.clone();
        drop(made);
        assert_eq!(DROPS.load(Ordering::SeqCst), 0);
        drop(copies);
        assert_eq!(DROPS.load(Ordering::SeqCst), 100);
    }

    #[test]
    fn many_threads_clone_and_drop_one_object() {
        // Every thread clones and drops the same objects at once; each must
        // be freed exactly once, after the last reference anywhere goes.
        static DROPS: AtomicUsize = AtomicUsize::new(0);
        const THREADS: usize = 8;
        let objects: Vec<Arc<Counted>> = (0..64).map(|_| Arc::new(Counted(&DROPS))).collect();
        let barrier = std::sync::Arc::new(Barrier::new(THREADS));
        let workers: Vec<_> = (0..THREADS)
            .map(|t| {
                let mine: Vec<_> = objects.iter().map(Arc::clone).collect();
                let barrier = barrier.clone();
                std::thread::spawn(move || {
                    barrier.wait();
                    let mut held = Vec::new();
                    for round in 0..2000 {
                        let o = &mine[(round * 7 + t) % mine.len()];
                        held.push(o.clone());
                        if held.len() > 16 {
                            held.swap_remove(round % 16);
                        }
                    }
                    drop(held);
                    drop(mine);
                })
            })
            .collect();
        for w in workers {
            w.join().unwrap();
        }
        assert_eq!(DROPS.load(Ordering::SeqCst), 0);
        drop(objects);
        merge_queued();
        assert_eq!(DROPS.load(Ordering::SeqCst), 64);
    }
}
