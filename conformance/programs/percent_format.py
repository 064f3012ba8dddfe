# printf-style % formatting of str: every conversion, flags, width/precision, * args, mapping keys, errors.
print("%s %r %a" % ("x", "y", "é"))
print("%d %i %u" % (42, -7, 3), "%d" % 3.99, "%d" % True, "%i" % -2.5)
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8), "%x" % -255, "%#o" % -8)
print("%e %E %.2e %f %F %.0f %#.0f %g %G %.3g %#g" % (12345.678, 12345.678, 0.000123, 1.5, 1.5, 2.5, 2.5, 0.0001, 1e-10, 1234567.0, 1.0))
print("%c%c%c" % ("a", 98, 0x263a), "%5c|%-5c|" % ("x", "y"))
print("%5d|%-5d|%05d|%+d|% d|%+05d|%-+5d|" % (42, 42, 42, 42, 42, -42, 7))
print("%.3d|%8.3d|%-8.3d|%08.3d|" % (5, 5, -5, 5))
print("%10.4f|%-10.2f|%010.3f|%+.1f|% .1f|" % (3.14159, 2.5, -1.5, 2.25, 2.25))
print("%.2s|%5.1s|%-5s|%5s|" % ("abc", "xyz", "ab", "héllo"))
print("%*d|%-*d|%.*f|%*.*f|" % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.71828))
print("%(name)s is %(age)d years, %(name)r" % {"name": "Ann", "age": 30})
print("%(a)05.1f %%" % {"a": 2.25})
print("100%% sure", "%s%%" % 5, "%%" % ())
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),), "%r" % {"k": "v"}, "%s %s" % (None, True))
print("%s" % 10 ** 30, "%d" % -(10 ** 25), "%x" % 2 ** 70, "%.3e" % 2 ** 70, "%10.2f" % 1e20)
print("%f %e %g" % (float("inf"), float("-inf"), float("nan")), "%5.1f|%-7.2e|" % (-0.0, 0.0))
print("%a" % "日本\n", "%r" % b"x\x00", "%s" % b"ab")
print("%#x %#o %#b" % (0, 0, 0) if False else "%#x %#o" % (0, 0))
print("% 5.2f|%+8.3e|%#8.0e" % (3.14159, 12345.0, 5.0))
print("%-08d|%0-8d|" % (3, 4), "%#5x|%#-8o|" % (10, 10))
print(b"%s and %d" % (b"bytes", 5), b"%x" % 255, b"%c" % 65, b"%5s|" % b"ab", b"%r" % "x" if False else b"%a" % "x")
errs = [("%d", "x"), ("%d", (1, 2)), ("%s %s", ("a",)), ("%s", ()), ("%(k)s", (1,)), ("%(k)s", {}), ("%z", 1), ("%c", "ab"),
        ("%c", 0x110000), ("%c", -1), ("%x", 1.5), ("%o", "7"), ("%", 1), ("%(k", {"k": 1}), ("%*d", ("a", 1)), ("%f", "x"),
        ("%d %d", 1), ("%.*f", (1.5, 2.0)), ("%e", None), ("abc", 5), ("abc", (1,)), ("%i", None), ("%.2d", "s")]
for fmt, arg in errs:
    try:
        print(repr(fmt % arg))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print("abc" % {}, "abc" % [], "%s" % {"a": 1}, "%(a)s%(a)s" % {"a": "z"})
