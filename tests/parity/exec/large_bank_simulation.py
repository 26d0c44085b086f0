# Accounts, transactions with validation, an audit log, interest and an exception hierarchy.

class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f'{account.owner} cannot withdraw {amount}: balance {account.balance}')
        self.account, self.amount = account, amount

class AccountFrozen(BankError):
    pass

class Account:
    _next_id = 1000

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.frozen = False
        self.history = []

    @property
    def balance(self):
        return self._balance

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f'account {self.id} is frozen')

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError(f'deposit must be positive: {amount}')
        self._balance += amount
        self.history.append(('deposit', amount))

    def withdraw(self, amount):
        self._check()
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(('withdraw', amount))

    def __repr__(self):
        return f'{type(self).__name__}({self.id}, {self.owner!r}, {self._balance})'

class SavingsAccount(Account):
    rate = 3

    def add_interest(self):
        interest = self._balance * self.rate // 100
        self.deposit(interest) if interest else None
        return interest

class CheckingAccount(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        self._check()
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(('withdraw', amount))

class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []

    def open(self, cls, *args, **kw):
        acc = cls(*args, **kw)
        self.accounts[acc.id] = acc
        return acc

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
            try:
                self.accounts[dst].deposit(amount)
            except BankError:
                self.accounts[src].deposit(amount)
                raise
        except KeyError as e:
            self.log.append(f'FAIL transfer {src}->{dst}: no account {e}')
            return False
        except BankError as e:
            self.log.append(f'FAIL transfer {src}->{dst}: {type(e).__name__}: {e}')
            return False
        self.log.append(f'OK transfer {src}->{dst}: {amount}')
        return True

    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
alice = bank.open(SavingsAccount, 'alice', 1000)
bob = bank.open(CheckingAccount, 'bob', 50, overdraft=200)
carol = bank.open(Account, 'carol')
print(alice, bob, carol)
print(bank.transfer(alice.id, bob.id, 300))
print(bank.transfer(bob.id, carol.id, 500))
print(bank.transfer(bob.id, carol.id, 450))
print(bank.transfer(carol.id, 9999, 1))
carol.frozen = True
print(bank.transfer(alice.id, carol.id, 10))
print(alice.balance, carol.balance)
for year in range(3):
    print('interest', year, alice.add_interest())
try:
    alice.deposit(-5)
except ValueError as e:
    print('ValueError:', e)
try:
    carol.withdraw(1)
except BankError as e:
    print(type(e).__name__, e, isinstance(e, BankError))
print(*bank.log, sep='\n')
for acc in bank.accounts.values():
    print(acc, acc.history)
print('total', bank.total())
print([c.__name__ for c in type(bob).__mro__])
