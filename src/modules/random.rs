//! `_random`: the Mersenne Twister (MT19937) behind `lib/random.py`, as
//! CPython splits it. The generator follows the reference implementation of
//! Matsumoto and Nishimura (init_genrand, init_by_array, genrand_res53) and
//! CPython's seeding of an int (its absolute value cut into 32-bit words,
//! least significant first), so a seeded sequence is CPython's bit for bit.
//! Each generator's state sits behind its own lock: threads may share one
//! with the GIL off.

use std::any::Any;
use crate::objects::Arc;
use std::sync::OnceLock;

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, ToPrimitive, Zero};
use parking_lot::Mutex;

use super::add_functions;
use super::math::integer;
use crate::builtins::{add_method, check_args};
use crate::objects::bytes::{bytes_of, new_bytes};
use crate::objects::{Class, KwArgs, NativeObject, PyDict, Value};
use crate::vm::{ops_builtin_value, PyResult, Types, Vm};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        self.index = N;
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            let mt = &mut self.state;
            let mag = |y: u32| if y & 1 == 1 { MATRIX_A } else { 0 };
            for k in 0..N - M {
                let y = (mt[k] & UPPER_MASK) | (mt[k + 1] & LOWER_MASK);
                mt[k] = mt[k + M] ^ (y >> 1) ^ mag(y);
            }
            for k in N - M..N - 1 {
                let y = (mt[k] & UPPER_MASK) | (mt[k + 1] & LOWER_MASK);
                mt[k] = mt[k + M - N] ^ (y >> 1) ^ mag(y);
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits (genrand_res53).
    fn next_f64(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `k` random bits, filled 32 at a time from the least significant word.
    fn bits(&mut self, k: u64) -> BigInt {
        if k <= 32 {
            return if k == 0 { BigInt::zero() } else { BigInt::from(self.next_u32() >> (32 - k)) };
        }
        let mut words = Vec::with_capacity(k.div_ceil(32) as usize);
        let mut left = k;
        while left > 0 {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            words.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_biguint(Sign::Plus, BigUint::new(words))
    }
}

/// `_random.Generator`: one MT19937 state.
struct Generator {
    mt: Mutex<Mt>,
}

impl NativeObject for Generator {
    fn class<'t>(&self, _types: &'t Types) -> &'t Arc<Class> {
        GENERATOR_CLASS.get().expect("_random was imported")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

static GENERATOR_CLASS: OnceLock<Arc<Class>> = OnceLock::new();

pub fn fill(vm: &mut Vm, dict: &PyDict) {
    let class = GENERATOR_CLASS.get_or_init(|| {
        let c = Class::new("Generator", "Generator", "_random", vec![vm.types().object.clone()], PyDict::new(), true)
            .expect("a plain class");
        add_method(&c, "seed", gen_seed);
        add_method(&c, "random", gen_random);
        add_method(&c, "getrandbits", gen_getrandbits);
        add_method(&c, "randbelow", gen_randbelow);
        add_method(&c, "getstate", gen_getstate);
        add_method(&c, "setstate", gen_setstate);
        c
    });
    dict.set_str("Generator", Value::Class(class.clone()));
    add_functions(dict, &[("new", new), ("sha512", sha512), ("urandom", urandom_fn)]);
}

fn new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "new", args, 0, 0)?;
    let mut mt = Mt { state: [0; N], index: N };
    seed_from_os(&mut mt);
    Ok(Value::native(Generator { mt: Mutex::new(mt) }))
}

fn this<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Generator> {
    match v {
        Value::Native(n) => n.downcast::<Generator>().ok_or_else(|| vm.type_error("a _random.Generator is required")),
        _ => Err(vm.type_error("a _random.Generator is required")),
    }
}

/// Bytes from the operating system's generator (/dev/urandom), with the
/// clock as a last resort where there is none.
pub fn urandom(n: usize) -> Vec<u8> {
    use std::io::Read;
    let mut buf = vec![0u8; n];
    if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
        if f.read_exact(&mut buf).is_ok() {
            return buf;
        }
    }
    let mut x = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0)
        ^ ((std::process::id() as u64) << 32);
    for b in buf.iter_mut() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        *b = x as u8;
    }
    buf
}

