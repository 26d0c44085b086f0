# gc: the API over the JVM collector (settings, callbacks around collect, is_tracked as CPython answers)
import gc
print(gc.get_threshold(), gc.isenabled(), gc.get_debug(), gc.garbage, gc.callbacks, gc.get_freeze_count())
print([gc.is_tracked(x) for x in (1, 'a', [], {}, {1:2}, {1:[]}, (), (1,), ([],), set(), None, object(), lambda:0, b'', 1.5, frozenset(), type)])
class C: pass
print(gc.is_tracked(C()), gc.is_tracked(C))
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
gc.set_threshold(100, 5); print(gc.get_threshold()); gc.set_threshold(700); print(gc.get_threshold())
events = []
gc.callbacks.append(lambda phase, info: events.append((phase, sorted(info.items()))))
print(gc.collect(), gc.collect(0), events)
gc.callbacks.clear()
gc.freeze(); print(gc.get_freeze_count() > 0); gc.unfreeze(); print(gc.get_freeze_count())
print(type(gc.get_objects()), len(gc.get_stats()), sorted(gc.get_stats()[0]))
gc.set_debug(gc.DEBUG_LEAK); print(gc.get_debug()); gc.set_debug(0)
print(len(gc.get_count()))
for e in ['gc.collect(3)', 'gc.set_threshold()', 'gc.set_threshold(1,2,3,4)', 'gc.collect("x")', 'gc.is_tracked()', 'gc.set_debug()', 'gc.enable(1)', 'gc.get_objects(5)']:
    try: print(e, eval(e))
    except Exception as ex: print(e, type(ex).__name__, ex)
