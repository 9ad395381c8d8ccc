//! The text codecs `str.encode` and `bytes.decode` know: UTF-8, ASCII and
//! Latin-1, with the `strict`, `ignore` and `replace` error handlers and
//! CPython's UnicodeEncodeError / UnicodeDecodeError messages.

use crate::vm::{PyErr, PyResult, Vm};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The codec an encoding name means (CPython's normalisation: case and `_`/`-`/space ignored).
    pub fn lookup(vm: &Vm, name: &str) -> PyResult<Codec> {
        let norm: String = name.trim().to_ascii_lowercase().chars().map(|c| if c == '_' || c == ' ' { '-' } else { c }).collect();
        Ok(match norm.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
            "ascii" | "us-ascii" | "646" => Codec::Ascii,
            "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "iso-ir-100" => Codec::Latin1,
            _ => return Err(vm.error(&vm.types().exceptions.lookup_error.clone(), format!("unknown encoding: {name}"))),
        })
    }

    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    fn limit(self) -> u32 {
        match self {
            Codec::Ascii => 128,
            _ => 256,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Errors {
    Strict,
    Ignore,
    Replace,
}

impl Errors {
    pub fn lookup(vm: &Vm, name: &str) -> PyResult<Errors> {
        Ok(match name {
            "strict" => Errors::Strict,
            "ignore" => Errors::Ignore,
            "replace" => Errors::Replace,
            _ => return Err(vm.error(&vm.types().exceptions.lookup_error.clone(), format!("unknown error handler name '{name}'"))),
        })
    }
}

/// A character as CPython shows it in a codec error: `'\xe9'`, `'\u20ac'`, `'\U0001f600'`.
fn char_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("'\\x{n:02x}'")
    } else if n < 0x10000 {
        format!("'\\u{n:04x}'")
    } else {
        format!("'\\U{n:08x}'")
    }
}

fn encode_error(vm: &Vm, msg: String) -> PyErr {
    vm.error(&vm.types().exceptions.unicode_encode_error.clone(), msg)
}

fn decode_error(vm: &Vm, msg: String) -> PyErr {
    vm.error(&vm.types().exceptions.unicode_decode_error.clone(), msg)
}

pub fn encode(vm: &Vm, s: &str, codec: Codec, errors: Errors) -> PyResult<Vec<u8>> {
    if codec == Codec::Utf8 {
        return Ok(s.as_bytes().to_vec());
    }
    let limit = codec.limit();
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        match errors {
            Errors::Ignore => {}
            Errors::Replace => out.push(b'?'),
            Errors::Strict => {
                let mut end = i + 1;
                while end < chars.len() && chars[end] as u32 >= limit {
                    end += 1;
                }
                let why = format!("ordinal not in range({limit})");
                return Err(encode_error(
                    vm,
                    if end == i + 1 {
                        format!("'{}' codec can't encode character {} in position {i}: {why}", codec.name(), char_escape(c))
                    } else {
                        format!("'{}' codec can't encode characters in position {i}-{}: {why}", codec.name(), end - 1)
                    },
                ));
            }
        }
        i += 1;
    }
    Ok(out)
}

pub fn decode(vm: &Vm, data: &[u8], codec: Codec, errors: Errors) -> PyResult<String> {
    match codec {
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 128 {
                    out.push(b as char);
                    continue;
                }
                match errors {
                    Errors::Ignore => {}
                    Errors::Replace => out.push('\u{fffd}'),
                    Errors::Strict => {
                        return Err(decode_error(
                            vm,
                            format!("'ascii' codec can't decode byte {b:#04x} in position {i}: ordinal not in range(128)"),
                        ))
                    }
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(data.len());
            let mut rest = data;
            let mut offset = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).expect("valid prefix"));
                        let bad = e.error_len().unwrap_or(rest.len() - good);
                        if errors == Errors::Strict {
                            let pos = offset + good;
                            let first = rest[good];
                            let why = if e.error_len().is_none() {
                                "unexpected end of data"
                            } else if !(0xc2..=0xf4).contains(&first) {
                                "invalid start byte"
                            } else {
                                "invalid continuation byte"
                            };
                            return Err(decode_error(
                                vm,
                                if e.error_len().is_none() && bad > 1 {
                                    format!("'utf-8' codec can't decode bytes in position {pos}-{}: {why}", pos + bad - 1)
                                } else {
                                    format!("'utf-8' codec can't decode byte {first:#04x} in position {pos}: {why}")
                                },
                            ));
                        }
                        if errors == Errors::Replace {
                            out.push('\u{fffd}');
                        }
                        rest = &rest[good + bad..];
                        offset += good + bad;
                    }
                }
            }
        }
    }
}