fn seed_from_os(mt: &mut Mt) {
    let bytes = urandom(N * 4);
    let key: Vec<u32> = bytes.chunks(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
    mt.init_by_array(&key);
}

fn urandom_fn(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "urandom", args, 1, 1)?;
    let n = vm.index_value(&args[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    Ok(new_bytes(urandom(n as usize)))
}

/// `gen.seed(n)`: seeds from the int |n| (None: from the OS).
fn gen_seed(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "seed", args, 2, 2)?;
    let g = this(vm, &args[0])?;
    if args[1].is_none() {
        seed_from_os(&mut g.mt.lock());
        return Ok(Value::None);
    }
    let n = integer(vm, &args[1])?;
    let mut key = n.abs().magnitude().to_u32_digits();
    if key.is_empty() {
        key.push(0);
    }
    g.mt.lock().init_by_array(&key);
    Ok(Value::None)
}

fn gen_random(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = this(vm, &args[0])?;
    Ok(Value::Float(g.mt.lock().next_f64()))
}

fn gen_getrandbits(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "getrandbits", args, 2, 2)?;
    let g = this(vm, &args[0])?;
    let k = vm.index_value(&args[1])?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    Ok(Value::from_bigint(g.mt.lock().bits(k as u64)))
}

/// `gen.randbelow(n)` for n > 0: getrandbits(n.bit_length()) until below n,
/// as CPython's `_randbelow_with_getrandbits` does (one hold of the lock).
fn gen_randbelow(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "randbelow", args, 2, 2)?;
    let g = this(vm, &args[0])?;
    let n = integer(vm, &args[1])?;
    if !n.is_positive() {
        return Ok(Value::Int(0));
    }
    let k = n.bits();
    let mut mt = g.mt.lock();
    if let Some(small) = n.to_u64().filter(|_| k <= 32) {
        loop {
            let r = if k == 0 { 0 } else { (mt.next_u32() >> (32 - k)) as u64 };
            if r < small {
                return Ok(Value::Int(r as i64));
            }
        }
    }
    loop {
        let r = mt.bits(k);
        if r < n {
            return Ok(Value::from_bigint(r));
        }
    }
}

fn gen_getstate(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = this(vm, &args[0])?;
    let mt = g.mt.lock();
    let mut items: Vec<Value> = mt.state.iter().map(|&w| Value::Int(w as i64)).collect();
    items.push(Value::Int(mt.index as i64));
    Ok(Value::tuple(items))
}

fn gen_setstate(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "setstate", args, 2, 2)?;
    let g = this(vm, &args[0])?;
    let items = match ops_builtin_value(&args[1]) {
        Value::Tuple(t) => t.as_slice().to_vec(),
        _ => return Err(vm.type_error("state vector must be a tuple")),
    };
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut state = [0u32; N];
    for (slot, v) in state.iter_mut().zip(&items) {
        let w = integer(vm, v)?;
        *slot = (w & BigInt::from(u32::MAX)).to_u32().unwrap_or(0);
    }
    let index = integer(vm, &items[N])?;
    let index = match index.to_usize() {
        Some(i) if i <= N => i,
        _ => return Err(vm.value_error("invalid state")),
    };
    let mut mt = g.mt.lock();
    mt.state = state;
    mt.index = index;
    Ok(Value::None)
}

/// `_random.sha512(data)`: the digest `random.seed` hashes str and bytes
/// seeds with (FIPS 180-4).
fn sha512(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "sha512", args, 1, 1)?;
    let Some(data) = bytes_of(&args[0]) else {
        return Err(vm.type_error("a bytes-like object is required"));
    };
    Ok(new_bytes(sha512_digest(&data).to_vec()))
}

const K512: [u64; 80] = [
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538,
    0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe,
    0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2, 0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
    0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5, 0x983e5152ee66dfab,
    0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
    0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df, 0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
    0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8, 0x19a4c116b8d2d0c8, 0x1e376c085141ab53,
    0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c,
    0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6,
    0x113f9804bef90dae, 0x1b710b35131c471b, 0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
];

pub fn sha512_digest(data: &[u8]) -> [u8; 64] {
    let mut h: [u64; 8] = [
        0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
        0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
    ];
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u128) * 8).to_be_bytes());
    for block in msg.chunks(128) {
        let mut w = [0u64; 80];
        for (t, word) in block.chunks(8).enumerate() {
            w[t] = u64::from_be_bytes(word.try_into().expect("8 bytes"));
        }
        for t in 16..80 {
            let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
            let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
            w[t] = w[t - 16].wrapping_add(s0).wrapping_add(w[t - 7]).wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for t in 0..80 {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh.wrapping_add(s1).wrapping_add(ch).wrapping_add(K512[t]).wrapping_add(w[t]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (i, x) in h.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&x.to_be_bytes());
    }
    out
}
