# csv.py's pure-Python layer on the Java _csv: DictReader (fieldnames, restkey, restval,
# line_num), DictWriter (extrasaction, restval, writeheader's return value), Sniffer (delimiter,
# quotechar, doublequote, skipinitialspace, has_header) and its "Could not determine delimiter".
import csv
import io

text = 'name,age,city\r\nAda,36,"London, UK"\r\nAlan,41\r\n"Grace ""Amazing"" Hopper",85,NYC,extra,more\r\n\r\nLinus,,Helsinki\r\n'
r = csv.DictReader(io.StringIO(text, newline=""))
print(r.fieldnames, r.line_num)
for row in r:
    print(r.line_num, row)
r = csv.DictReader(io.StringIO(text, newline=""), fieldnames=["a", "b"], restkey="rest", restval="?")
print([dict(x) for x in r])
r = csv.DictReader(io.StringIO("x;y\n1;2\n3\n"), delimiter=";", restval="-")
print(list(r), r.dialect, r.reader.dialect.delimiter)
print(csv.DictReader(io.StringIO("")).fieldnames, list(csv.DictReader(io.StringIO(""))))
print(list(csv.DictReader(['"a","b"', "1,2"], quoting=csv.QUOTE_NONNUMERIC)))

s = io.StringIO()
w = csv.DictWriter(s, fieldnames=["name", "score", "note"], restval="n/a", lineterminator="\n")
print(w.writeheader(), w.writerow({"name": "x", "score": 1.5}), w.writerows([{"name": "y, z", "note": 'say "hi"'}, {}]))
try:
    w.writerow({"name": "q", "bogus": 1, "other": 2})
except ValueError as e:
    print("ValueError", e)
w2 = csv.DictWriter(s, fieldnames=["name"], extrasaction="ignore", quoting=csv.QUOTE_ALL)
print(w2.writerow({"name": "kept", "dropped": 0}))
try:
    csv.DictWriter(s, fieldnames=["a"], extrasaction="bad")
except ValueError as e:
    print("ValueError", e)
print(repr(s.getvalue()))

sn = csv.Sniffer()
samples = [
    "a,b,c\r\n1,2,3\r\n4,5,6\r\n",
    "name;age;city\nann;3;paris\nbob;40;rome\n",
    "x\ty\tz\n1\t2\t3\n",
    "'a'|'b'|'c'\n'1'|'2'|'3'\n",
    '"a", "b", "c"\n"1", "2", "3"\n',
    'id,"note"\n1,"he said ""hi"""\n2,"x"\n',
    "a:b:c\n1:2:3\n4:5:6\n7:8:9\n",
    "Title,Year\nDune,1965\nEmma,1815\n",
    "1,2,3\n4,5,6\n7,8,9\n",
    "justoneword",
]
for sample in samples:
    try:
        d = sn.sniff(sample)
        print(repr(sample[:24]), repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace,
              repr(d.lineterminator), d.quoting, d.escapechar)
    except csv.Error as e:
        print(repr(sample[:24]), "Error", e)
    try:
        print("  has_header", sn.has_header(sample))
    except csv.Error as e:
        print("  has_header Error", e)
d = sn.sniff("a;b\n1;2\n", delimiters=";,")
print(list(csv.reader(io.StringIO("p;q\n3;4\n"), d)))
print(list(csv.reader(["x'y'z"], sn.sniff("'a'|'b'\n'c'|'d'\n"))))
