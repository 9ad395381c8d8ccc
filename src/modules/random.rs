//! The `random` module on xoshiro256** (seeded through splitmix64).
//! Its sequence differs from CPython's Mersenne Twister; the API and the
//! error messages are the same. One generator per interpreter process,
//! behind a lock, so threads can share it.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use parking_lot::Mutex;

use super::add_functions;
use super::math::{integer, real};
use crate::builtins::{check_args, kwarg};
use crate::objects::{KwArgs, PyDict, Value};
use crate::vm::{ops_builtin_value, PyResult, Vm};

pub fn fill(dict: &PyDict) {
    add_functions(
        dict,
        &[
            ("seed", seed),
            ("random", random),
            ("randint", randint),
            ("randrange", randrange),
            ("getrandbits", getrandbits),
            ("choice", choice),
            ("choices", choices),
            ("shuffle", shuffle),
            ("sample", sample),
            ("uniform", uniform),
            ("gauss", gauss),
            ("normalvariate", gauss),
            ("expovariate", expovariate),
        ],
    );
}

struct Xoshiro256 {
    s: [u64; 4],
}

impl Xoshiro256 {
    fn from_seed(seed: u64) -> Xoshiro256 {
        let mut sm = seed;
        let mut next = || {
            sm = sm.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = sm;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^ (z >> 31)
        };
        Xoshiro256 { s: [next(), next(), next(), next()] }
    }

    fn next_u64(&mut self) -> u64 {
        let s = &mut self.s;
        let result = s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        result
    }

    /// A float in [0, 1) with 53 random bits.
    fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Uniform in [0, n) for n > 0, without modulo bias.
    fn below_u64(&mut self, n: u64) -> u64 {
        let zone = u64::MAX - (u64::MAX % n + 1) % n;
        loop {
            let r = self.next_u64();
            if r <= zone {
                return r % n;
            }
        }
    }

    /// `k` random bits as a non-negative integer.
    fn bits(&mut self, k: u64) -> BigInt {
        let words = k.div_ceil(64) as usize;
        let mut digits: Vec<u64> = (0..words).map(|_| self.next_u64()).collect();
        let extra = (words as u64 * 64) - k;
        if extra > 0 {
            if let Some(last) = digits.last_mut() {
                *last >>= extra;
            }
        }
        let bytes: Vec<u8> = digits.iter().flat_map(|d| d.to_le_bytes()).collect();
        BigInt::from_biguint(Sign::Plus, num_bigint::BigUint::from_bytes_le(&bytes))
    }

    /// Uniform in [0, n) for a positive big n (rejection sampling on its bit length).
    fn below(&mut self, n: &BigInt) -> BigInt {
        if let Some(small) = n.to_u64() {
            return BigInt::from(self.below_u64(small));
        }
        let k = n.bits();
        loop {
            let r = self.bits(k);
            if &r < n {
                return r;
            }
        }
    }
}

static GENERATOR: Mutex<Option<Xoshiro256>> = Mutex::new(None);

/// Runs `f` on the shared generator, seeding it from the clock the first time.
fn with_rng<T>(f: impl FnOnce(&mut Xoshiro256) -> T) -> T {
    let mut guard = GENERATOR.lock();
    let rng = guard.get_or_insert_with(|| Xoshiro256::from_seed(entropy()));
    f(rng)
}

fn entropy() -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    let local = 0u8;
    nanos ^ (std::process::id() as u64).rotate_left(32) ^ (&local as *const u8 as u64)
}

fn seed(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "seed", args, 0, 2)?;
    let value = match args.first().map(ops_builtin_value) {
        None | Some(Value::None) => entropy(),
        Some(Value::Int(i)) => i.unsigned_abs(),
        Some(Value::Bool(b)) => *b as u64,
        Some(Value::BigInt(b)) => {
            // Fold every 64-bit word of |b| so large seeds stay distinct.
            b.magnitude().iter_u64_digits().fold(0u64, |acc, d| acc.rotate_left(7) ^ d)
        }
        Some(Value::Float(f)) => f.to_bits(),
        Some(Value::Str(s)) => crate::objects::str::hash_str(s.as_str()),
        Some(other) => {
            let _ = other;
            return Err(vm.type_error("The only supported seed types are: None,\nint, float, str, bytes, and bytearray."));
        }
    };
    *GENERATOR.lock() = Some(Xoshiro256::from_seed(value));
    Ok(Value::None)
}

