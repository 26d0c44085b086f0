{}
{"a": 1}
{"a": 1, "b": 2}
{"a": 1, "b": 2,}
{**a}
{**a,}
{**a, **b}
{"a": 1, **b}
{**a, "b": 2}
{**a, "b": 2, **c, "d": 4}
{1: {2: {3: {}}}}
{(1, 2): 3}
{a if b else c: d if e else f}
{lambda: 1: lambda: 2}
{x: y for x, y in z}
{**(a or b)}
{**a | b}
{k: v
 for k, v in items
 if v}
{"key": [1, 2, 3], "other": {"nested": True}}
{f"{k}": v for k, v in d.items()}
