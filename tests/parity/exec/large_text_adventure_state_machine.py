# A state machine driven by scripted commands, with rooms, inventory and exceptions for
# invalid moves.

class GameError(Exception):
    pass

class Room:
    def __init__(self, name, desc, items=()):
        self.name, self.desc = name, desc
        self.items = list(items)
        self.exits = {}
        self.locked = {}
    def connect(self, direction, room, back, key=None):
        self.exits[direction] = room
        room.exits[back] = self
        if key:
            self.locked[direction] = key

class Game:
    def __init__(self):
        hall = Room('hall', 'a dusty hall', ['lamp'])
        kitchen = Room('kitchen', 'a cold kitchen', ['knife', 'key'])
        vault = Room('vault', 'a glittering vault', ['gold'])
        garden = Room('garden', 'an overgrown garden')
        hall.connect('north', kitchen, 'south')
        hall.connect('east', vault, 'west', key='key')
        kitchen.connect('east', garden, 'west')
        self.room, self.inventory, self.moves, self.over = hall, [], 0, False

    def do(self, line):
        verb, *rest = line.split()
        handler = getattr(self, 'cmd_' + verb, None)
        if handler is None:
            raise GameError(f"I don't know how to {verb!r}")
        self.moves += 1
        return handler(*rest)

    def cmd_look(self):
        items = ', '.join(self.room.items) or 'nothing'
        exits = ', '.join(sorted(self.room.exits))
        return f'You are in {self.room.desc}. You see {items}. Exits: {exits}.'

    def cmd_go(self, direction):
        if direction not in self.room.exits:
            raise GameError(f'no exit {direction}')
        key = self.room.locked.get(direction)
        if key and key not in self.inventory:
            raise GameError(f'the way {direction} is locked')
        self.room = self.room.exits[direction]
        return f'You go {direction} to the {self.room.name}.'

    def cmd_take(self, item):
        if item not in self.room.items:
            raise GameError(f'there is no {item} here')
        self.room.items.remove(item)
        self.inventory.append(item)
        if item == 'gold':
            self.over = True
            return 'You take the gold. You win!'
        return f'Taken: {item}.'

    def cmd_drop(self, item):
        try:
            self.inventory.remove(item)
        except ValueError:
            raise GameError(f'you have no {item}') from None
        self.room.items.append(item)
        return f'Dropped: {item}.'

    def cmd_inventory(self):
        return 'You carry: ' + (', '.join(sorted(self.inventory)) or 'nothing')

script = ['look', 'take lamp', 'go east', 'go north', 'look', 'take key', 'take spoon', 'dance',
          'go west', 'look', 'go east', 'drop lamp', 'look', 'go south', 'inventory', 'go east',
          'drop sword', 'take gold', 'look']
g = Game()
for cmd in script:
    try:
        print(f'> {cmd}\n{g.do(cmd)}')
    except GameError as e:
        print(f'> {cmd}\n! {e}')
    except TypeError as e:
        print(f'> {cmd}\n? {e}')
    if g.over:
        break
print('moves', g.moves, 'room', g.room.name, 'inventory', g.inventory)
