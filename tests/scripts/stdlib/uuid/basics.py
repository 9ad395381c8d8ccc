# uuid: the UUID class (parsing, fields, views, comparisons, errors), the
# name-based uuid3/uuid5 (exact values), and the shape of uuid1/uuid4.
import uuid

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.urn, u.version, u.variant)
print(u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq, u.node, u.time)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
print(uuid.UUID("urn:uuid:12345678123456781234567812345678") == u, hash(u) == hash(uuid.UUID(int=u.int)), int(u) == u.int)
print(uuid.UUID(int=0), uuid.UUID(int=(1 << 128) - 1).variant, uuid.UUID(int=0).variant, uuid.UUID(int=0).version)
print(uuid.UUID(int=5, version=4), uuid.UUID(int=5, version=4).version, uuid.UUID(int=5, version=4).variant)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, "http://example.com/"), uuid.uuid5(uuid.NAMESPACE_OID, "1.3.6.1"))
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]), uuid.UUID(int=1) < uuid.UUID(int=2))
print(u.is_safe, uuid.SafeUUID.safe.value, uuid.RFC_4122, uuid.RESERVED_NCS)
a, b = uuid.uuid4(), uuid.uuid4()
print(a != b, a.version, a.variant, len(str(a)), str(a)[14], type(a).__name__)
t1, t2 = uuid.uuid1(), uuid.uuid1()
print(t1 != t2, t1.version, t1.variant, t1.node == t2.node == uuid.getnode(), t1.time <= t2.time, uuid.uuid1(clock_seq=5).clock_seq)
print(uuid.uuid1(node=0x123456789abc).node == 0x123456789abc, 0 < uuid.getnode() < 1 << 48)
for bad in [lambda: uuid.UUID("xyz"), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1), lambda: uuid.UUID(int=1, version=9),
            lambda: uuid.UUID(bytes=b"short"), lambda: uuid.UUID(fields=(1, 2)), lambda: setattr(u, "int", 5),
            lambda: uuid.UUID(hex="12345678123456781234567812345678", int=5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