fn random(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "random", args, 0, 0)?;
    Ok(Value::Float(with_rng(|r| r.next_f64())))
}

/// An integer argument of randrange: CPython 3.11 still accepts integral floats.
fn range_arg(vm: &mut Vm, v: &Value, which: usize) -> PyResult<BigInt> {
    if let Value::Float(f) = ops_builtin_value(v) {
        if f.fract() == 0.0 && f.is_finite() {
            return Ok(BigInt::from(*f as i64));
        }
        return Err(vm.value_error(format!("non-integer {} for randrange()", ["arg 1", "stop", "step"][which])));
    }
    match integer(vm, v) {
        Ok(n) => Ok(n),
        Err(e) if e.is(&vm.types().exceptions.type_error) => {
            // randrange calls int() on other types (and so says what int() says).
            let n = vm.to_int(v)?;
            integer(vm, &n)
        }
        Err(e) => Err(e),
    }
}

fn randrange_values(vm: &mut Vm, start: BigInt, stop: Option<BigInt>, step: BigInt) -> PyResult<Value> {
    let Some(stop) = stop else {
        if start.is_positive() {
            return Ok(Value::from_bigint(with_rng(|r| r.below(&start))));
        }
        return Err(vm.value_error("empty range for randrange()"));
    };
    let width = &stop - &start;
    if step.is_one() {
        if width.is_positive() {
            return Ok(Value::from_bigint(&start + with_rng(|r| r.below(&width))));
        }
        return Err(vm.value_error(format!("empty range for randrange() ({start}, {stop}, {width})")));
    }
    if step.is_zero() {
        return Err(vm.value_error("zero step for randrange()"));
    }
    let one = BigInt::one();
    let n: BigInt = if step.is_positive() {
        (&width + &step - &one).div_floor(&step)
    } else {
        (&width + &step + &one).div_floor(&step)
    };
    if !n.is_positive() {
        return Err(vm.value_error("empty range for randrange()"));
    }
    Ok(Value::from_bigint(start + step * with_rng(|r| r.below(&n))))
}

fn randrange(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "randrange", args, 1, 3)?;
    let start = range_arg(vm, &args[0], 0)?;
    let stop = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(range_arg(vm, v, 1)?),
    };
    let step = match args.get(2) {
        Some(v) => range_arg(vm, v, 2)?,
        None => BigInt::one(),
    };
    if stop.is_none() && !step.is_one() {
        return Err(vm.type_error("Missing a non-None stop argument"));
    }
    randrange_values(vm, start, stop, step)
}

fn randint(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "Random.randint() missing {} required positional argument{}",
            2usize.saturating_sub(args.len()),
            if args.len() == 1 { ": 'b'" } else { "s: 'a' and 'b'" }
        )));
    }
    let a = range_arg(vm, &args[0], 0)?;
    let b = range_arg(vm, &args[1], 1)?;
    randrange_values(vm, a, Some(b + 1), BigInt::one())
}

fn getrandbits(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "getrandbits", args, 1, 1)?;
    let k = vm.index_value(&args[0])?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    Ok(Value::from_bigint(with_rng(|r| r.bits(k as u64))))
}

fn choice(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "choice", args, 1, 1)?;
    let seq = args[0].clone();
    let n = vm.len(&seq)?;
    if n == 0 {
        return Err(vm.index_error("Cannot choose from an empty sequence"));
    }
    let i = with_rng(|r| r.below_u64(n as u64));
    vm.get_item(&seq, &Value::Int(i as i64))
}

fn shuffle(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "shuffle", args, 1, 1)?;
    let list = match &args[0] {
        Value::List(l) => Some(l.clone()),
        _ => None,
    };
    if let Some(list) = list {
        let mut items = list.lock();
        with_rng(|r| {
            for i in (1..items.len()).rev() {
                let j = r.below_u64(i as u64 + 1) as usize;
                items.swap(i, j);
            }
        });
        return Ok(Value::None);
    }
    // Any other mutable sequence: swap through __getitem__/__setitem__.
    let seq = args[0].clone();
    let n = vm.len(&seq)?;
    for i in (1..n).rev() {
        let j = with_rng(|r| r.below_u64(i as u64 + 1)) as i64;
        let a = vm.get_item(&seq, &Value::Int(i as i64))?;
        let b = vm.get_item(&seq, &Value::Int(j))?;
        vm.set_item(&seq, Value::Int(i as i64), b)?;
        vm.set_item(&seq, Value::Int(j), a)?;
    }
    Ok(Value::None)
}

