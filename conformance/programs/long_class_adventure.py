# A text-adventure state machine: rooms, items and states as classes; commands parsed from a
# script; dispatch through getattr with computed names; a generator of game events.
class GameOver(Exception):
    def __init__(self, won, reason):
        super().__init__(reason)
        self.won = won


class Item:
    def __init__(self, name, weight=1, **props):
        self.name = name
        self.weight = weight
        for k, v in props.items():
            setattr(self, k, v)

    def __repr__(self):
        return f"Item({self.name!r})"

    def __eq__(self, other):
        return isinstance(other, Item) and other.name == self.name

    def __hash__(self):
        return hash(self.name)


class Room:
    def __init__(self, name, description):
        self.name = name
        self.description = description
        self.exits = {}
        self.items = []
        self.locked = set()

    def connect(self, direction, room, locked=False):
        self.exits[direction] = room
        if locked:
            self.locked.add(direction)
        return self

    def __str__(self):
        items = ", ".join(i.name for i in self.items) or "nothing"
        exits = ", ".join(sorted(self.exits))
        return f"{self.name}: {self.description} You see {items}. Exits: {exits}."


class Inventory:
    capacity = 5

    def __init__(self):
        self._items = []

    def __contains__(self, name):
        return any(i.name == name for i in self._items)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __iadd__(self, item):
        if self.weight + item.weight > self.capacity:
            raise ValueError(f"{item.name} is too heavy")
        self._items.append(item)
        return self

    def remove(self, name):
        for i, it in enumerate(self._items):
            if it.name == name:
                return self._items.pop(i)
        raise KeyError(name)

    @property
    def weight(self):
        return sum(i.weight for i in self._items)


class State:
    name = "state"

    def on_enter(self, game):
        return None

    def handle(self, game, verb, arg):
        handler = getattr(self, "do_" + verb, None)
        if handler is None:
            return f"You can't {verb} while {self.name}."
        return handler(game, arg)

    def __repr__(self):
        return f"<{type(self).__name__}>"


class Exploring(State):
    name = "exploring"

    def do_look(self, game, arg):
        return str(game.room)

    def do_go(self, game, direction):
        room = game.room
        if direction not in room.exits:
            return f"There is no exit {direction}."
        if direction in room.locked:
            if "key" in game.inventory:
                room.locked.discard(direction)
                game.emit("unlocked " + direction)
            else:
                return "The door is locked."
        game.room = room.exits[direction]
        game.moves += 1
        if game.room.name == "Lair":
            game.set_state(Fighting())
            return "A dragon blocks the way!"
        return f"You walk {direction} to the {game.room.name}."

    def do_take(self, game, name):
        for it in game.room.items:
            if it.name == name:
                try:
                    game.inventory += it
                except ValueError as e:
                    return str(e).capitalize() + "."
                game.room.items.remove(it)
                game.emit("took " + name)
                return f"Taken: {name}."
        return f"No {name} here."

    def do_drop(self, game, name):
        try:
            it = game.inventory.remove(name)
        except KeyError as e:
            return f"You don't have {e}."
        game.room.items.append(it)
        return f"Dropped {name}."

    def do_inventory(self, game, arg):
        names = sorted(i.name for i in game.inventory)
        return f"Carrying {names} (weight {game.inventory.weight}/{Inventory.capacity})"


class Fighting(State):
    name = "fighting"

    def __init__(self):
        self.dragon_hp = 3

    def on_enter(self, game):
        game.emit("combat started")

    def do_attack(self, game, arg):
        power = 2 if "sword" in game.inventory else 0
        if power == 0:
            raise GameOver(False, "You attack bare-handed. The dragon is unimpressed.")
        self.dragon_hp -= power
        if self.dragon_hp <= 0:
            game.set_state(Exploring())
            game.room.items.append(Item("treasure", 4, value=1000))
            return "The dragon falls!"
        return f"You hit the dragon ({self.dragon_hp} hp left)."

    def do_flee(self, game, arg):
        game.room = game.previous
        game.set_state(Exploring())
        return "You run away."


class Game:
    def __init__(self, start):
        self.room = start
        self.previous = start
        self.inventory = Inventory()
        self.state = None
        self.moves = 0
        self.events = []
        self.set_state(Exploring())

    def set_state(self, state):
        self.state = state
        self.emit(f"state -> {state.name}")
        state.on_enter(self)

    def emit(self, event):
        self.events.append(event)

    def command(self, line):
        verb, _, arg = line.partition(" ")
        if verb == "go":
            self.previous = self.room
        result = self.state.handle(self, verb, arg)
        if "treasure" in self.inventory:
            raise GameOver(True, f"You escape with the treasure in {self.moves} moves.")
        return result

    def drain_events(self):
        while self.events:
            yield self.events.pop(0)


hall = Room("Hall", "A dusty hall.")
armory = Room("Armory", "Racks of old weapons.")
vault = Room("Vault", "Cold stone walls.")
lair = Room("Lair", "It smells of smoke.")
hall.connect("north", armory).connect("east", vault, locked=True)
armory.connect("south", hall)
vault.connect("west", hall).connect("down", lair)
lair.connect("up", vault)
armory.items += [Item("sword", 3, damage=2), Item("anvil", 9), Item("key", 1)]
hall.items.append(Item("torch", 1, lit=True))

script = [
    "look", "go east", "go north", "take anvil", "take sword", "take key", "inventory",
    "go south", "take torch", "drop torch", "drop lamp", "go east", "look", "go down",
    "look", "attack", "flee", "go down", "attack", "attack", "take treasure", "dance",
]


def play(game, lines):
    for line in lines:
        try:
            out = game.command(line)
        except GameOver as over:
            print(f"> {line}\n{over}")
            print("won" if over.won else "lost", "after", game.moves, "moves")
            return
        print(f"> {line}\n{out}")
        for ev in game.drain_events():
            print("  [event]", ev)


play(Game(hall), script)
print(hall.items, armory.items, sorted(i.name for i in set(armory.items + hall.items)))
torch = hall.items[0]
print(torch.lit, getattr(torch, "damage", None), vars(armory.items[0]) if armory.items else {})
play(Game(hall), ["go east", "go north", "take key", "go south", "go east", "go down", "attack"])
