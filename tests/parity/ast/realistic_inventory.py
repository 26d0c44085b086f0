"""A small inventory system: dataclasses, typing, comprehensions, f-strings and errors."""
from __future__ import annotations

import enum
import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Protocol


class Category(enum.Enum):
    TOOLS = "tools"
    FOOD = "food"
    TOYS = "toys"


class InventoryError(Exception):
    """Raised when the inventory is asked for something impossible."""


class OutOfStock(InventoryError):
    def __init__(self, sku: str, wanted: int, have: int) -> None:
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku, self.wanted, self.have = sku, wanted, have


class Priced(Protocol):
    def price(self) -> float: ...


@dataclass(frozen=True, slots=True)
class Item:
    sku: str
    name: str
    category: Category
    unit_price: float
    tags: frozenset[str] = frozenset()

    def price(self, quantity: int = 1, *, discount: float = 0.0) -> float:
        if not 0 <= discount < 1:
            raise ValueError(f"bad discount {discount!r}")
        return round(self.unit_price * quantity * (1 - discount), 2)


@dataclass
class Inventory:
    items: dict[str, Item] = field(default_factory=dict)
    stock: defaultdict[str, int] = field(default_factory=lambda: defaultdict(int))
    log: list[tuple[str, int]] = field(default_factory=list, repr=False)

    def add(self, item: Item, quantity: int = 1) -> None:
        self.items.setdefault(item.sku, item)
        self.stock[item.sku] += quantity
        self.log.append((item.sku, quantity))

    def remove(self, sku: str, quantity: int = 1) -> Item:
        have = self.stock.get(sku, 0)
        if (left := have - quantity) < 0:
            raise OutOfStock(sku, quantity, have)
        self.stock[sku] = left
        self.log.append((sku, -quantity))
        return self.items[sku]

    def __iter__(self) -> Iterator[tuple[Item, int]]:
        for sku, item in sorted(self.items.items()):
            if (count := self.stock[sku]) > 0:
                yield item, count

    def by_category(self) -> dict[Category, list[str]]:
        groups: dict[Category, list[str]] = {c: [] for c in Category}
        for item, _count in self:
            groups[item.category].append(item.name)
        return {k: sorted(v) for k, v in groups.items() if v}

    def total_value(self, *, discount: float = 0.0) -> float:
        return sum(item.price(count, discount=discount) for item, count in self)

    def search(self, *words: str, category: Category | None = None) -> list[Item]:
        lowered = [w.lower() for w in words]
        return [
            item
            for item, _ in self
            if (category is None or item.category is category)
            and all(w in item.name.lower() or w in item.tags for w in lowered)
        ]

    def to_json(self) -> str:
        payload = {
            "items": [
                {"sku": i.sku, "name": i.name, "category": i.category.value,
                 "price": i.unit_price, "tags": sorted(i.tags), "count": n}
                for i, n in self
            ],
            "value": self.total_value(),
        }
        return json.dumps(payload, indent=2, sort_keys=True)


def load(rows: Iterable[dict[str, object]]) -> Inventory:
    inv = Inventory()
    for lineno, row in enumerate(rows, start=1):
        try:
            match row:
                case {"sku": str(sku), "name": str(name), "category": str(cat),
                      "price": int() | float() as price, **rest}:
                    tags = frozenset(rest.get("tags", ()))
                    inv.add(Item(sku, name, Category(cat), float(price), tags),
                            int(rest.get("count", 1)))
                case {"sku": sku}:
                    raise InventoryError(f"row {lineno}: incomplete item {sku!r}")
                case _:
                    raise InventoryError(f"row {lineno}: not an item")
        except ValueError as exc:
            raise InventoryError(f"row {lineno}: {exc}") from exc
    return inv


def report(inv: Inventory, width: int = 40) -> str:
    lines = [f"{'Item':<{width - 10}}{'Count':>10}", "-" * width]
    lines += [f"{item.name:<{width - 10}}{count:>10}" for item, count in inv]
    lines.append(f"{'Total value:':<{width - 10}}{inv.total_value():>10.2f}")
    return "\n".join(lines)


if __name__ == "__main__":
    inventory = load([
        {"sku": "H-1", "name": "Hammer", "category": "tools", "price": 12.5, "count": 3},
        {"sku": "A-7", "name": "Apple", "category": "food", "price": 0.4,
         "tags": ["fruit", "red"], "count": 40},
        {"sku": "T-2", "name": "Top", "category": "toys", "price": 3},
    ])
    print(report(inventory))
    try:
        inventory.remove("T-2", 5)
    except OutOfStock as e:
        print(f"cannot remove: {e} (short by {e.wanted - e.have})")
    print(inventory.by_category())
    print(inventory.to_json())