fn sample(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let k = match (args.get(1), kwarg(kw, "k")) {
        (Some(k), _) | (None, Some(k)) => k.clone(),
        _ => return Err(vm.type_error("Random.sample() missing 1 required positional argument: 'k'")),
    };
    check_args(vm, "sample", args, 1, 2)?;
    let population = &args[0];
    let is_sequence = matches!(population, Value::List(_) | Value::Tuple(_) | Value::Str(_))
        || matches!(population, Value::Native(n) if n.downcast::<crate::builtins::range::Range>().is_some())
        || matches!(population, Value::Instance(_));
    if !is_sequence {
        return Err(vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d)."));
    }
    let mut pool = vm.collect(population)?;
    let k = vm.index_value(&k)?;
    if k < 0 || k as usize > pool.len() {
        return Err(vm.value_error("Sample larger than population or is negative"));
    }
    let k = k as usize;
    with_rng(|r| {
        for i in 0..k {
            let j = i + r.below_u64((pool.len() - i) as u64) as usize;
            pool.swap(i, j);
        }
    });
    pool.truncate(k);
    Ok(Value::list(pool))
}

fn choices(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "choices", args, 1, 2)?;
    let population = vm.collect(&args[0])?;
    let k = match kwarg(kw, "k") {
        Some(k) => vm.index_value(k)?.max(0) as usize,
        None => 1,
    };
    let weights = match args.get(1).or(kwarg(kw, "weights")) {
        Some(Value::None) | None => None,
        Some(w) => Some(vm.collect(w)?),
    };
    let cum_weights = match kwarg(kw, "cum_weights") {
        Some(Value::None) | None => None,
        Some(w) => Some(vm.collect(w)?),
    };
    if weights.is_some() && cum_weights.is_some() {
        return Err(vm.type_error("Cannot specify both weights and cumulative weights"));
    }
    let n = population.len();
    let cumulative = match (weights, cum_weights) {
        (None, None) => {
            if n == 0 {
                return Err(vm.index_error("Cannot choose from an empty population"));
            }
            let picks: Vec<Value> =
                with_rng(|r| (0..k).map(|_| population[(r.next_f64() * n as f64) as usize].clone()).collect());
            return Ok(Value::list(picks));
        }
        (Some(w), None) => {
            let mut total = 0.0;
            let mut cum = Vec::with_capacity(w.len());
            for x in &w {
                total += real(vm, x)?;
                cum.push(total);
            }
            cum
        }
        (None, Some(c)) => {
            let mut cum = Vec::with_capacity(c.len());
            for x in &c {
                cum.push(real(vm, x)?);
            }
            cum
        }
        (Some(_), Some(_)) => unreachable!(),
    };
    if cumulative.len() != n {
        return Err(vm.value_error("The number of weights does not match the population"));
    }
    let total = cumulative.last().copied().unwrap_or(0.0);
    if total <= 0.0 {
        return Err(vm.value_error("Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(vm.value_error("Total of weights must be finite"));
    }
    let picks = with_rng(|r| {
        (0..k)
            .map(|_| {
                let x = r.next_f64() * total;
                let i = cumulative.partition_point(|c| *c <= x).min(n - 1);
                population[i].clone()
            })
            .collect()
    });
    Ok(Value::list(picks))
}

fn uniform(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "uniform", args, 2, 2)?;
    let a = real(vm, &args[0])?;
    let b = real(vm, &args[1])?;
    Ok(Value::Float(a + (b - a) * with_rng(|r| r.next_f64())))
}

fn gauss(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "gauss", args, 0, 2)?;
    let mu = match args.first().or(kwarg(kw, "mu")) {
        Some(v) => real(vm, v)?,
        None => 0.0,
    };
    let sigma = match args.get(1).or(kwarg(kw, "sigma")) {
        Some(v) => real(vm, v)?,
        None => 1.0,
    };
    // Box-Muller; 1 - u keeps the logarithm's argument in (0, 1].
    let z = with_rng(|r| {
        let u1 = 1.0 - r.next_f64();
        let u2 = r.next_f64();
        (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
    });
    Ok(Value::Float(mu + sigma * z))
}

fn expovariate(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "expovariate", args, 1, 1)?;
    let lambda = real(vm, &args[0])?;
    if lambda == 0.0 {
        return Err(vm.zero_division_error("float division by zero"));
    }
    Ok(Value::Float(-(1.0 - with_rng(|r| r.next_f64())).ln() / lambda))
}
