# A particle system in a box: float-typed fields updated every step, gravity, springs,
# wall collisions with restitution, drag, and energy bookkeeping (kinetic, potential,
# spring, dissipated) checked against the total at every report.
import math

GRAVITY = 9.81
WIDTH = 10.0
HEIGHT = 5.0


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y)

    def __repr__(self):
        return f"({self.x:.4f}, {self.y:.4f})"


class Particle:
    def __init__(self, name, x, y, vx, vy, mass, radius):
        self.name = name
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy
        self.mass = mass
        self.radius = radius
        self.fx = 0.0
        self.fy = 0.0
        self.bounces = 0

    def kinetic(self):
        return 0.5 * self.mass * (self.vx * self.vx + self.vy * self.vy)

    def potential(self):
        return self.mass * GRAVITY * self.y

    def pos(self):
        return Vec(self.x, self.y)


class Spring:
    def __init__(self, a, b, k, rest):
        self.a = a
        self.b = b
        self.k = k
        self.rest = rest

    def stretch(self):
        return (self.b.pos() - self.a.pos()).length() - self.rest

    def energy(self):
        s = self.stretch()
        return 0.5 * self.k * s * s

    def apply(self):
        d = self.b.pos() - self.a.pos()
        length = d.length()
        if length == 0.0:
            return
        f = self.k * (length - self.rest) / length
        self.a.fx += f * d.x
        self.a.fy += f * d.y
        self.b.fx -= f * d.x
        self.b.fy -= f * d.y


class World:
    def __init__(self, restitution, drag):
        self.particles = []
        self.springs = []
        self.restitution = restitution
        self.drag = drag
        self.dissipated = 0.0
        self.time = 0.0

    def add(self, p):
        self.particles.append(p)
        return p

    def energy(self):
        ke = sum(p.kinetic() for p in self.particles)
        pe = sum(p.potential() for p in self.particles)
        se = sum(s.energy() for s in self.springs)
        return ke, pe, se

    def collide_walls(self, p):
        before = p.kinetic()
        hit = False
        if p.x < p.radius:
            p.x = p.radius
            p.vx = -p.vx * self.restitution
            hit = True
        elif p.x > WIDTH - p.radius:
            p.x = WIDTH - p.radius
            p.vx = -p.vx * self.restitution
            hit = True
        if p.y < p.radius:
            p.y = p.radius
            p.vy = -p.vy * self.restitution
            hit = True
        elif p.y > HEIGHT - p.radius:
            p.y = HEIGHT - p.radius
            p.vy = -p.vy * self.restitution
            hit = True
        if hit:
            p.bounces += 1
            self.dissipated += before - p.kinetic()

    def step(self, dt):
        for p in self.particles:
            p.fx = 0.0
            p.fy = -GRAVITY * p.mass
        for s in self.springs:
            s.apply()
        for p in self.particles:
            p.vx += p.fx / p.mass * dt
            p.vy += p.fy / p.mass * dt
            before = p.kinetic()
            factor = 1.0 - self.drag * dt
            p.vx *= factor
            p.vy *= factor
            self.dissipated += before - p.kinetic()
            p.x += p.vx * dt
            p.y += p.vy * dt
            self.collide_walls(p)
        self.time += dt


world = World(restitution=0.8, drag=0.05)
a = world.add(Particle("a", 2.0, 4.0, 1.5, 0.0, 1.0, 0.1))
b = world.add(Particle("b", 3.0, 4.5, -0.5, 0.0, 2.0, 0.15))
c = world.add(Particle("c", 7.0, 1.0, -3.0, 6.0, 0.5, 0.05))
d = world.add(Particle("d", 9.5, 2.5, 2.0, -1.0, 1.5, 0.2))
world.springs.append(Spring(a, b, 20.0, 1.0))
world.springs.append(Spring(c, d, 5.0, 2.0))

ke, pe, se = world.energy()
start_total = ke + pe + se
print(f"t=0.000 ke={ke:.6f} pe={pe:.6f} se={se:.6f} total={start_total:.6f}")
for p in world.particles:
    print(f"  {p.name} pos={p.pos()!r} v=({p.vx}, {p.vy}) m={p.mass} r={p.radius}")
for s in world.springs:
    print(f"  spring {s.a.name}-{s.b.name} stretch={s.stretch():.6f} energy={s.energy():.6f}")

dt = 0.002
steps = 2000
for i in range(1, steps + 1):
    world.step(dt)
    if i % 250 == 0:
        ke, pe, se = world.energy()
        total = ke + pe + se
        drift = total + world.dissipated - start_total
        print(f"t={world.time:.3f} ke={ke:10.5f} pe={pe:10.5f} se={se:9.5f} "
              f"lost={world.dissipated:9.5f} total={total:10.5f} drift={drift:+.3e}")
        line = "  "
        for p in world.particles:
            line += f"{p.name}=({p.x:6.3f},{p.y:6.3f}) "
        print(line.rstrip())

print("bounces", [(p.name, p.bounces) for p in world.particles])
fastest = max(world.particles, key=lambda p: p.kinetic())
lowest = min(world.particles, key=lambda p: p.y)
print("fastest", fastest.name, f"{fastest.kinetic():.6f}", "lowest", lowest.name, f"{lowest.y:.6f}")
for p in world.particles:
    inside = p.radius <= p.x <= WIDTH - p.radius and p.radius <= p.y <= HEIGHT - p.radius
    speed = (p.vx ** 2 + p.vy ** 2) ** 0.5
    print(f"{p.name}: inside={inside} speed={speed:.6f} vx={p.vx:+.5e} vy={p.vy:+.5e}")
com_x = sum(p.x * p.mass for p in world.particles) / sum(p.mass for p in world.particles)
com_y = sum(p.y * p.mass for p in world.particles) / sum(p.mass for p in world.particles)
print(f"center of mass ({com_x:.5f}, {com_y:.5f})")
ke, pe, se = world.energy()
print(f"energy fractions: ke {ke / start_total:.4%} pe {pe / start_total:.4%} "
      f"se {se / start_total:.4%} lost {world.dissipated / start_total:.4%}")
print(round(world.time, 9), world.time == 4.0, abs(world.time - 4.0) < 1e-9)
