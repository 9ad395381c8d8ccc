# sys.flags, sys.float_info, sys.int_info, sys.hash_info (struct sequences:
# tuples with named fields), sys.byteorder, sys.maxunicode, sys.maxsize.
import sys

print(sys.byteorder, sys.maxunicode, sys.maxsize == 2 ** 63 - 1)
f = sys.flags
print(type(f).__name__, isinstance(f, tuple), len(f), f.n_fields, f.n_sequence_fields, f.n_unnamed_fields)
for name in ['debug', 'inspect', 'interactive', 'optimize', 'no_user_site', 'no_site',
             'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated',
             'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits']:
    print(' ', name, repr(getattr(f, name)))
print(f[0], f[-1], f.optimize == f[3], tuple(f)[:4])
h = sys.hash_info
print(h)
print(h.width, h.modulus, h.inf, h.nan, h.imag, h.algorithm, h.hash_bits, h.seed_bits, h.cutoff, h[1] == 2 ** 61 - 1)
print(hash(float('inf')) == h.inf, hash(-float('inf')) == -h.inf, hash(2 ** 61 - 1) == 0, hash(2 ** 61) == 1)
fi = sys.float_info
print(fi)
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.radix, fi.rounds, fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp)
print(fi.max == 1.7976931348623157e+308, 1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
ii = sys.int_info
print(ii, ii.bits_per_digit, ii.default_max_str_digits)
print(type(sys.float_info).__name__, type(h).__name__, type(ii).__name__)
try:
    f.debug = 1
except AttributeError as e:
    print('AttributeError')
a, b, *rest = sys.hash_info
print(a, b, len(rest))
