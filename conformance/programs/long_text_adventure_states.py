# A realistic program: a state-machine driven text adventure with an inventory, a parser of
# commands, closures for room actions, and a scripted play-through.
class GameOver(Exception):
    pass


class Room:
    def __init__(self, name, description, exits=None, items=None):
        self.name = name
        self.description = description
        self.exits = exits or {}
        self.items = list(items or [])
        self.visits = 0

    def describe(self):
        self.visits += 1
        text = self.description if self.visits == 1 else f"You are back in the {self.name}."
        if self.items:
            text += " You see: " + ", ".join(sorted(self.items)) + "."
        return text


class Player:
    def __init__(self, start):
        self.room = start
        self.inventory = []
        self.moves = 0
        self.score = 0

    def has(self, item):
        return item in self.inventory


def make_world():
    rooms = {
        "hall": Room("hall", "A dusty hall. Doors lead north and east.", {"north": "library", "east": "kitchen"}, ["lamp"]),
        "library": Room("library", "Shelves of old books. A locked chest sits here.", {"south": "hall"}, ["key"]),
        "kitchen": Room("kitchen", "A cold kitchen with a trapdoor.", {"west": "hall", "down": "cellar"}, ["bread"]),
        "cellar": Room("cellar", "Pitch black.", {"up": "kitchen"}, ["gold"]),
    }
    return rooms


def make_commands(world, player, out):
    def go(direction):
        room = player.room
        if direction not in room.exits:
            out.append(f"You can't go {direction}.")
            return
        target = world[room.exits[direction]]
        if target.name == "cellar" and not player.has("lamp"):
            out.append("It is too dark to go down without a lamp.")
            return
        player.room = target
        player.moves += 1
        out.append(target.describe())

    def take(item):
        if item in player.room.items:
            player.room.items.remove(item)
            player.inventory.append(item)
            player.score += 10 if item == "gold" else 1
            out.append(f"Taken: {item}.")
        else:
            out.append(f"There is no {item} here.")

    def drop(item):
        if player.has(item):
            player.inventory.remove(item)
            player.room.items.append(item)
            out.append(f"Dropped: {item}.")
        else:
            out.append(f"You don't have {item}.")

    def inventory(_=None):
        out.append("You carry: " + (", ".join(player.inventory) or "nothing") + ".")

    def quit_game(_=None):
        raise GameOver(f"Final score {player.score} in {player.moves} moves.")

    return {"go": go, "take": take, "drop": drop, "inventory": inventory, "quit": quit_game}


def play(script):
    world = make_world()
    player = Player(world["hall"])
    out = [player.room.describe()]
    commands = make_commands(world, player, out)
    for line in script:
        out.append(f"> {line}")
        verb, _, arg = line.partition(" ")
        action = commands.get(verb)
        if action is None:
            out.append(f"I don't understand '{verb}'.")
            continue
        try:
            action(arg or None)
        except GameOver as end:
            out.append(str(end))
            break
    return out


SCRIPT = ["go down", "go east", "go down", "go west", "take lamp", "inventory", "go east",
          "go down", "take gold", "dance", "go up", "go west", "go north", "take key",
          "drop bread", "take book", "go south", "go north", "quit", "go west"]

for line in play(SCRIPT):
    print(line)
