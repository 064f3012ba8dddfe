# repr picks single quotes unless the string contains only single quotes.
print(repr("hello"))
print(repr(''))
print(repr("it's"))
print(repr('say "hi"'))
print(repr("both ' and \""))
print(repr('\'single\' only'))
print(repr("\"double\" only"))
print(repr("a\\b"))
print(["it's", 'say "x"', "plain", "both ' \""])
print(("x",))
words = ["don't", "won't", "can", 'quote"d']
for w in words:
    print(w, repr(w), len(repr(w)))
print(str("it's"), repr(repr("it's")))
print(repr("'"), repr('"'), repr("'\""))
