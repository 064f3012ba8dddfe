# Float-typed instance fields updated in loops: a small n-body style simulation with
# **0.5 and math.sqrt, printed through f-string format specs and repr.
import math


class Body:
    def __init__(self, name, x, y, vx, vy, mass):
        self.name = name
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy
        self.mass = mass

    def speed(self):
        return (self.vx * self.vx + self.vy * self.vy) ** 0.5

    def kinetic(self):
        return 0.5 * self.mass * (self.vx ** 2 + self.vy ** 2)

    def dist(self, other):
        dx = self.x - other.x
        dy = self.y - other.y
        return math.sqrt(dx * dx + dy * dy)

    def move(self, dt):
        self.x += self.vx * dt
        self.y += self.vy * dt

    def __repr__(self):
        return f"Body({self.name!r}, x={self.x:.6f}, y={self.y:.6f})"


def accelerate(bodies, dt):
    for i in range(len(bodies)):
        a = bodies[i]
        ax = 0.0
        ay = 0.0
        for j in range(len(bodies)):
            if i == j:
                continue
            b = bodies[j]
            dx = b.x - a.x
            dy = b.y - a.y
            r2 = dx * dx + dy * dy + 0.01
            r = r2 ** 0.5
            f = b.mass / (r2 * r)
            ax += f * dx
            ay += f * dy
        a.vx += ax * dt
        a.vy += ay * dt


def energy(bodies):
    e = 0.0
    for b in bodies:
        e += b.kinetic()
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            e -= bodies[i].mass * bodies[j].mass / bodies[i].dist(bodies[j])
    return e


bodies = [
    Body("sun", 0.0, 0.0, 0.0, 0.0, 10.0),
    Body("a", 1.0, 0.0, 0.0, 3.1, 0.01),
    Body("b", -2.0, 0.5, 0.25, -2.0, 0.02),
    Body("c", 0.0, 3.5, -1.6, 0.0, 0.005),
]
print("initial energy", energy(bodies))
for b in bodies:
    print(b, f"speed={b.speed():.5f}", f"ke={b.kinetic():.6e}")

dt = 0.01
for step in range(1, 201):
    accelerate(bodies, dt)
    for b in bodies:
        b.move(dt)
    if step % 40 == 0:
        e = energy(bodies)
        print(f"step {step:4d} energy {e:+.9f} sun=({bodies[0].x:.3e}, {bodies[0].y:.3e})")
        for b in bodies[1:]:
            print(f"   {b.name:>3} x={b.x:9.5f} y={b.y:9.5f} v={b.speed():8.4f} r={b.dist(bodies[0]):.4f}")

print("final reprs")
for b in bodies:
    print(repr(b), round(b.x, 3), round(b.vy, 2))
print("raw floats", bodies[1].x, bodies[1].y, bodies[2].vx)
total_px = 0.0
total_py = 0.0
for b in bodies:
    total_px += b.mass * b.vx
    total_py += b.mass * b.vy
print(f"momentum {total_px:.12f} {total_py:.12f}")
print("max speed", max(b.speed() for b in bodies) > 0.0, min(b.mass for b in bodies))
