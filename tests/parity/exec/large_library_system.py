# A lending library: dataclass-like records, dict/set indexes, queries, due dates as ints.

class Book:
    def __init__(self, isbn, title, author, year, tags=()):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year
        self.tags = frozenset(tags)
    def __repr__(self):
        return f'<{self.title} ({self.year})>'

class Member:
    def __init__(self, mid, name, limit=2):
        self.mid, self.name, self.limit = mid, name, limit
        self.loans = {}
        self.fines = 0

class LibraryError(Exception):
    pass

class Library:
    LOAN_DAYS, FINE_PER_DAY = 14, 25
    def __init__(self):
        self.books, self.members = {}, {}
        self.available = set()
        self.by_author, self.by_tag = {}, {}
        self.waitlist = {}
        self.today = 0
    def add_book(self, book):
        self.books[book.isbn] = book
        self.available.add(book.isbn)
        self.by_author.setdefault(book.author, []).append(book.isbn)
        for t in book.tags:
            self.by_tag.setdefault(t, set()).add(book.isbn)
    def join(self, member):
        self.members[member.mid] = member
    def lend(self, mid, isbn):
        m = self.members[mid]
        if isbn not in self.books:
            raise LibraryError(f'no such book {isbn}')
        if m.fines:
            raise LibraryError(f'{m.name} owes {m.fines} cents')
        if len(m.loans) >= m.limit:
            raise LibraryError(f'{m.name} reached the limit of {m.limit}')
        if isbn not in self.available:
            self.waitlist.setdefault(isbn, []).append(mid)
            raise LibraryError(f'{self.books[isbn].title} is out; {m.name} is waiting')
        self.available.discard(isbn)
        m.loans[isbn] = self.today + self.LOAN_DAYS
    def give_back(self, mid, isbn):
        m = self.members[mid]
        due = m.loans.pop(isbn)
        late = max(0, self.today - due)
        m.fines += late * self.FINE_PER_DAY
        waiting = self.waitlist.get(isbn)
        if waiting:
            nxt = waiting.pop(0)
            self.available.add(isbn)
            try:
                self.lend(nxt, isbn)
                print(f'  {isbn} passed to {self.members[nxt].name}')
            except LibraryError as e:
                print('  waitlist lend failed:', e)
        else:
            self.available.add(isbn)
        return late
    def search(self, *, author=None, tag=None, before=None):
        result = set(self.books)
        if author:
            result &= set(self.by_author.get(author, ()))
        if tag:
            result &= self.by_tag.get(tag, set())
        if before:
            result = {i for i in result if self.books[i].year < before}
        return sorted((self.books[i] for i in result), key=lambda b: (b.year, b.title))

lib = Library()
for b in [Book('1', 'Dune', 'Herbert', 1965, ['scifi', 'classic']), Book('2', 'Emma', 'Austen', 1815, ['classic', 'romance']),
          Book('3', 'Neuromancer', 'Gibson', 1984, ['scifi', 'cyberpunk']), Book('4', 'Persuasion', 'Austen', 1817, ['romance']),
          Book('5', 'Hyperion', 'Simmons', 1989, ['scifi'])]:
    lib.add_book(b)
for m in [Member('a', 'Ann'), Member('b', 'Ben', limit=1), Member('c', 'Cat')]:
    lib.join(m)
print(lib.search(tag='scifi'), lib.search(author='Austen'), lib.search(tag='classic', before=1900))
actions = [('lend', 'a', '1'), ('lend', 'a', '3'), ('lend', 'a', '5'), ('lend', 'b', '1'), ('lend', 'c', '1'),
           ('day', 20), ('return', 'a', '1'), ('lend', 'a', '2'), ('day', 40), ('return', 'b', '1'), ('return', 'a', '3'),
           ('lend', 'a', '9'), ('lend', 'x', '1')]
for act in actions:
    try:
        if act[0] == 'day':
            lib.today = act[1]
            print('day', lib.today)
        elif act[0] == 'lend':
            lib.lend(act[1], act[2])
            print('lent', act[2], 'to', act[1])
        else:
            print('returned', act[2], 'late days', lib.give_back(act[1], act[2]))
    except LibraryError as e:
        print('LibraryError:', e)
    except KeyError as e:
        print('KeyError:', e)
for m in lib.members.values():
    print(m.name, sorted(m.loans.items()), m.fines)
print(sorted(lib.available), lib.waitlist)
