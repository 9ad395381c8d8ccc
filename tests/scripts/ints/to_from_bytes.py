# int.to_bytes / int.from_bytes: widths, byte orders, signedness and errors.
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (5).to_bytes())
print((-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True))
print((0).to_bytes(0, 'big'), (255).to_bytes(1, byteorder='big'), (2**70).to_bytes(9, 'big'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes([1, 2]))
print(int.from_bytes(b'\xff\x7f', 'little', signed=True), int.from_bytes(b'\xff', signed=True), int.from_bytes(b''))
print(int.from_bytes(bytearray(b'\x01'), byteorder='little'), int.from_bytes(b'\x80' + bytes(9), 'big'))
n = 123456789123456789
print(int.from_bytes(n.to_bytes(8, 'little'), 'little') == n)

class Flags(int):
    pass

f = Flags.from_bytes(b'\x02', 'big')
print(type(f).__name__, f)

def attempt(thunk):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: (1).to_bytes(2, 'middle'))
attempt(lambda: (-1).to_bytes(2, 'big'))
attempt(lambda: (99999).to_bytes(1, 'big'))
attempt(lambda: (128).to_bytes(1, 'big', signed=True))
attempt(lambda: (1).to_bytes(-1, 'big'))
attempt(lambda: int.from_bytes(3))
