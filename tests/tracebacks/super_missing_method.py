class Base:
    pass


class Child(Base):
    def run(self):
        return super().run()


Child().run()
