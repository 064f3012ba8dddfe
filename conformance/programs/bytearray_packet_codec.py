# bytearray as a mutable buffer: building/parsing a length-prefixed packet format, utf-8 roundtrips, hex dumps.
def put_u16(buf, v):
    buf.append(v >> 8 & 0xFF)
    buf.append(v & 0xFF)


def get_u16(data, pos):
    return data[pos] << 8 | data[pos + 1], pos + 2


def encode_record(name, values):
    buf = bytearray()
    raw = name.encode("utf-8")
    buf.append(len(raw))
    buf.extend(raw)
    put_u16(buf, len(values))
    for v in values:
        put_u16(buf, v)
    return buf


def decode_record(data, pos):
    n = data[pos]
    pos += 1
    name = data[pos:pos + n].decode("utf-8")
    pos += n
    count, pos = get_u16(data, pos)
    values = []
    for _ in range(count):
        v, pos = get_u16(data, pos)
        values.append(v)
    return name, values, pos


def hexdump(data):
    for off in range(0, len(data), 8):
        chunk = data[off:off + 8]
        text = ""
        for c in chunk:
            if 32 <= c < 127:
                text += chr(c)
            else:
                text += "."
        print(f"{off:04x}  {chunk.hex(' '):<23}  |{text}|")


packet = bytearray(b"PK")
records = [("temp", [20, 21, 300]), ("héllo", [65535, 0]), ("日本", []), ("", [1])]
for name, values in records:
    packet += encode_record(name, values)
print(len(packet), packet[:2], bytes(packet[2:12]))
hexdump(packet)
pos = 2
while pos < len(packet):
    name, values, pos = decode_record(packet, pos)
    print(repr(name), values, pos)

print("--- in-place edits")
buf = bytearray(b"0123456789")
buf[0] = ord("A")
buf[-1] = 0x5A
print(buf)
buf[2:5] = b"xy"
print(buf, len(buf))
buf[2:2] = b"<<>>"
print(buf)
buf[::3] = b"!" * len(buf[::3])
print(buf)
del buf[1::2]
print(buf)
buf.reverse()
print(buf)
buf.insert(0, 35)
buf.insert(-1, 36)
buf.insert(999, 37)
print(buf, buf.pop(), buf.pop(0), buf.pop(-2), buf)
buf.extend(range(97, 100))
buf.extend(bytearray(b"!!"))
buf.extend([10, 13])
print(buf, buf.count(33), buf.index(b"abc"), buf.find(120), buf.rfind(b"!"))
buf.remove(33)
print(buf)
try:
    buf.remove(200)
except ValueError as e:
    print("ValueError", e)
try:
    buf.append(256)
except ValueError as e:
    print("ValueError", e)
try:
    buf.append(-1)
except ValueError as e:
    print("ValueError", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError", e)
try:
    buf.extend([1, "x"])
except TypeError as e:
    print("TypeError", e)
try:
    buf[3:5] = [1, 300]
except ValueError as e:
    print("ValueError", e)

print("--- utf-8 roundtrip")
texts = ["plain", "héllo wörld", "日本語テキスト", "emoji 😀🎉", "mix: a\u00e9\u4e2d\U0001f600", "\x00\x7f\x80", ""]
for t in texts:
    enc = t.encode("utf-8")
    ba = bytearray(enc)
    back = ba.decode("utf-8")
    print(len(t), len(enc), enc, back == t, ba.hex()[:24], bytes(ba) == enc)
whole = bytearray()
for t in texts:
    whole += t.encode()
    whole.append(0)
parts = whole.split(b"\x00")
print(len(parts), [p.decode() for p in parts][:4])
print(whole.count(0), whole.startswith(b"plain"), whole.endswith(b"\x00"), whole[:5].upper(), whole[6:18].decode().title())

print("--- conversions")
print(bytearray(5), bytearray(b"ab") * 3, bytearray(range(65, 70)), bytearray("añ", "utf-8"), bytearray.fromhex("de ad be ef"))
n = 0x0102030405
print(n.to_bytes(5, "big"), n.to_bytes(8, "little"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(bytearray(b"\x01\x00"), "big"))
print((-2).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b"", "big"), (255).to_bytes(1, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
big = 2 ** 100 - 1
raw = big.to_bytes(13, "big")
print(raw.hex(), int.from_bytes(raw, "big") == big, len(raw))
ba = bytearray(raw)
ba[0] = 0
print(int.from_bytes(ba, "big"), ba == raw, ba != raw, ba > raw, bytes(ba) < raw)
print(list(bytearray(b"\x00\xff")), tuple(b"ab"), sum(b"\x01\x02\x03"), max(b"hello"), sorted(bytearray(b"dcba")), bytes(sorted(b"dcba")))
