class Base:
    def area(self):
        return self.w * self.h


class Square(Base):
    def area(self):
        return super().area() + 0


Square().area()
