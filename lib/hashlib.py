"""`hashlib`: secure hashes and message digests, CPython 3.11's API over
gilpy's own digests (src/modules/hashlib.rs: MD5, SHA-1, SHA-224, SHA-256,
SHA-384, SHA-512, written from their specifications).

As in CPython, hashing 2 KiB or more at a time lets the GIL go, so threads
hashing large buffers run in parallel. No BLAKE2, SHA-3, SHAKE, `scrypt`
or `pbkdf2_hmac`: `algorithms_available` says what there is."""

import _hashlib

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "new",
           "algorithms_guaranteed", "algorithms_available", "file_digest")

algorithms_guaranteed = frozenset(_hashlib._algorithm_names)
algorithms_available = frozenset(_hashlib._algorithm_names)


def new(name, data=b"", **kwargs):
    """A hash object for the algorithm called `name` (e.g. 'sha256'), fed `data` first."""
    return _hashlib.new(name, data, **kwargs)


def _constructor(algorithm):
    def construct(string=b"", *, usedforsecurity=True):
        return _hashlib.new(algorithm, string)
    construct.__name__ = construct.__qualname__ = "openssl_" + algorithm
    construct.__doc__ = "Returns a %s hash object; optionally initialized with a string" % algorithm
    return construct


md5 = _constructor("md5")
sha1 = _constructor("sha1")
sha224 = _constructor("sha224")
sha256 = _constructor("sha256")
sha384 = _constructor("sha384")
sha512 = _constructor("sha512")


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """A hash object (of algorithm `digest`) fed the whole of a binary file object."""
    digestobj = new(digest) if isinstance(digest, str) else digest()
    if not hasattr(fileobj, "read"):
        raise ValueError("'%r' is not a file-like object in binary mode." % (fileobj,))
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        digestobj.update(chunk)
    return digestobj
