def area(w, h):
    return w * h + w / (h - h)


area(2, 3)
