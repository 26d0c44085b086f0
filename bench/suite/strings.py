# String building and splitting: f-strings, join, split, replace, slicing, case methods,
# find/count and str.format over generated CSV-like lines.
N = 12
SMOKE_N = 1

NAMES = ["ada", "grace", "alan", "edsger", "barbara", "donald", "ken", "dennis", "guido", "niklaus"]


def make_lines(count):
    lines = []
    for i in range(count):
        name = NAMES[i % len(NAMES)]
        lines.append(f"{i},{name.capitalize()},{(i * 37) % 101},{name[::-1]}-{i % 13}")
    return "\n".join(lines)


def process(text):
    totals = {}
    longest = ""
    pieces = []
    for line in text.split("\n"):
        ident, name, score, tag = line.split(",")
        key = name.lower()
        totals[key] = totals.get(key, 0) + int(score)
        tag = tag.replace("-", "_").upper()
        if len(tag) > len(longest) or (len(tag) == len(longest) and tag > longest):
            longest = tag
        if int(ident) % 97 == 0:
            pieces.append("{:>8}|{:<10}|{:05d}".format(ident, name, int(score)))
    report = ";".join(f"{k}={v}" for k, v in sorted(totals.items()))
    return report, longest, "".join(pieces)


def main(n):
    out = None
    for _ in range(n):
        text = make_lines(12000)
        report, longest, pieces = process(text)
        words = report.replace(";", " ").replace("=", " ").split()
        out = (len(text), text.count("a"), text.find("Guido,5"), longest, len(pieces),
               pieces[:30], words[1], sum(len(w) for w in words))
    return out


if __name__ == "__main__":
    print(main(N))
