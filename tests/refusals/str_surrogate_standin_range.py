# expect: 4:7: not supported yet: the code point U+DDFFF in a str (metal0 keeps lone surrogates in U+DD800..U+DDFFF)
# Unassigned plane-13 code points hold lone surrogates at run time, so a literal cannot hold
# them itself.
s = f"\U000ddfff{1}"
print(len(s))
