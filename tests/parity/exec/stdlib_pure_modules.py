# Pure-Python modules of CPython's standard library that need no module written in C,
# imported from the local CPython 3.13's Lib directory on sys.path (after the script's folder).
import sys
import __future__
import keyword
import bisect, heapq, colorsys

print(__future__.annotations)
print(__future__.all_feature_names)
print(__future__.division.getOptionalRelease(), __future__.annotations.getMandatoryRelease())
print(__future__.generator_stop.compiler_flag == 0x800000)

print(keyword.iskeyword("while"), keyword.iskeyword("match"), keyword.issoftkeyword("match"))
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)

a = [1, 3, 5, 7]
bisect.insort(a, 4)
print(a, bisect.bisect_left(a, 5), bisect.bisect_right(a, 5), bisect.bisect(a, 0))
h = [5, 1, 4, 2, 3, 9, 0]
heapq.heapify(h)
heapq.heappush(h, -1)
print([heapq.heappop(h) for _ in range(len(h))])
print(heapq.nlargest(3, [4, 9, 1, 7, 8]), heapq.nsmallest(2, [4, 9, 1, 7, 8]))
print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4), colorsys.hls_to_rgb(0.5, 0.5, 0.5))

# The module objects: where they came from, cached in sys.modules.
print(keyword.__name__, keyword.__file__, keyword.__package__ == "")
print(sys.modules["keyword"] is keyword, "colorsys" in sys.modules)
import keyword as again
print(again is keyword)

# "import this" prints the Zen of Python when first imported, and not again.
import this
import this
print(this.s[:20], len(this.d))

# A module that exists nowhere still says which one.
try:
    import _no_such_stdlib_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
