# Sorting with keys: records sorted by lambdas, tuples, operator.itemgetter/attrgetter,
# reverse and stable multi-pass sorts, sorted() over generators, bisect insertion.
import bisect
import operator

N = 3
SMOKE_N = 1


class Record:
    __slots__ = ("name", "dept", "age", "salary")

    def __init__(self, name, dept, age, salary):
        self.name = name
        self.dept = dept
        self.age = age
        self.salary = salary


def make(count):
    out = []
    k = 1
    for i in range(count):
        k = (k * 48271) % 2147483647
        out.append(Record("n%05d" % (k % 99991), "d%d" % (k % 17), 20 + k % 45, 1000 + (k >> 8) % 9000))
    return out


def main(n):
    result = None
    for _ in range(n):
        people = make(12000)
        by_age = sorted(people, key=lambda p: (p.age, p.name))
        by_salary = sorted(people, key=operator.attrgetter("salary", "name"), reverse=True)
        multi = list(people)
        multi.sort(key=lambda p: p.name)
        multi.sort(key=lambda p: p.dept)
        rows = [(p.dept, -p.salary, p.name) for p in people]
        rows.sort()
        pairs = sorted(((p.salary % 97, p.age) for p in people), key=operator.itemgetter(1, 0))
        ordered = []
        for p in people[:3000]:
            bisect.insort(ordered, p.salary)
        words = sorted((p.name for p in people), key=str.lower)
        result = (by_age[0].name, by_age[-1].name, by_salary[0].name, multi[0].name, multi[-1].name,
                  rows[0], rows[-1], pairs[:3], ordered[1500], words[100])
    return result


if __name__ == "__main__":
    print(main(N))
