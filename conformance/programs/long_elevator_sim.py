# An event-driven elevator simulation: a bank of cars as state machines (match on state and
# event), a dispatcher choosing the best car, passengers with wait statistics, and a log.
import math
import sys
from dataclasses import dataclass, field
from typing import List, Optional, Tuple



class St:
    IDLE, MOVING, DOORS_OPEN, MAINTENANCE = "idle", "moving", "doors", "maint"


class ElevatorFault(Exception):
    pass


class FloorOutOfRange(ElevatorFault, ValueError):
    def __init__(self, floor, top):
        super().__init__(f"floor {floor} not in 0..{top}")


@dataclass(order=True)
class Passenger:
    arrive: int
    pid: int
    origin: int = field(compare=False)
    dest: int = field(compare=False)
    boarded: Optional[int] = field(default=None, compare=False)
    delivered: Optional[int] = field(default=None, compare=False)

    @property
    def direction(self) -> int:
        return 1 if self.dest > self.origin else -1


class Car:
    capacity = 4

    def __init__(self, name: str, floor: int = 0):
        self.name = name
        self.floor = floor
        self.state = St.IDLE
        self.stops: List[int] = []
        self.riders: List[Passenger] = []
        self.door_timer = 0
        self.moved = 0

    def __repr__(self):
        return f"Car({self.name}@{self.floor} {self.state} stops={self.stops} riders={len(self.riders)})"

    @property
    def direction(self) -> int:
        if not self.stops:
            return 0
        return (self.stops[0] > self.floor) - (self.stops[0] < self.floor)

    def cost(self, floor: int) -> int:
        if self.state == St.MAINTENANCE:
            return 10 ** 9
        distance = abs(self.floor - floor)
        detour = sum(abs(a - b) for a, b in zip([self.floor] + self.stops, self.stops))
        return distance + detour // 2 + 3 * len(self.riders)

    def add_stop(self, floor: int) -> None:
        if floor not in self.stops and not (floor == self.floor and self.state == St.DOORS_OPEN):
            self.stops.append(floor)
            d = self.direction
            if d:
                ahead = sorted((s for s in self.stops if (s - self.floor) * d >= 0), key=lambda s: abs(s - self.floor))
                behind = sorted((s for s in self.stops if (s - self.floor) * d < 0), key=lambda s: abs(s - self.floor))
                self.stops = ahead + behind

    def step(self, event: str, now: int, log) -> None:
        match (self.state, event):
            case (St.MAINTENANCE, "repair"):
                self.state = St.IDLE
                log(now, self, "back in service")
            case (St.MAINTENANCE, _):
                pass
            case (_, "fault"):
                self.state = St.MAINTENANCE
                log(now, self, f"FAULT with {len(self.riders)} aboard; stops dropped {self.stops}")
                self.stops.clear()
            case (St.IDLE, "tick") if self.stops:
                if self.stops[0] == self.floor:
                    self.stops.pop(0)
                    self.state, self.door_timer = St.DOORS_OPEN, 2
                else:
                    self.state = St.MOVING
            case (St.MOVING, "tick"):
                self.floor += self.direction
                self.moved += 1
                if self.stops and self.floor == self.stops[0]:
                    self.stops.pop(0)
                    self.state, self.door_timer = St.DOORS_OPEN, 2
                    log(now, self, "arrived, doors open")
            case (St.DOORS_OPEN, "tick"):
                self.door_timer -= 1
                if self.door_timer <= 0:
                    self.state = St.MOVING if self.stops else St.IDLE
            case _:
                pass


class Building:
    def __init__(self, floors: int, cars: List[Car]):
        self.top = floors - 1
        self.cars = cars
        self.waiting: List[Passenger] = []
        self.done: List[Passenger] = []
        self.events: List[Tuple[int, str, str]] = []

    def log(self, now, car, msg):
        self.events.append((now, car.name, msg))

    def call(self, p: Passenger) -> Car:
        for f in (p.origin, p.dest):
            if not 0 <= f <= self.top:
                raise FloorOutOfRange(f, self.top)
        best = min(self.cars, key=lambda c: (c.cost(p.origin), c.name))
        best.add_stop(p.origin)
        self.waiting.append(p)
        return best

    def exchange(self, now: int) -> None:
        for car in self.cars:
            if car.state != St.DOORS_OPEN or car.door_timer != 2:
                continue
            leaving = [r for r in car.riders if r.dest == car.floor]
            for r in leaving:
                r.delivered = now
                car.riders.remove(r)
                self.done.append(r)
            for p in sorted(self.waiting):
                if p.origin == car.floor and len(car.riders) < car.capacity:
                    p.boarded = now
                    car.riders.append(p)
                    self.waiting.remove(p)
                    car.add_stop(p.dest)
            if leaving:
                self.log(now, car, f"dropped {[r.pid for r in leaving]}")


cars = [Car("A", 0), Car("B", 9), Car("C", 5)]
bldg = Building(10, cars)
schedule = {
    0: [(1, 0, 7), (2, 3, 0), (3, 9, 2)],
    2: [(4, 5, 6), (5, 0, 9)],
    4: [(6, 8, 1), (7, 2, 12)],
    5: [("fault", "C")],
    6: [(8, 4, 4), (9, 1, 8), (10, 6, 0)],
    9: [("repair", "C")],
    11: [(11, 7, 3), (12, 0, 5), (13, 0, 6), (14, 0, 7), (15, 0, 8), (16, 0, 1)],
}
pid_counter = 0
for now in range(60):
    for req in schedule.get(now, []):
        match req:
            case (str(kind), name):
                car = next(c for c in cars if c.name == name)
                car.step(kind, now, bldg.log)
            case (pid, origin, dest) if origin == dest:
                print(f"t={now:>2} p{pid}: already at floor {dest}, ignored")
            case (pid, origin, dest):
                try:
                    car = bldg.call(Passenger(now, pid, origin, dest))
                    print(f"t={now:>2} p{pid}: {origin}->{dest} assigned to {car.name}")
                except ElevatorFault as e:
                    print(f"t={now:>2} p{pid}: rejected ({e}); ValueError? {isinstance(e, ValueError)}")
    for car in cars:
        car.step("tick", now, bldg.log)
    bldg.exchange(now)
    if now % 10 == 9:
        print(f"t={now:>2}", cars)
    if not bldg.waiting and all(not c.riders and not c.stops for c in cars) and now > 11:
        print(f"all quiet at t={now}")
        break

for pending in bldg.waiting:
    print(f"stranded: p{pending.pid} at floor {pending.origin}")
for t, name, msg in bldg.events[:12]:
    print(f"  [{t:>2}] {name}: {msg}")
print(f"... {len(bldg.events)} events total")
waits = sorted(p.boarded - p.arrive for p in bldg.done)
rides = [p.delivered - p.boarded for p in bldg.done]
mean = sum(waits) / len(waits)
sd = math.sqrt(sum((w - mean) ** 2 for w in waits) / len(waits))
print(f"delivered {len(bldg.done)}: wait mean={mean:.2f} sd={sd:.2f} max={waits[-1]}, ride mean={sum(rides) / len(rides):.2f}")
print({c.name: c.moved for c in cars}, "total floors:", sum(c.moved for c in cars))
order = [p.pid for p in sorted(bldg.done, key=lambda p: (p.delivered, p.pid))]
print("delivery order:", order)
ups = sum(1 for p in bldg.done if p.direction > 0)
print(f"up trips {ups}, down trips {len(bldg.done) - ups}", file=sys.stdout)
