class Temp:
    @property
    def kelvin(self):
        return self.celsius + 273


print(Temp().kelvin)
