if True:
	x = 1 // 0
